// Reading and writing list filters in URLs; the schema itself is in list-query-schema.ts.
import { listQuerySchema, type ListQuery } from './list-query-schema';
import { parseUrlQuery } from '../parse-url-query';

export { LIST_STATUSES, MAX_LIST_DEPTH, listQuerySchema, type ListQuery, type ListStatus } from './list-query-schema';

/** Parses list filters from URL parameters; throws AppError bad_parameter naming the first bad one. */
export function parseListQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): ListQuery {
  return parseUrlQuery(listQuerySchema, input);
}

/** The query string of a list query (stable order; defaults omitted) for links and exports. */
export function listQueryString(q: ListQuery, overrides: Partial<ListQuery> & { format?: string } = {}): string {
  const merged = { ...q, ...overrides };
  const params = new URLSearchParams();
  if (merged.status !== 'current') params.set('status', merged.status);
  for (const key of ['district', 'industry', 'authority', 'from', 'to'] as const) if (merged[key]) params.set(key, merged[key]!);
  if (merged.sort !== 'newest') params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  if (merged.limit !== 50) params.set('limit', String(merged.limit));
  if (overrides.format) params.set('format', overrides.format);
  const s = params.toString();
  return s ? `?${s}` : '';
}

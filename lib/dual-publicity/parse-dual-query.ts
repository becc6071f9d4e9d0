// Reading and writing 双公示 filters in URLs; the schema itself is in query-schema.ts.
import { parseUrlQuery, type UrlQueryInput } from '../parse-url-query';
import type { DualSlug } from '../domain/dual-publicity';
import { DUAL_PAGE_SIZE, dualQuerySchema, formatDualCursor, type DualCursor, type DualQuery } from './query-schema';

export { DUAL_PAGE_SIZE, formatDualCursor, type DualCursor, type DualQuery } from './query-schema';

/** Parses 双公示 filters from URL parameters; throws AppError bad_parameter naming the first bad one. */
export function parseDualQuery(slug: DualSlug, input: UrlQueryInput): DualQuery {
  return parseUrlQuery(dualQuerySchema(slug), input);
}

/** The query string of a 双公示 query (stable order, defaults omitted) for links and exports. */
export function dualQueryString(q: DualQuery, overrides: { after?: DualCursor | null; format?: string; limit?: number } = {}): string {
  const params = new URLSearchParams();
  for (const key of ['department', 'district', 'industry', 'kind', 'severity', 'from', 'to'] as const) {
    const v = q[key];
    if (v) params.set(key, v);
  }
  const after = overrides.after === undefined ? q.after : overrides.after;
  if (after) params.set('after', formatDualCursor(after));
  const limit = overrides.limit ?? q.limit;
  if (limit !== DUAL_PAGE_SIZE) params.set('limit', String(limit));
  if (overrides.format) params.set('format', overrides.format);
  const s = params.toString();
  return s ? `?${s}` : '';
}

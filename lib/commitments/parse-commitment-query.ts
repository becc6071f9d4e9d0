// Reading and writing the commitments list's filters in URLs; the schema is commitment-query-schema.ts.
import { encodeCommitmentCursor, type CommitmentCursor } from '../domain/commitments';
import { parseUrlQuery, type UrlQueryInput } from '../parse-url-query';
import { commitmentQuerySchema, type CommitmentQuery } from './commitment-query-schema';

export { commitmentQuerySchema, type CommitmentQuery };

/** Parses the filters from URL parameters; throws AppError bad_parameter naming the first bad one. */
export function parseCommitmentQuery(input: UrlQueryInput): CommitmentQuery {
  return parseUrlQuery(commitmentQuerySchema, input);
}

/** The query string of a query (stable order; defaults and, unless given, the cursor omitted). */
export function commitmentQueryString(q: CommitmentQuery, overrides: { after?: CommitmentCursor | null; format?: string; lang?: string } = {}): string {
  const params = new URLSearchParams();
  for (const key of ['procedure', 'department', 'status', 'from', 'to'] as const) if (q[key]) params.set(key, q[key]!);
  if (q.limit !== 50) params.set('limit', String(q.limit));
  if (overrides.after) params.set('after', encodeCommitmentCursor(overrides.after));
  if (overrides.format) params.set('format', overrides.format);
  if (overrides.lang) params.set('lang', overrides.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}

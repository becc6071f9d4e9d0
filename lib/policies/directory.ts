import 'server-only';
// The small and micro enterprise directory page: one zod schema for its filters, keyset pages by
// entity id, cached (tag policies) for a few minutes.
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { tags } from '../cache/tags';
import { queryDirectory, type DirectoryEntry } from '../db/queries/policies';
import { ENTITY_TYPES } from '../domain/vocabulary';
import { districtCodeSchema, industryCodeSchema } from '../reference/code-schemas';
import { parseUrlQuery } from '../parse-url-query';

export const DIRECTORY_PAGE_SIZE = 20;
export const DIRECTORY_STATUSES = ['current', 'removed', 'all'] as const;

export const directoryQuerySchema = z.object({
  status: z.enum(DIRECTORY_STATUSES).optional().default('current'),
  district: districtCodeSchema.optional(),
  industry: industryCodeSchema.optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Keyset cursor: the last entity id of the previous page. */
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().default(0),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/** Parses directory filters from URL parameters (blank = absent). */
export function parseDirectoryQuery(input: Record<string, string | string[] | undefined>): DirectoryQuery {
  return parseUrlQuery(directoryQuerySchema, input);
}

/** The query string of a directory query (stable order, defaults omitted). */
export function directoryQueryString(q: DirectoryQuery, overrides: Partial<DirectoryQuery> = {}): string {
  const m = { ...q, ...overrides };
  const params = new URLSearchParams();
  if (m.status !== 'current') params.set('status', m.status);
  for (const key of ['district', 'industry', 'type'] as const) if (m[key]) params.set(key, m[key]!);
  if (m.year) params.set('year', String(m.year));
  if (m.after > 0) params.set('after', String(m.after));
  const s = params.toString();
  return s ? `?${s}` : '';
}

const cached = unstable_cache(
  (q: DirectoryQuery, today: string) =>
    queryDirectory({ status: q.status, district: q.district, industry: q.industry, type: q.type, year: q.year }, q.after, DIRECTORY_PAGE_SIZE + 1, today),
  ['small-business-directory'],
  { tags: [tags.policies], revalidate: 300 },
);

/** A page of the directory; `nextAfter` is the cursor of the next page (null on the last). */
export async function getDirectoryPage(
  q: DirectoryQuery,
  today: string,
): Promise<{ entries: DirectoryEntry[]; total: number; capped: boolean; nextAfter: number | null }> {
  const { entries, total, capped } = await cached(q, today);
  const more = entries.length > DIRECTORY_PAGE_SIZE;
  const page = entries.slice(0, DIRECTORY_PAGE_SIZE);
  return { entries: page, total, capped, nextAfter: more ? (page[page.length - 1]?.entityId ?? null) : null };
}

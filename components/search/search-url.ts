import type { SearchQuery } from '@/lib/entities/parse-search-params';

/** The search page URL for a query, with optional overrides; stable parameter order. */
export function searchHref(locale: string, query: SearchQuery, overrides: Partial<SearchQuery> = {}): string {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  for (const level of q.level) params.append('level', level);
  if (q.district) params.set('district', q.district);
  if (q.industry) params.set('industry', q.industry);
  if (q.type) params.set('type', q.type);
  if (q.page > 1) params.set('page', String(q.page));
  const s = params.toString();
  return `/${locale}/search${s ? `?${s}` : ''}`;
}

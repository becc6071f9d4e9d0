import 'server-only';
// Policy search for the list page and the JSON API: Meilisearch ranks, PostgreSQL supplies the
// rows. When search is down the same filters run in PostgreSQL (substring match, newest first),
// and the result says so. Results are not cached (like entity search): the worker expires pages
// as soon as it has sent a change to Meilisearch, before the index has applied it, so a cached
// result could pin the old answer; Meilisearch answers a small index in a millisecond anyway.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getPolicyRows, listPolicyDepartments, queryPolicies, type PolicyRow } from '../db/queries/policies';
import type { DepartmentNames } from '../db/queries/get-entity-profile';
import { logger } from '../log';
import { isSearchUnavailable, normalizeSearchText, searchPolicyIds, wasSearchSkipped } from '../search';
import type { PolicyQuery } from './policy-query';
import { metrics } from '../metrics/metrics.mjs';

export interface PolicySearchResult {
  policies: PolicyRow[];
  total: number;
  /** Search was unavailable: the PostgreSQL fallback answered. */
  fallback: boolean;
}

function filterOf(query: PolicyQuery) {
  return { category: query.category, department: query.department, validity: query.status, district: query.district, industry: query.industry };
}

async function searchIndexed(query: PolicyQuery, today: string): Promise<PolicySearchResult> {
  const { ids, total } = await searchPolicyIds({ q: query.q, ...filterOf(query), today, page: query.page, limit: query.limit });
  const rows = await getPolicyRows(ids);
  const byId = new Map(rows.filter((r) => r.status === 'published').map((r) => [r.id, r]));
  return { policies: ids.map((id) => byId.get(id)).filter((r): r is PolicyRow => r !== undefined), total, fallback: false };
}

/**
 * Published policies matching the query on `today`; when Meilisearch is down, hung or has no
 * index, PostgreSQL contains-matching (the text as typed or in simplified characters) with the
 * same filters, newest first, and `fallback` set so that the page shows a banner.
 */
export async function findPolicies(query: PolicyQuery, today: string): Promise<PolicySearchResult> {
  try {
    return await searchIndexed(query, today);
  } catch (error) {
    if (!isSearchUnavailable(error)) throw error;
    logger[wasSearchSkipped(error) ? 'debug' : 'warn']({ err: error.message }, 'policy search unavailable: PostgreSQL fallback');
    metrics().searchFallbacks.inc({ surface: 'policies' });
    const q = query.q.trim();
    const terms = q ? [...new Set([q, normalizeSearchText(q)])] : undefined;
    const { policies, total } = await queryPolicies({ q: terms, ...filterOf(query) }, today, query.page, query.limit);
    // Without a text there is nothing full-text search would do better (filters, newest first):
    // the answer is complete, so no banner, and a cached page of it is as good as any.
    return { policies, total, fallback: terms !== undefined };
  }
}

/** Departments with published policies (the filter), cached with the policies tag. */
export const getPolicyDepartments: () => Promise<DepartmentNames[]> = unstable_cache(listPolicyDepartments, ['policy-departments'], {
  tags: [tags.policies],
  revalidate: 3600,
});

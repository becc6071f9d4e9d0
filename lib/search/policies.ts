// The `policies` index: published support policies, for full-text search on /{locale}/policies and
// GET /api/v1/policies. Small (a city publishes hundreds), so the worker upserts a changed policy
// at once and a rebuild is a few seconds. PostgreSQL stays the truth: a search returns ids and
// the caller loads the rows, so a withdrawn policy can never be shown from a stale document.
import type { Settings } from 'meilisearch';
import { streamPublishedPolicies, type PolicyRow } from '../db/queries/policies';
import { POLICY_CATEGORIES, type PolicyCategory, type PolicyValidity } from '../domain/policies';
import { AppError } from '../errors';
import { normalizeSearchText } from './build-entity-document';
import {
  createIndexIfMissing,
  ensureOnce,
  getSearchClient,
  indexName,
  rebuildIndex,
  runSearchRequest,
  SEARCH_DEADLINE_MS,
  waitForTaskSuccess,
  type IndexShape,
} from './meili';

export const POLICY_PRIMARY_KEY = 'id';
/** Stands for "no restriction" in the eligibility arrays, so one IN filter covers both cases. */
const ANY = 'all';
const OPEN_END = 99991231;
const MAX_GRAMS = 200;

export interface PolicyDocument {
  id: number;
  title: string;
  /** Han bigrams of the title: jieba keeps 担保贷款 whole, so 贷款 alone would miss it. */
  titleGrams: string;
  docNo: string | null;
  departmentCode: string;
  departmentName: string;
  category: PolicyCategory;
  benefits: string;
  sizes: string[];
  industries: string[];
  districts: string[];
  validFromDay: number;
  validToDay: number;
  publishedDay: number;
}

export const POLICY_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'titleGrams', 'docNo', 'departmentName', 'benefits'],
  filterableAttributes: ['category', 'departmentCode', 'sizes', 'industries', 'districts', 'validFromDay', 'validToDay'],
  sortableAttributes: ['publishedDay'],
  displayedAttributes: ['id'],
  localizedAttributes: [{ attributePatterns: ['title', 'titleGrams', 'departmentName', 'benefits'], locales: ['cmn'] }],
  pagination: { maxTotalHits: 5000 },
  typoTolerance: { enabled: true, disableOnAttributes: ['docNo'], minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  stopWords: [],
  facetSearch: false,
};

const dayNumber = (iso: string) => Number(iso.replaceAll('-', ''));

function bigrams(text: string): string {
  const out = new Set<string>();
  for (const run of text.match(/[\u3400-\u4dbf\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= run.length && out.size < MAX_GRAMS; i += 1) out.add(run.slice(i, i + 2));
  }
  return [...out].join(' ');
}

/** The search document of a published policy. */
export function buildPolicyDocument(p: PolicyRow): PolicyDocument {
  const title = normalizeSearchText(p.title);
  return {
    id: p.id,
    title,
    titleGrams: bigrams(title),
    docNo: p.docNo,
    departmentCode: p.department.code,
    departmentName: p.department['zh-CN'],
    category: p.category,
    benefits: normalizeSearchText(p.benefits).slice(0, 4000),
    sizes: p.sizes.length ? [...p.sizes] : [ANY],
    industries: p.industries.length ? [...p.industries] : [ANY],
    districts: p.districts.length ? [...p.districts] : [ANY],
    validFromDay: dayNumber(p.validFrom),
    validToDay: p.validTo ? dayNumber(p.validTo) : OPEN_END,
    publishedDay: p.publishedOn ? dayNumber(p.publishedOn) : 0,
  };
}

const POLICY_INDEX: IndexShape = { primaryKey: POLICY_PRIMARY_KEY, settings: POLICY_INDEX_SETTINGS };

/** Creates the live policy index with its settings if missing; says whether it is empty. */
export async function ensurePolicyIndex(): Promise<{ uid: string; created: boolean; empty: boolean }> {
  const uid = indexName('policies');
  const created = await createIndexIfMissing(uid, POLICY_INDEX);
  const stats = await getSearchClient().index(uid).getStats();
  return { uid, created, empty: stats.numberOfDocuments === 0 };
}

const ensureIndexOnce = ensureOnce(ensurePolicyIndex);

/**
 * Brings the index in line with these policies: published ones are upserted, the others (drafts,
 * withdrawn, deleted ids) removed. One task each way; returns the last task uid.
 */
export async function syncPolicyDocuments(ids: readonly number[], rows: readonly PolicyRow[], opts: { wait?: boolean } = {}): Promise<number | null> {
  if (ids.length === 0) return null;
  await ensureIndexOnce();
  const index = getSearchClient().index<PolicyDocument>(indexName('policies'));
  const published = rows.filter((r) => r.status === 'published');
  const publishedIds = new Set(published.map((r) => r.id));
  const gone = ids.filter((id) => !publishedIds.has(id));
  let last: number | null = null;
  if (published.length) {
    const task = await index.addDocuments(published.map(buildPolicyDocument), { primaryKey: POLICY_PRIMARY_KEY });
    last = task.taskUid;
    if (opts.wait) await waitForTaskSuccess(task.taskUid);
  }
  if (gone.length) {
    const task = await index.deleteDocuments(gone);
    last = task.taskUid;
    if (opts.wait) await waitForTaskSuccess(task.taskUid);
  }
  return last;
}

/** Rebuilds the policy index from PostgreSQL with no downtime (fill `<name>_next`, swap, drop). */
export async function reindexAllPolicies(): Promise<{ documents: number; seconds: number }> {
  const t0 = performance.now();
  let documents = 0;
  await rebuildIndex(indexName('policies'), POLICY_INDEX, async (next) => {
    const target = getSearchClient().index(next);
    for await (const rows of streamPublishedPolicies(1000)) {
      await waitForTaskSuccess((await target.addDocuments(rows.map(buildPolicyDocument), { primaryKey: POLICY_PRIMARY_KEY })).taskUid);
      documents += rows.length;
    }
  });
  ensureIndexOnce.done();
  return { documents, seconds: (performance.now() - t0) / 1000 };
}

export interface PolicySearchParams {
  q: string;
  category?: PolicyCategory;
  department?: string;
  validity?: PolicyValidity;
  district?: string;
  industry?: string;
  today: string;
  page: number;
  limit: number;
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** The Meilisearch filter of a policy search; values are validated against the vocabulary first. */
export function buildPolicyFilter(p: Omit<PolicySearchParams, 'q' | 'page' | 'limit'>): string[] {
  const filter: string[] = [];
  const today = dayNumber(p.today);
  if (p.category) {
    if (!(POLICY_CATEGORIES as readonly string[]).includes(p.category)) throw new AppError('bad_parameter', { param: 'category', detail: 'unknown category' });
    filter.push(`category = ${quote(p.category)}`);
  }
  if (p.department) {
    if (!/^[a-z0-9-]{2,40}$/.test(p.department)) throw new AppError('bad_parameter', { param: 'department', detail: 'a department code' });
    filter.push(`departmentCode = ${quote(p.department)}`);
  }
  if (p.validity === 'in_force') filter.push(`validFromDay <= ${today} AND validToDay >= ${today}`);
  else if (p.validity === 'expired') filter.push(`validToDay < ${today}`);
  else if (p.validity === 'upcoming') filter.push(`validFromDay > ${today}`);
  if (p.district) {
    if (!/^\d{6}$/.test(p.district)) throw new AppError('bad_parameter', { param: 'district', detail: 'a 6-digit division code' });
    filter.push(`districts IN [${quote(p.district)}, ${quote(ANY)}]`);
  }
  if (p.industry) {
    if (!/^[A-T]\d{2}$/.test(p.industry)) throw new AppError('bad_parameter', { param: 'industry', detail: 'a GB/T 4754 code such as F52' });
    filter.push(`industries IN [${quote(p.industry)}, ${quote(p.industry.charAt(0))}, ${quote(ANY)}]`);
  }
  return filter;
}

/**
 * Ids of the published policies matching a query and filters, best first (newest first without
 * a query), and the total. Throws AppError search_unavailable when Meilisearch cannot answer.
 */
export async function searchPolicyIds(p: PolicySearchParams): Promise<{ ids: number[]; total: number }> {
  const q = normalizeSearchText(p.q).slice(0, 100);
  const filter = buildPolicyFilter(p);
  const res = await runSearchRequest((client) =>
    client.index<{ id: number }>(indexName('policies')).search(
      q,
      {
        filter,
        page: p.page,
        hitsPerPage: p.limit,
        attributesToRetrieve: ['id'],
        ...(q ? { matchingStrategy: 'all' as const } : { sort: ['publishedDay:desc'] }),
        ...(/[\u3400-\u9fff]/.test(q) ? { locales: ['cmn' as const] } : {}),
      },
      { signal: AbortSignal.timeout(SEARCH_DEADLINE_MS) },
    ),
  );
  return { ids: res.hits.map((h) => Number(h.id)), total: res.totalHits ?? 0 };
}

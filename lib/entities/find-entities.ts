import 'server-only';
import { findEntitiesByName, type FallbackHit } from '../db/queries/find-entities-by-name';
import { AppError } from '../errors';
import { logger } from '../log';
import {
  isSearchUnavailable,
  normalizeSearchText,
  searchEntities,
  wasSearchSkipped,
  type EntityHit,
  type EntitySearchResult,
  type HighlightSegment,
} from '../search';
import { normalizeEntityName } from '../domain/entity-name';
import { classifyCode } from '../uscc';
import type { SearchQuery } from './parse-search-params';
import { metrics } from '../metrics/metrics.mjs';

/** degraded: Meilisearch could not answer and PostgreSQL did (contains-matching on names, codes). */
export type FindEntitiesResult = EntitySearchResult & { degraded: boolean };

const EMPTY_FACETS = { creditLevel: {}, districtCode: {}, industryCode: {}, type: {} };
const MAX_FALLBACK_QUERY_CHARS = 100;
// C0 controls (U+001F separates names in the fallback's search text), never part of a name.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/**
 * The texts the PostgreSQL fallback looks for: the query as typed and its simplified form (names
 * are stored as registered, mostly simplified; a traditional query 華通 must find 华通 and a
 * traditional name must still be found as typed), both normalised like stored names.
 */
export function fallbackNameVariants(q: string): string[] {
  const typed = normalizeEntityName(q.replace(CONTROL_CHARS, '')).slice(0, MAX_FALLBACK_QUERY_CHARS);
  const simplified = normalizeEntityName(normalizeSearchText(typed));
  return [...new Set([typed, simplified])].filter((v) => v.length > 0);
}

/** Marks the first occurrence of any variant in `text` (the fallback's plain highlighting). */
export function highlightFirst(text: string, variants: readonly string[]): HighlightSegment[] | undefined {
  const lower = text.toLowerCase();
  for (const variant of variants) {
    const at = lower.indexOf(variant.toLowerCase());
    if (at < 0) continue;
    const segments: HighlightSegment[] = [];
    if (at > 0) segments.push({ text: text.slice(0, at), hit: false });
    segments.push({ text: text.slice(at, at + variant.length), hit: true });
    if (at + variant.length < text.length) segments.push({ text: text.slice(at + variant.length), hit: false });
    return segments;
  }
  return undefined;
}

function toEntityHit(row: FallbackHit, variants: readonly string[]): EntityHit {
  const { rank: _rank, ...hit } = row;
  const name = highlightFirst(hit.name, variants);
  const former = name ? undefined : hit.formerNames.map((f) => highlightFirst(f, variants) ?? [{ text: f, hit: false }]);
  return { ...hit, aliases: [], highlights: { ...(name ? { name } : {}), ...(former ? { formerNames: former } : {}) } };
}

/** The PostgreSQL answer to a search: whole codes, exact names, prefixes, then contained fragments. */
async function findInDatabase(query: SearchQuery): Promise<FindEntitiesResult> {
  const q = query.q.trim();
  const code = classifyCode(q);
  const variants = fallbackNameVariants(q);
  const { hits, total } = q
    ? await findEntitiesByName({
        names: variants,
        code: code.kind === 'uscc' || code.kind === 'reg_no' ? { kind: code.kind, code: code.code } : null,
        level: query.level,
        districtCode: query.district,
        industryCode: query.industry,
        type: query.type,
        offset: (query.page - 1) * query.limit,
        limit: query.limit,
      })
    : { hits: [], total: 0 };
  const byCode = hits.find((h) => h.rank === 0);
  const shown = byCode ? [byCode] : hits;
  const totalShown = byCode ? 1 : total;
  const totalPages = Math.ceil(totalShown / query.limit);
  return {
    hits: shown.map((h) => toEntityHit(h, variants)),
    total: totalShown,
    page: byCode ? 1 : query.page,
    hitsPerPage: query.limit,
    totalPages,
    facets: EMPTY_FACETS,
    processingTimeMs: 0,
    exactMatch: byCode !== undefined,
    degraded: true,
  };
}

/**
 * Searches entities in Meilisearch; when it is down, hung or has no index (AppError search_unavailable),
 * answers from PostgreSQL with contains-matching on names and former names and whole-code
 * look-ups, marked degraded so that pages show a banner and the API says so. A page past the last
 * one (a search with no results has one page) is refused for the JSON API (`pastLastPage:
 * 'refuse'`, AppError bad_parameter naming the last page) or answered with the last page for the
 * search page (`'last'`): either way `page` is always a real page of `totalPages`.
 */
export async function findEntities(
  query: SearchQuery,
  opts: { highlight: boolean; facets?: boolean; pastLastPage: 'refuse' | 'last' },
): Promise<FindEntitiesResult> {
  const result = await findPage(query, opts);
  const lastPage = Math.max(result.totalPages, 1);
  if (query.page <= lastPage) return result;
  if (opts.pastLastPage === 'refuse') throw new AppError('bad_parameter', { param: 'page', detail: `1–${lastPage} (the last page is ${lastPage})` });
  return findPage({ ...query, page: lastPage }, opts);
}

async function findPage(query: SearchQuery, opts: { highlight: boolean; facets?: boolean }): Promise<FindEntitiesResult> {
  try {
    const result = await searchEntities({
      q: query.q,
      level: query.level,
      districtCode: query.district,
      industryCode: query.industry,
      type: query.type,
      page: query.page,
      hitsPerPage: query.limit,
      highlight: opts.highlight,
      facets: opts.facets,
    });
    return { ...result, degraded: false };
  } catch (error) {
    if (!isSearchUnavailable(error)) throw error;
    logger[wasSearchSkipped(error) ? 'debug' : 'warn']({ err: error.message }, 'search unavailable, falling back to PostgreSQL');
    metrics().searchFallbacks.inc({ surface: 'entities' });
    return findInDatabase(query);
  }
}

// Entity search for the search page, the JSON API and the home-page typeahead.
import type { SearchParams, SearchResponse } from 'meilisearch';
import { CREDIT_LEVELS, ENTITY_TYPES, type CreditLevel, type EntityStatus, type EntityType } from '../domain/vocabulary';
import { AppError } from '../errors';
import { classifyCode } from '../uscc';
import { normalizeSearchText, type EntityDocument } from './build-entity-document';
import { indexName, meilisearchApiError, runSearchRequest, SEARCH_DEADLINE_MS } from './meili';
import { rewritePinyinQuery } from './pinyin-tokens';
import { ENTITY_DISPLAYED_FIELDS, ENTITY_HIGHLIGHT_FIELDS, ENTITY_MAX_TOTAL_HITS } from './settings';

/** A run of highlighted or plain text; the UI renders it as text, never as HTML. */
export interface HighlightSegment {
  text: string;
  hit: boolean;
}

/** Highlighted variants of the displayed fields (present only when highlighting was asked for). */
export interface EntityHighlights {
  name?: HighlightSegment[];
  aliases?: HighlightSegment[][];
  formerNames?: HighlightSegment[][];
  legalRepresentative?: HighlightSegment[];
  address?: HighlightSegment[];
}

/**
 * One search hit: the displayed document fields plus highlights. regNo, address and isSmallMicro
 * are always set by searchEntities; they are optional because the PostgreSQL fallback
 * (lib/entities/find-entities) builds hits without them.
 */
export interface EntityHit {
  uscc: string;
  regNo?: string | null;
  name: string;
  aliases: string[];
  formerNames: string[];
  legalRepresentative: string;
  address?: string;
  districtCode: string;
  industryCode: string | null;
  type: EntityType;
  status: EntityStatus;
  creditLevel: CreditLevel;
  isSmallMicro?: boolean;
  highlights: EntityHighlights;
}

/** Counts per facet value, for the filters beside the results. */
export interface EntityFacets {
  creditLevel: Record<string, number>;
  districtCode: Record<string, number>;
  industryCode: Record<string, number>;
  type: Record<string, number>;
}

export interface EntitySearchParams {
  q: string;
  level?: CreditLevel[];
  districtCode?: string;
  industryCode?: string;
  type?: EntityType;
  /** 1-based (default 1). */
  page?: number;
  /** 1–50 (default 20). */
  hitsPerPage?: number;
  /** Ask for highlighted segments (default true). */
  highlight?: boolean;
  /** Count facet values (default true); costs most of a query's time at a million documents. */
  facets?: boolean;
}

export interface EntitySearchResult {
  hits: EntityHit[];
  /** Exact up to ENTITY_MAX_TOTAL_HITS (10,000), then capped there. */
  total: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: EntityFacets;
  processingTimeMs: number;
  /** The query was a USCC or 注册号 of an indexed firm: hits holds that firm only (redirect to it). */
  exactMatch: boolean;
}

/** One typeahead suggestion. */
export interface EntitySuggestion {
  uscc: string;
  name: string;
  creditLevel: CreditLevel;
}

/** Longest query we send (Meilisearch reads at most 10 words anyway). */
export const MAX_QUERY_LENGTH = 100;
export const MAX_HITS_PER_PAGE = 50;
const FACETS = ['creditLevel', 'districtCode', 'industryCode', 'type'] as const;
// Private-use characters as highlight tags: unlike '<mark>' they cannot occur in a registered name
// or address, so parsing the highlighted text can never be confused by the data.
const PRE_TAG = '\uE000';
const POST_TAG = '\uE001';
type DisplayedDocument = Pick<EntityDocument, (typeof ENTITY_DISPLAYED_FIELDS)[number]>;

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const DISTRICT_CODE = /^\d{6}$/;
const INDUSTRY_CODE = /^[A-T]\d{2}$/;

/** Trims, folds full-width and spaces, converts traditional to simplified, caps the length. */
export function normalizeQuery(q: string): string {
  const normalized = normalizeSearchText(q);
  const chars = Array.from(normalized);
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : normalized;
}

/** Splits text carrying the private highlight tags into segments (adjacent runs merged). */
export function parseHighlighted(text: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let hit = false;
  let start = 0;
  const push = (end: number) => {
    if (end <= start) return;
    const piece = text.slice(start, end);
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c !== PRE_TAG && c !== POST_TAG) continue;
    push(i);
    hit = c === PRE_TAG;
    start = i + 1;
  }
  push(text.length);
  return segments;
}

function quote(value: string): string {
  // Values are validated first; escaping still guards the filter grammar.
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Builds the filter expressions (ANDed), validating every value against the vocabulary. */
export function buildEntityFilter(params: Pick<EntitySearchParams, 'level' | 'districtCode' | 'industryCode' | 'type'>): string[] {
  const filter: string[] = [];
  if (params.level && params.level.length > 0) {
    const levels = [...new Set(params.level)];
    for (const level of levels) {
      if (!(CREDIT_LEVELS as readonly string[]).includes(level)) throw new AppError('bad_parameter', { param: 'level', detail: 'unknown level' });
    }
    filter.push(`creditLevel IN [${levels.map(quote).join(', ')}]`);
  }
  if (params.districtCode !== undefined) {
    if (!DISTRICT_CODE.test(params.districtCode)) throw new AppError('bad_parameter', { param: 'district', detail: 'a 6-digit division code' });
    filter.push(`districtCode = ${quote(params.districtCode)}`);
  }
  if (params.industryCode !== undefined) {
    if (!INDUSTRY_CODE.test(params.industryCode)) throw new AppError('bad_parameter', { param: 'industry', detail: 'a GB/T 4754 code such as F52' });
    filter.push(`industryCode = ${quote(params.industryCode)}`);
  }
  if (params.type !== undefined) {
    if (!(ENTITY_TYPES as readonly string[]).includes(params.type)) throw new AppError('bad_parameter', { param: 'type', detail: 'unknown entity type' });
    filter.push(`type = ${quote(params.type)}`);
  }
  return filter;
}

/**
 * One search request under the caller's deadline (a whole searchEntities call shares one, so a
 * hung server costs SEARCH_DEADLINE_MS once, not per step); skipped at once while Meilisearch is
 * known to be down.
 */
async function runSearch<S extends SearchParams>(q: string, params: S, signal: AbortSignal): Promise<SearchResponse<DisplayedDocument, S>> {
  return runSearchRequest((client) => client.index<DisplayedDocument>(indexName('entities')).search<DisplayedDocument, S>(q, params, { signal }));
}

/**
 * Searches with letters-only words rewritten into the index's pinyin shingles; when that finds
 * nothing, searches the query as typed: a Latin word that is not pinyin (Plaza in an address)
 * is a word of the index itself, and an index built before the shingles (until the worker's
 * rebuild) still has whole-word pinyin.
 */
async function searchRewritten<S extends SearchParams>(q: string, params: S, signal: AbortSignal): Promise<SearchResponse<DisplayedDocument, S>> {
  const rewritten = rewritePinyinQuery(q);
  const response = await runSearch(rewritten, params, signal);
  // The total, not this page's hits: a page past the last one must not switch to the other query.
  const found = 'totalHits' in response ? response.totalHits : response.estimatedTotalHits;
  return found === 0 && rewritten !== q ? runSearch(q, params, signal) : response;
}

function toHit(doc: DisplayedDocument & { _formatted?: Partial<DisplayedDocument> }, highlight: boolean): EntityHit {
  const highlights: EntityHighlights = {};
  const f = doc._formatted;
  if (highlight && f) {
    if (typeof f.name === 'string') highlights.name = parseHighlighted(f.name);
    if (typeof f.legalRepresentative === 'string') highlights.legalRepresentative = parseHighlighted(f.legalRepresentative);
    if (typeof f.address === 'string') highlights.address = parseHighlighted(f.address);
    if (Array.isArray(f.aliases)) highlights.aliases = f.aliases.map((a) => parseHighlighted(String(a)));
    if (Array.isArray(f.formerNames)) highlights.formerNames = f.formerNames.map((a) => parseHighlighted(String(a)));
  }
  return {
    uscc: doc.uscc,
    regNo: doc.regNo ?? null,
    name: doc.name,
    aliases: doc.aliases ?? [],
    formerNames: doc.formerNames ?? [],
    legalRepresentative: doc.legalRepresentative,
    address: doc.address,
    districtCode: doc.districtCode,
    industryCode: doc.industryCode ?? null,
    type: doc.type,
    status: doc.status,
    creditLevel: doc.creditLevel,
    isSmallMicro: doc.isSmallMicro ?? false,
    highlights,
  };
}

function facetsOf(distribution: Record<string, Record<string, number>> | undefined): EntityFacets {
  return {
    creditLevel: distribution?.creditLevel ?? {},
    districtCode: distribution?.districtCode ?? {},
    industryCode: distribution?.industryCode ?? {},
    type: distribution?.type ?? {},
  };
}

/**
 * The firm whose whole USCC or 注册号 the query is, or null (also for any other query). Codes are
 * filter values, not words (ENTITY_CODE_FILTER_FIELDS); a normalised code is [0-9A-Z] only, so it
 * is safe inside the quotes.
 */
async function findByCode(q: string, signal: AbortSignal): Promise<{ doc: DisplayedDocument; processingTimeMs: number } | null> {
  const code = classifyCode(q);
  if (code.kind !== 'uscc' && code.kind !== 'reg_no') return null;
  const exact = await runSearch(
    '',
    {
      filter: `${code.kind === 'uscc' ? 'uscc' : 'regNo'} = "${code.code}"`,
      page: 1,
      hitsPerPage: 1,
      attributesToRetrieve: [...ENTITY_DISPLAYED_FIELDS],
    },
    signal,
  ).catch((error: unknown) => {
    // An index built by an older release (codes searchable, not filterable) until the worker has
    // rebuilt it: the full-text search still finds the code there.
    if (meilisearchApiError(error)?.code === 'invalid_search_filter') return null;
    throw error;
  });
  const doc = exact?.hits[0];
  return doc ? { doc, processingTimeMs: exact.processingTimeMs } : null;
}

/**
 * Searches entities by name, alias, former name, code, legal representative, fragment, abbreviation
 * or pinyin, with level/district/industry/type filters and facet counts. A USCC or 注册号 of an
 * indexed firm returns that firm alone with exactMatch. Throws AppError search_unavailable when
 * Meilisearch cannot answer, AppError bad_parameter for a filter value outside the vocabulary.
 */
export async function searchEntities(params: EntitySearchParams): Promise<EntitySearchResult> {
  const q = normalizeQuery(params.q);
  const hitsPerPage = Math.min(Math.max(Math.trunc(params.hitsPerPage ?? 20), 1), MAX_HITS_PER_PAGE);
  // Meilisearch cannot page past maxTotalHits: clamp instead of returning an empty page.
  const maxPage = Math.ceil(ENTITY_MAX_TOTAL_HITS / hitsPerPage);
  const page = Math.min(Math.max(Math.trunc(params.page ?? 1), 1), maxPage);
  const highlight = params.highlight ?? true;
  const filter = buildEntityFilter(params);
  const highlightParams = highlight ? { attributesToHighlight: [...ENTITY_HIGHLIGHT_FIELDS], highlightPreTag: PRE_TAG, highlightPostTag: POST_TAG } : {};
  // Chinese queries are segmented as Chinese (short all-Han strings are otherwise often detected as
  // Japanese); pinyin and codes are left to detection.
  const locales = HAN.test(q) ? { locales: ['cmn'] } : {};
  const signal = AbortSignal.timeout(SEARCH_DEADLINE_MS);

  const byCode = await findByCode(q, signal);
  if (byCode) {
    const found = byCode.doc;
    return {
      hits: [toHit(found, highlight)],
      total: 1,
      page: 1,
      hitsPerPage,
      totalPages: 1,
      facets: facetsOf({
        creditLevel: { [found.creditLevel]: 1 },
        districtCode: { [found.districtCode]: 1 },
        industryCode: found.industryCode ? { [found.industryCode]: 1 } : {},
        type: { [found.type]: 1 },
      }),
      processingTimeMs: byCode.processingTimeMs,
      exactMatch: true,
    };
  }

  const response = await searchRewritten(
    q,
    {
      filter,
      page,
      hitsPerPage,
      ...(params.facets === false ? {} : { facets: [...FACETS] }),
      attributesToRetrieve: [...ENTITY_DISPLAYED_FIELDS],
      // 'frequency': when not every word matches, drop the most common words first (有限公司, 济南,
      // 商贸, 科技) and keep the distinctive 字号, whatever order they were typed in. 'last' drops by
      // position, so 物流 华通 would lose 华通. Measured on the test corpus: both find a one-character
      // typo (a word that matches nothing is dropped too); 'frequency' ranks fewer unrelated firms.
      matchingStrategy: 'frequency',
      ...highlightParams,
      ...locales,
    },
    signal,
  );
  return {
    hits: response.hits.map((h) => toHit(h, highlight)),
    total: response.totalHits,
    page: response.page,
    hitsPerPage: response.hitsPerPage,
    totalPages: response.totalPages,
    facets: facetsOf(response.facetDistribution),
    processingTimeMs: response.processingTimeMs,
    exactMatch: false,
  };
}

/** Up to `limit` (≤ 20) name suggestions for the typeahead, minimal fields, no counting. */
export async function suggestEntities(q: string, limit = 8): Promise<EntitySuggestion[]> {
  const query = normalizeQuery(q);
  if (!query) return [];
  const signal = AbortSignal.timeout(SEARCH_DEADLINE_MS);
  const byCode = await findByCode(query, signal);
  if (byCode) return [{ uscc: byCode.doc.uscc, name: byCode.doc.name, creditLevel: byCode.doc.creditLevel }];
  const response = await searchRewritten(
    query,
    {
      limit: Math.min(Math.max(Math.trunc(limit), 1), 20),
      attributesToRetrieve: ['uscc', 'name', 'creditLevel'],
      // While typing, the last word is the unfinished one: drop it first.
      matchingStrategy: 'last',
      ...(HAN.test(query) ? { locales: ['cmn'] } : {}),
    },
    signal,
  );
  return response.hits.map((h) => ({ uscc: h.uscc, name: h.name, creditLevel: h.creditLevel }));
}

// Settings of the entity index. Every change here needs a reindex (`npm run search:reindex`),
// which rebuilds in a side index and swaps, so the live index never serves half-applied settings.
import type { Settings } from 'meilisearch';
import type { EntityDocument } from './build-entity-document';

/** The entity index's primary key: the USCC ([0-9A-Z], valid as a Meilisearch document id). */
export const ENTITY_PRIMARY_KEY = 'uscc';

/** Helper fields that exist only to be matched, never shown. */
export const ENTITY_HELPER_FIELDS = ['nameGrams', 'pinyinGrams'] as const;

/** What a search hit carries back: the fields a result shows (the helper fields for matching stay in the index). */
// Who the firm is, then where and what it is.
const ENTITY_WHO_FIELDS = ['uscc', 'regNo', 'name', 'aliases', 'formerNames', 'legalRepresentative', 'address'] as const;
export const ENTITY_DISPLAYED_FIELDS = [...ENTITY_WHO_FIELDS, 'districtCode', 'industryCode', 'type', 'status', 'creditLevel', 'isSmallMicro'] as const;
ENTITY_DISPLAYED_FIELDS satisfies readonly (keyof EntityDocument)[];

/** Fields a search may filter and facet on; kept few because each one slows every update. */
export const ENTITY_FILTERABLE_FIELDS = ['creditLevel', 'districtCode', 'industryCode', 'type', 'status'] as const;

/**
 * Codes are looked up by an equality filter, not searched as words. As searchable words they were
 * 1.6 million of the index's vocabulary at a million firms, and Meilisearch rebuilds its word FST
 * from the whole vocabulary on every update batch, so they cost most of a second of every
 * change's way into search (bench:freshness). Filter values live in the facet databases, which
 * are updated incrementally.
 */
export const ENTITY_CODE_FILTER_FIELDS = ['uscc', 'regNo'] as const;

/** Fields Meilisearch may highlight and the UI shows as segments. */
export const ENTITY_HIGHLIGHT_FIELDS = ['name', 'aliases', 'formerNames', 'legalRepresentative', 'address'] as const;

/**
 * Upper bound of the hits a query can page through. The default (1000) would cut a level or
 * district browse at 50 pages of 20; 10,000 covers the deepest browse a person does while keeping
 * broad queries (an empty q over a million firms) cheap: Meilisearch counts and ranks up to this
 * many. Bulk access (journalists' exports) reads PostgreSQL, not the search index.
 */
export const ENTITY_MAX_TOTAL_HITS = 10_000;

/** The full settings object of the entity index. */
export const ENTITY_INDEX_SETTINGS: Settings = {
  // Order is attribute rank: a match in the name beats one in an alias, a former name, the legal
  // representative, the synthetic grams and pinyin, and the address last. Codes are not searchable
  // words (ENTITY_CODE_FILTER_FIELDS).
  searchableAttributes: ['name', 'aliases', 'formerNames', 'legalRepresentative', 'nameGrams', 'pinyinGrams', 'address'],
  filterableAttributes: [...ENTITY_FILTERABLE_FIELDS, ...ENTITY_CODE_FILTER_FIELDS],
  // No sorting: relevance for queries, index order for browsing. A sortable field costs on every update.
  sortableAttributes: [],
  displayedAttributes: [...ENTITY_DISPLAYED_FIELDS],
  // Chinese segmentation (jieba) for the Chinese fields, at indexing and for matching queries, instead
  // of per-value language detection, which takes short all-Han strings for Japanese.
  localizedAttributes: [
    {
      attributePatterns: ['name', 'aliases', 'formerNames', 'address', 'legalRepresentative', 'nameGrams'],
      locales: ['cmn'],
    },
  ],
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: ENTITY_MAX_TOTAL_HITS },
  typoTolerance: {
    enabled: true,
    // Numbers in names and addresses (house numbers, years) match exactly.
    disableOnNumbers: true,
    // Defaults (5 / 9 characters) suit pinyin; Chinese words are shorter and rely on the grams.
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  },
  // Default ranking rules, stated so a reindex resets any drift.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  // Company names are the whole point; no stop words (有限, 公司 are part of exact matches).
  stopWords: [],
  // Indexing cost at a million documents is what bounds search freshness (bench:freshness). Names
  // are short, so word proximity by attribute ranks as well as by position and indexes much faster;
  // nothing searches within facet values, so their search structures are not built.
  proximityPrecision: 'byAttribute',
  facetSearch: false,
};

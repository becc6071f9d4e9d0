// lib/search: the only module that imports `meilisearch` (settings, documents, indexing, queries).
// Deliberately not 'server-only' (scripts and the worker import it); UI code reaches it through
// lib/entities, which is.
export { getSearchClient, indexName, isSearchUnavailable, wasSearchSkipped, type LogicalIndex } from './meili';
export {
  ENTITY_FILTERABLE_FIELDS,
  ENTITY_HELPER_FIELDS,
  ENTITY_HIGHLIGHT_FIELDS,
  ENTITY_INDEX_SETTINGS,
  ENTITY_MAX_TOTAL_HITS,
  ENTITY_PRIMARY_KEY,
} from './settings';
export { buildEntityDocument, baseName, coreName, normalizeSearchText, type EntityDocument } from './build-entity-document';
export {
  deleteEntityDocuments,
  ensureEntityIndex,
  pruneFinishedTasks,
  reindexAllEntities,
  upsertEntityDocuments,
  type ReindexOptions,
  type ReindexPhase,
  type ReindexProgress,
} from './index-entities';
export {
  buildEntityFilter,
  normalizeQuery,
  parseHighlighted,
  searchEntities,
  suggestEntities,
  type EntityFacets,
  type EntityHighlights,
  type EntityHit,
  type EntitySearchParams,
  type EntitySearchResult,
  type EntitySuggestion,
  type HighlightSegment,
} from './search-entities';
export {
  POLICY_INDEX_SETTINGS,
  buildPolicyDocument,
  buildPolicyFilter,
  ensurePolicyIndex,
  reindexAllPolicies,
  searchPolicyIds,
  syncPolicyDocuments,
  type PolicyDocument,
  type PolicySearchParams,
} from './policies';

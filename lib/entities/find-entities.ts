import 'server-only';
import { findEntitiesByName } from '../db/queries/find-entities-by-name';
import { logger } from '../log';
import { searchEntities, SearchUnavailableError, type EntitySearchResult } from '../search';
import type { SearchQuery } from './parse-search-params';

export type FindEntitiesResult = EntitySearchResult & { degraded: boolean };

const EMPTY_FACETS = { creditLevel: {}, districtCode: {}, industryCode: {}, type: {} };

/** Searches entities; if Meilisearch is down, falls back to exact and prefix matches in PostgreSQL. */
export async function findEntities(query: SearchQuery, opts: { highlight: boolean; facets?: boolean }): Promise<FindEntitiesResult> {
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
    if (!(error instanceof SearchUnavailableError)) throw error;
    logger.warn({ err: error.message }, 'search unavailable, falling back to PostgreSQL');
    const rows = query.q.trim() ? await findEntitiesByName(query.q.trim(), query.limit) : [];
    return {
      hits: rows.map((r) => ({ ...r, aliases: [], formerNames: [], highlights: {} })),
      total: rows.length,
      page: 1,
      hitsPerPage: query.limit,
      totalPages: rows.length ? 1 : 0,
      facets: EMPTY_FACETS,
      processingTimeMs: 0,
      exactMatch: false,
      degraded: true,
    } as FindEntitiesResult;
  }
}

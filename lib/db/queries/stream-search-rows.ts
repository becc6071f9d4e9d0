// Streams the columns the search index needs, in batches, with a server-side cursor so a full
// reindex of a million firms never holds more than one batch in memory.
// No `import 'server-only'`: the reindex script and the worker (plain Node, no react-server
// condition) import this module too.
import type { EntityRegistration } from '../../domain/register';
import type { CreditLevel } from '../../domain/vocabulary';
import { getSql } from '../client';

/**
 * One entity as the search index sees it: only public registration data (ID numbers are never
 * stored, so they cannot reach the index) and the current level.
 */
/** The register's columns the search documents use (the business term is shown on the profile only). */
export interface SearchRow extends Omit<EntityRegistration, 'businessTermFrom' | 'businessTermTo'> {
  id: number;
  creditLevel: CreditLevel;
}

export interface StreamSearchRowsOptions {
  /** Rows per yielded batch (default 5000). */
  batchSize?: number;
  /** Only these entities (the worker's changed set); all entities when absent. */
  entityIds?: number[];
  /** Only entities updated at or after this instant (catch-up after a reindex). */
  updatedSince?: Date;
}

/** Yields batches of search rows in id order, read through a postgres.js cursor. */
export async function* streamSearchRows(opts: StreamSearchRowsOptions = {}): AsyncGenerator<SearchRow[]> {
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? 5000, 100_000));
  if (opts.entityIds && opts.entityIds.length === 0) return;
  const sql = getSql();
  const byIds = opts.entityIds ? sql`and id = any(${opts.entityIds}::bigint[])` : sql``;
  const since = opts.updatedSince ? sql`and updated_at >= ${opts.updatedSince}` : sql``;
  const cursor = sql<SearchRow[]>`
    select id::int as id, uscc, reg_no as "regNo", name,
           former_names as "formerNames", aliases, type,
           legal_representative as "legalRepresentative", address,
           district_code as "districtCode", industry_code as "industryCode", status,
           credit_level as "creditLevel", is_small_micro as "isSmallMicro",
           established_on as "establishedOn", registered_capital::text as "registeredCapital"
    from entities
    where true ${byIds} ${since}
    order by id`.cursor(batchSize);
  for await (const rows of cursor) {
    // postgres.js rows carry extra properties (count, command…): hand out plain arrays.
    yield Array.from(rows);
  }
}

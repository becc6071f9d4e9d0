// Loads what the rating engine needs for a batch of entities (no 'server-only': the worker and
// scripts use it too). Only rating-relevant kinds are read: penalties, listings, revocations.
import type { RatingInput, RatingRecord, ComplaintMonth } from '../../credit/types';
import type { EntityStatus, RecordKind } from '../../domain/vocabulary';
import { RATING_RECORD_KINDS } from '../../credit/rules';
import { getSql } from '../client';
import { COUNTS_TOWARD_LEVEL_SQL } from './publicity-catalogue';

export interface EntityRatingInput extends RatingInput {
  entityId: number;
  uscc: string;
}

/** Rating inputs for the given entity ids, complaint months since `since`. */
export async function getRatingInputs(entityIds: readonly number[], since: string): Promise<EntityRatingInput[]> {
  if (entityIds.length === 0) return [];
  const sql = getSql();
  const ids = [...entityIds];
  const [entities, records, complaints] = await Promise.all([
    sql<{ id: number; uscc: string; status: EntityStatus }[]>`select id::int as id, uscc, status from entities where id = any(${ids}::bigint[])`,
    sql<(RatingRecord & { entityId: number })[]>`
      select entity_id::int as "entityId", id::text as id, kind, status, decision_date as "decisionDate",
             publicity_end as "publicityEnd", removed_on as "removedOn", severity,
             ${sql.unsafe(COUNTS_TOWARD_LEVEL_SQL)} as "countsTowardLevel"
      from records r where entity_id = any(${ids}::bigint[]) and kind in ${sql(RATING_RECORD_KINDS as RecordKind[])}`,
    sql<(ComplaintMonth & { entityId: number })[]>`
      select entity_id::int as "entityId", period_start as "periodStart", complaints::int as count, resolved::int as resolved
      from complaint_stats where entity_id = any(${ids}::bigint[]) and period_start >= ${since}`,
  ]);
  const byEntity = new Map<number, EntityRatingInput>();
  for (const e of entities) byEntity.set(e.id, { entityId: e.id, uscc: e.uscc, entityStatus: e.status, records: [], complaints: [] });
  for (const { entityId, ...r } of records) (byEntity.get(entityId)?.records as RatingRecord[] | undefined)?.push(r);
  for (const { entityId, ...c } of complaints) (byEntity.get(entityId)?.complaints as ComplaintMonth[] | undefined)?.push(c);
  return [...byEntity.values()];
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { rateEntity, selectRuleSet, subtractYears, type CreditRating } from '../credit';
import { getEntityProfileRows, type EntityProfileRows, type ProfileRecord } from '../db/queries/get-entity-profile';
import { isWellFormedUscc, normalizeCode } from '../uscc';
import { AppError } from '../errors';

export type { ProfileRecord };

export interface EntityProfile extends EntityProfileRows {
  rating: CreditRating;
}

class EntityNotFound extends Error {}

async function loadProfile(uscc: string, today: string): Promise<EntityProfile> {
  const ruleSet = selectRuleSet(today);
  // One month of slack: complaint months are filtered exactly by the rating engine.
  const since = subtractYears(today, ruleSet.windowYears).slice(0, 8) + '01';
  const rows = await getEntityProfileRows(uscc, today, since);
  // Throwing (rather than returning null) keeps unknown codes out of the cache.
  if (!rows) throw new EntityNotFound(uscc);
  const rating = rateEntity(
    {
      entityStatus: rows.entity.status,
      records: rows.records.map((r) => ({
        id: r.id,
        kind: r.kind,
        status: r.status,
        decisionDate: r.decisionDate,
        publicityEnd: r.publicityEnd,
        removedOn: r.removedOn,
        severity: r.severity,
        countsTowardLevel: r.countsTowardLevel,
      })),
      complaints: rows.complaints,
    },
    today,
  );
  return { ...rows, rating };
}

/**
 * A public profile by USCC, rated on `today`; cached per entity and day, tagged
 * tags.entity(uscc). Throws AppError invalid_uscc / not_found.
 */
export async function getEntityProfile(rawCode: string, today: string): Promise<EntityProfile> {
  const uscc = normalizeCode(rawCode);
  if (!isWellFormedUscc(uscc)) throw new AppError('invalid_uscc', { code: rawCode });
  const cached = unstable_cache(() => loadProfile(uscc, today), ['entity-profile', uscc, today], {
    tags: [tags.entity(uscc)],
    revalidate: 3600,
  });
  try {
    return await cached();
  } catch (error) {
    if (error instanceof EntityNotFound) throw new AppError('not_found', { code: uscc });
    throw error;
  }
}

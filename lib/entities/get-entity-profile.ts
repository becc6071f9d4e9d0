import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { complaintMonthFloor, rateEntity, selectRuleSet, subtractYears, type CreditRating } from '../credit';
import { getCreditRuleSets } from '../rule-sets/get-credit-rule-sets';
import { getEntityProfileRows, type EntityProfileRows, type ProfileRecord } from '../db/queries/get-entity-profile';
import { isWellFormedUscc, normalizeCode } from '../uscc';
import { AppError } from '../errors';

export type { ProfileRecord };

export interface EntityProfile extends EntityProfileRows {
  rating: CreditRating;
}

class EntityNotFound extends Error {}

async function loadProfile(uscc: string, today: string): Promise<EntityProfile> {
  const ruleSets = await getCreditRuleSets();
  const ruleSet = selectRuleSet(today, ruleSets);
  // Complaint figures are monthly: the month holding the window's first day counts (rate-entity.ts).
  const since = complaintMonthFloor(subtractYears(today, ruleSet.windowYears));
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
    ruleSets,
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

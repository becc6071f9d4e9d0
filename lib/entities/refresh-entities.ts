// Recomputes, stores and re-indexes the rating of a batch of entities: what the worker does for
// each changed entity, and what test factories call after inserting rows.
import { complaintMonthFloor, nextRatingChangeDate, rateEntity, selectRuleSet, subtractYears } from '../credit';
import { getRatingInputs } from '../db/queries/get-rating-inputs';
import { storeRatings } from '../db/mutations/store-ratings';
import { streamSearchRows } from '../db/queries/stream-search-rows';
import { upsertEntityDocuments } from '../search';
import { getCreditRuleSets } from '../rule-sets/get-credit-rule-sets';

/** Rates the entities on `today`, stores the result and upserts their search documents. */
export async function refreshEntities(
  entityIds: readonly number[],
  today: string,
  opts: { waitForIndex?: boolean } = {},
): Promise<{ rated: number; usccs: string[]; taskUid: number | null }> {
  const ruleSets = await getCreditRuleSets();
  const ruleSet = selectRuleSet(today, ruleSets);
  // Complaint figures are monthly: the month holding the window's first day is read too.
  const since = complaintMonthFloor(subtractYears(today, ruleSet.windowYears));
  const inputs = await getRatingInputs(entityIds, since);
  await storeRatings(
    inputs.map((input) => ({
      entityId: input.entityId,
      rating: rateEntity(input, today, ruleSets),
      nextReviewOn: nextRatingChangeDate(input, today, ruleSets),
    })),
  );
  let taskUid: number | null = null;
  for await (const rows of streamSearchRows({ entityIds: [...entityIds], batchSize: 1000 })) {
    taskUid = await upsertEntityDocuments(rows, { wait: opts.waitForIndex });
  }
  return { rated: inputs.length, usccs: inputs.map((i) => i.uscc), taskUid };
}

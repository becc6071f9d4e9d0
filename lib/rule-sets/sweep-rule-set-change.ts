// The switch to a new rule set on its effective date. Every rating names its rule version, so on
// the day a version takes effect every firm rated under another version is re-rated: the worker's
// scheduled review (lib/worker/run-worker.ts, daily after midnight and at start) calls this before
// it queues the firms that are due for their own reasons. Queued through the outbox like any other
// re-rating, so the worker's batches (1,000 firms each) do the work and any worker may take part.
import { selectRuleSet } from '../credit/rules';
import { enqueueFirmsRatedUnderOtherVersions, markRuleSetSwept } from '../db/mutations/credit-rule-sets';
import { isRuleSetSwept } from '../db/queries/credit-rule-sets';
import { forgetCreditRuleSets, getCreditRuleSets } from './get-credit-rule-sets';

/** The version in force on `today` and how many firms were queued for it (0 when already done). */
export async function sweepRuleSetChange(today: string): Promise<{ version: string; queued: number }> {
  // A fresh read: the review must not miss a version added since this process last looked.
  forgetCreditRuleSets();
  const { version } = selectRuleSet(today, await getCreditRuleSets());
  if (await isRuleSetSwept(version)) return { version, queued: 0 };
  // Idempotent: a sweep interrupted before it is marked runs again whole at the next review, and
  // a firm queued twice is rated twice with the same result.
  const queued = await enqueueFirmsRatedUnderOtherVersions(version);
  await markRuleSetSwept(version);
  return { version, queued };
}

// The credit rule sets in force, loaded from PostgreSQL and kept in this process for a short time.
// Several processes rate firms (the site processes on read, the worker when it re-rates): each
// keeps its own copy for at most RULE_SETS_MAX_AGE_MS, and the worker drops its copy as soon as it
// takes a rule_set.added outbox row, so the process that re-rates the city always sees a new
// version before it applies. A version only ever takes effect on a later day (staff cannot add one
// for today), so a site process that sees it up to a minute late still rates every day correctly.
// No 'server-only': the worker and the seeder use it.
import type { CreditRuleSet } from '../credit/types';
import { ruleSetFromRow } from '../credit/rule-set-schema';
import { listCreditRuleSetRows } from '../db/queries/credit-rule-sets';

/** How long a process trusts its copy of the rule sets. */
export const RULE_SETS_MAX_AGE_MS = 60_000;

let cached: { sets: readonly CreditRuleSet[]; loadedAt: number } | null = null;
let loading: Promise<readonly CreditRuleSet[]> | null = null;

/** Loads every version from the database, validated; throws when none is stored or one is invalid. */
export async function loadCreditRuleSets(): Promise<readonly CreditRuleSet[]> {
  const sets = (await listCreditRuleSetRows()).map(ruleSetFromRow);
  if (sets.length === 0) throw new Error('credit_rule_sets is empty: run the migrations (0015 stores the dalian-2021 set)');
  return sets;
}

/** The stored rule sets, from this process's copy when it is younger than RULE_SETS_MAX_AGE_MS. */
export async function getCreditRuleSets(): Promise<readonly CreditRuleSet[]> {
  if (cached && Date.now() - cached.loadedAt < RULE_SETS_MAX_AGE_MS) return cached.sets;
  // One load at a time: a burst of cold requests shares it.
  loading ??= loadCreditRuleSets()
    .then((sets) => {
      cached = { sets, loadedAt: Date.now() };
      return sets;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Drops this process's copy: the next read loads the versions again. */
export function forgetCreditRuleSets(): void {
  cached = null;
}

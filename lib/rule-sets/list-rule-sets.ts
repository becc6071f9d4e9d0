import 'server-only';
// The versions as the staff page lists them: parsed rules, who added each, and its state on `today`.
import { ruleSetFromRow } from '../credit/rule-set-schema';
import { selectRuleSet } from '../credit/rules';
import type { CreditRuleSet } from '../credit/types';
import { listCreditRuleSetsForStaff } from '../db/queries/credit-rule-sets';

export type RuleSetState = 'scheduled' | 'inForce' | 'superseded';

export interface ListedRuleSet {
  set: CreditRuleSet;
  createdByName: string | null;
  createdAt: Date;
  state: RuleSetState;
  /** The firm-wide re-rating under this version has been queued. */
  swept: boolean;
}

/** Every version, newest effective date first, with its state on `today`. */
export async function listRuleSets(today: string): Promise<ListedRuleSet[]> {
  const rows = await listCreditRuleSetsForStaff();
  const sets = rows.map(ruleSetFromRow);
  const inForce = sets.some((s) => s.effectiveFrom <= today) ? selectRuleSet(today, sets).version : null;
  return rows.map((row, i) => {
    const set = sets[i]!;
    const state: RuleSetState = set.effectiveFrom > today ? 'scheduled' : set.version === inForce ? 'inForce' : 'superseded';
    return { set, createdByName: row.createdByName, createdAt: row.createdAt, state, swept: row.sweptAt !== null };
  });
}

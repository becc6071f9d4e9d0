// Reads of the credit rule sets (no 'server-only': the worker, the seeder and scripts load them too).
import type { CreditRuleSetRow } from '../../credit/rule-set-schema';
import { getSql, type Sql } from '../client';

/** Every stored version with its rules (jsonb as text), oldest effective date first (`sql`: the seeder's own pool). */
export async function listCreditRuleSetRows(sql: Sql = getSql()): Promise<CreditRuleSetRow[]> {
  return sql<CreditRuleSetRow[]>`
    select version, effective_from::text as "effectiveFrom", rules::text as rules
    from credit_rule_sets order by effective_from`;
}

/** A version as the staff list shows it: who added it, when, and whether its re-rating was queued. */
export interface StaffRuleSetRow extends CreditRuleSetRow {
  createdByName: string | null;
  createdAt: Date;
  sweptAt: Date | null;
}

/** Every version for the staff list, newest effective date first (a few rows: never paged). */
export async function listCreditRuleSetsForStaff(): Promise<StaffRuleSetRow[]> {
  return getSql()<StaffRuleSetRow[]>`
    select r.version, r.effective_from::text as "effectiveFrom", r.rules::text as rules, u.display_name as "createdByName",
           r.created_at as "createdAt", r.swept_at as "sweptAt"
    from credit_rule_sets r left join staff_users u on u.id = r.created_by
    order by r.effective_from desc`;
}

/** Whether the version's firm-wide re-rating has been queued (null: no such version). */
export async function isRuleSetSwept(version: string): Promise<boolean | null> {
  const [row] = await getSql()<{ swept: boolean }[]>`select swept_at is not null as swept from credit_rule_sets where version = ${version}`;
  return row ? row.swept : null;
}

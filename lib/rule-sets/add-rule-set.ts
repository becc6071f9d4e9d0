import 'server-only';
// An admin adds a rule set version: admins only, every threshold checked by the one schema, the
// effective date strictly after today (a version never changes a rating already published for
// today or the past), then the mutation stores it with its outbox row and audit entry.
import { insertCreditRuleSet } from '../db/mutations/credit-rule-sets';
import { ratingDate } from '../env';
import { formFailure, type ActionResult } from '../forms/action-result';
import type { StaffUser } from '../staff/types';
import { forgetCreditRuleSets } from './get-credit-rule-sets';
import { parseRuleSetForm, type RuleSetFormValues } from './rule-set-form';

/** The stored version's name, or the issues (AdminRuleSets.errors.*; form-level `notAdmin`). */
export type AddRuleSetResult = ActionResult<{ version: string }>;

/** Adds a version from the form's values on behalf of `user`. */
export async function addRuleSet(user: StaffUser, values: RuleSetFormValues, today = ratingDate()): Promise<AddRuleSetResult> {
  if (user.role !== 'admin') return formFailure('notAdmin');
  const parsed = parseRuleSetForm(values);
  if (!parsed.ok) return parsed;
  if (parsed.effectiveFrom <= today) return { ok: false, errors: [{ field: 'effectiveFrom', code: 'effectiveFromNotFuture', params: { today } }] };
  const stored = await insertCreditRuleSet(
    { version: parsed.version, effectiveFrom: parsed.effectiveFrom, rules: parsed.rules },
    { type: 'staff', id: String(user.id), staffId: user.id },
  );
  if (!stored.ok) {
    return stored.taken === 'version'
      ? { ok: false, errors: [{ field: 'version', code: 'versionTaken' }] }
      : { ok: false, errors: [{ field: 'effectiveFrom', code: 'effectiveFromTaken' }] };
  }
  // This process sees the version at once; the others through the outbox (rule_set.added) or within a minute.
  forgetCreditRuleSets();
  return { ok: true, version: parsed.version };
}

import 'server-only';
// The admin form of a new rule set version behind the staff checks (lib/forms/staff-action.ts).
import { staffAction } from '../forms/staff-action';
import { addRuleSet } from './add-rule-set';
import { ruleSetFormSchema, ruleSetFormValues } from './rule-set-form';

/** Signed in, anti-forgery token, then the form's fields; addRuleSet checks the role and the values. */
export const receiveRuleSetForm = staffAction(ruleSetFormSchema, (raw, { user }) => addRuleSet(user, ruleSetFormValues(raw)));

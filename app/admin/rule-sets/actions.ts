'use server';
import { redirect } from 'next/navigation';
import { fieldsOf, nextVersion, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { receiveRuleSetForm } from '@/lib/rule-sets/receive-rule-set-form';
import { ruleSetFormSchema, ruleSetFormValues, type RuleSetFormValues } from '@/lib/rule-sets/rule-set-form';

/** The new-version form's state; `values` is null until a refused submission is echoed. */
export type RuleSetFormState = FormState<RuleSetFormValues | null>;

/** Adds a rule set version (works without JavaScript); on success back to the list with a notice. */
export async function addRuleSetAction(previous: RuleSetFormState, form: FormData): Promise<RuleSetFormState> {
  const result = await receiveRuleSetForm(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect(`/admin/rule-sets?added=${encodeURIComponent(result.version)}`);
  return { version: nextVersion(previous), values: ruleSetFormValues(ruleSetFormSchema.parse(fieldsOf(form))), errors: result.errors };
}

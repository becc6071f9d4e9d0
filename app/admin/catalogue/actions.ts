'use server';
import { redirect } from 'next/navigation';
import { nextVersion, textFieldsOf, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { receivePublicityRule } from '@/lib/publicity/receive-publicity-rule';

/** The new-version form's state: the answers echoed after a refusal. */
export type PublicityRuleFormState = FormState<Record<string, string>>;

/** Publishes a new catalogue version (works without JavaScript); back to the page with a notice. */
export async function addPublicityRuleAction(previous: PublicityRuleFormState, form: FormData): Promise<PublicityRuleFormState> {
  const result = await receivePublicityRule(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect('/admin/catalogue?saved=1');
  return { version: nextVersion(previous), values: form instanceof FormData ? textFieldsOf(form) : {}, errors: result.errors };
}

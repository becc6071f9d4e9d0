'use server';
import { notFound, redirect } from 'next/navigation';
import { nextVersion, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { formValuesOf, type PolicyFormValues } from '@/lib/policies/policy-form-values';
import { policyIdSchema, receivePolicyForm, receiveWithdrawal } from '@/lib/policies/receive-policy-forms';

/** The policy form's state; `values` is null until a refused submission is echoed. */
export type PolicyFormState = FormState<PolicyFormValues | null>;

/** Creates or updates a policy (the create and edit forms post here; works without JavaScript). */
export async function savePolicyAction(previous: PolicyFormState, form: FormData): Promise<PolicyFormState> {
  const result = await receivePolicyForm(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect(`/admin/policies/${result.id}?saved=1`);
  if (result.errors.some((e) => e.code === 'notFound')) notFound();
  return { version: nextVersion(previous), values: formValuesOf(form), errors: result.errors };
}

/** Withdraws a policy with a reason (plain form post); the answer is a notice on the policy's page. */
export async function withdrawPolicyAction(form: FormData): Promise<void> {
  const result = await receiveWithdrawal(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  const id = policyIdSchema.safeParse(form.get('policyId'));
  const code = result.ok ? null : (result.errors[0]?.code ?? 'notFound');
  if (!id.success || code === 'notFound') notFound();
  if (code === null) redirect(`/admin/policies/${id.data}?withdrawn=1`);
  redirect(`/admin/policies/${id.data}?error=${code === 'csrf' ? 'csrfFailed' : code}`);
}

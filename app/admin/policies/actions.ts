'use server';
import { notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { translator } from '@/lib/i18n/messages';
import { formValuesOf, type PolicyFormValues } from '@/lib/policies/policy-form-values';
import { policyFormToInput } from '@/lib/policies/policy-schema';
import { savePolicy, withdrawPolicy } from '@/lib/policies/save-policy';
import { verifyStaffCsrf } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';

export interface PolicyFormState {
  issues?: { field: string; message: string }[];
  values?: PolicyFormValues;
}

const idOf = (v: FormDataEntryValue | null) => (typeof v === 'string' && /^[1-9]\d{0,8}$/.test(v) ? Number(v) : undefined);

/** Creates or updates a policy (the create and edit forms post here; works without JavaScript). */
export async function savePolicyAction(_prev: PolicyFormState, form: FormData): Promise<PolicyFormState> {
  const user = await requireStaff();
  const t = translator('zh-CN', 'PolicyErrors');
  const values = formValuesOf(form);
  try {
    await verifyStaffCsrf(user, form.get('csrf') as string | null);
  } catch (error) {
    if (error instanceof AppError) return { issues: [{ field: 'title', message: t('csrfFailed') }], values };
    throw error;
  }
  const id = idOf(form.get('policyId'));
  const result = await savePolicy(user, policyFormToInput(form), id);
  if (result.ok) redirect(`/admin/policies/${result.id}?saved=1`);
  if ('notFound' in result) notFound();
  return { issues: result.issues.map((i) => ({ field: i.field, message: t(i.code) })), values };
}

/** Withdraws a policy with a reason (plain form post). */
export async function withdrawPolicyAction(form: FormData): Promise<void> {
  const user = await requireStaff();
  const id = idOf(form.get('policyId'));
  if (id === undefined) notFound();
  try {
    await verifyStaffCsrf(user, form.get('csrf') as string | null);
  } catch (error) {
    if (error instanceof AppError) redirect(`/admin/policies/${id}?error=csrfFailed`);
    throw error;
  }
  const result = await withdrawPolicy(user, id, form.get('reason'));
  if (!result.ok && result.code === 'notFound') notFound();
  redirect(result.ok ? `/admin/policies/${id}?withdrawn=1` : `/admin/policies/${id}?error=${result.code}`);
}

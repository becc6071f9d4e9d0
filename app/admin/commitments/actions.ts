'use server';
import { notFound, redirect } from 'next/navigation';
import { nextVersion, textFieldsOf, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { receiveCommitmentTemplateForm } from '@/lib/commitments/save-commitment-template';
import { TEMPLATE_FIELDS } from '@/lib/commitments/template-schema';

/** The template form's state: the answers echoed after a refusal (never cleared) and the issues. */
export type TemplateFormState = FormState<Record<string, string> | null>;

/** Creates or updates a commitment template (the create and edit forms post here). */
export async function saveTemplateAction(previous: TemplateFormState, form: FormData): Promise<TemplateFormState> {
  const result = await receiveCommitmentTemplateForm(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect(`/admin/commitments/${result.id}?saved=1`);
  if (result.errors.some((e) => e.code === 'notFound')) notFound();
  return { version: nextVersion(previous), values: textFieldsOf(form, TEMPLATE_FIELDS), errors: result.errors };
}

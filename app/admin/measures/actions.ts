'use server';
import { notFound, redirect } from 'next/navigation';
import { nextVersion, textFieldsOf, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { measureIdSchema, receiveMeasureEnd, receiveMeasureForm } from '@/lib/measures/receive-measure-forms';
import { measureFormValuesOf, type MeasureFormValues } from '@/lib/measures/measure-form-values';

/** The measure form's state; `values` is null until a refused submission is echoed. */
export type MeasureFormState = FormState<MeasureFormValues | null>;

/** Creates or updates a measure (the create and edit forms post here; works without JavaScript). */
export async function saveMeasureAction(previous: MeasureFormState, form: FormData): Promise<MeasureFormState> {
  const result = await receiveMeasureForm(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect(`/admin/measures/${result.id}?saved=1`);
  if (result.errors.some((e) => e.code === 'notFound')) notFound();
  return { version: nextVersion(previous), values: measureFormValuesOf(form), errors: result.errors };
}

/** Ends a measure on a day with a reason (plain form post); the answer is a notice on the measure's page. */
export async function endMeasureAction(form: FormData): Promise<void> {
  const result = await receiveMeasureEnd(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  const id = measureIdSchema.safeParse(textFieldsOf(form).measureId);
  const code = result.ok ? null : (result.errors[0]?.code ?? 'notFound');
  if (!id.success || code === 'notFound') notFound();
  if (code === null) redirect(`/admin/measures/${id.data}?ended=1`);
  redirect(`/admin/measures/${id.data}?error=${code === 'csrf' ? 'csrfFailed' : code}`);
}

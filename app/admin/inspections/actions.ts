'use server';
import { notFound, redirect } from 'next/navigation';
import { nextVersion, textFieldsOf, type FormState } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { planIdSchema, receiveDraw, receivePlanForm, receiveResult } from '@/lib/inspections/receive-inspection-forms';

/** The plan form's state: the answers as posted (repeated fields as lists) and the issues. */
export type PlanFormState = FormState<{ text: Record<string, string>; lists: Record<string, string[]> } | null>;

/** Creates a draft plan (works without JavaScript); on success, its page. */
export async function createPlanAction(previous: PlanFormState, form: FormData): Promise<PlanFormState> {
  const result = await receivePlanForm(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  if (result.ok) redirect(`/admin/inspections/${result.id}?created=1`);
  const lists = Object.fromEntries(['itemIds', 'entityTypes'].map((name) => [name, form.getAll(name).map(String)]));
  return { version: nextVersion(previous), values: { text: textFieldsOf(form), lists }, errors: result.errors };
}

/** Runs a plan's draw (plain form post); the answer is a notice on the plan's page. */
export async function drawPlanAction(form: FormData): Promise<void> {
  const result = await receiveDraw(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  const id = planIdSchema.safeParse(form.get('planId'));
  const code = result.ok ? null : (result.errors[0]?.code ?? 'notFound');
  if (!id.success || code === 'notFound') notFound();
  redirect(`/admin/inspections/${id.data}?${code === null ? 'drawn=1' : `error=${code}`}`);
}

/** Enters one firm's result (plain form post); the answer is a notice on the plan's page. */
export async function enterResultAction(form: FormData): Promise<void> {
  const result = await receiveResult(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  const id = planIdSchema.safeParse(form.get('planId'));
  if (!id.success) notFound();
  const issue = result.ok ? null : result.errors[0];
  if (issue?.code === 'notFound') notFound();
  const uscc = encodeURIComponent(String(form.get('uscc') ?? ''));
  redirect(`/admin/inspections/${id.data}?${issue ? `error=${issue.code}&field=${issue.field}&uscc=${uscc}` : `saved=${uscc}`}#results`);
}

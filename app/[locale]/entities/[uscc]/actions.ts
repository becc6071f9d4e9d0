'use server';
import { headers } from 'next/headers';
import type { ApplicationKind } from '@/lib/domain/objections';
import type { ApplicationFormState } from '@/lib/objections/form-state';
import { answerApplicationForm } from '@/lib/objections/submit-application';

/**
 * Objection and repair forms: parse → receive (durable) → answer with a receipt or the errors.
 * Every argument arrives from the browser (the bound ones too) and is re-parsed in lib/.
 */
export async function submitApplicationAction(kind: ApplicationKind, uscc: string, prev: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  const address = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  return answerApplicationForm({ kind, uscc, prev, form }, address);
}

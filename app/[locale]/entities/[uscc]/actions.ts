'use server';
import type { ApplicationKind } from '@/lib/domain/objections';
import { formBrowserId } from '@/lib/objections/form-browser';
import type { ApplicationFormState } from '@/lib/objections/form-state';
import { answerApplicationForm } from '@/lib/objections/submit-application';
import { currentClientAddress } from '@/lib/security/request-address';

/**
 * Objection and repair forms: parse → receive (durable) → answer with a receipt or the errors.
 * Every argument arrives from the browser (the bound ones too) and is re-parsed in lib/.
 */
export async function submitApplicationAction(kind: ApplicationKind, uscc: string, prev: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  return answerApplicationForm({ kind, uscc, prev, form }, await currentClientAddress(), await formBrowserId());
}

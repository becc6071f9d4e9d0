'use server';
import type { ApplicationKind } from '@/lib/domain/objections';
import { formBrowserId } from '@/lib/objections/form-browser';
import type { ApplicationFormState } from '@/lib/objections/form-state';
import { receiveApplication } from '@/lib/objections/submit-application';
import { currentClientAddress } from '@/lib/security/request-address';

const KEPT_FIELDS = ['applicantType', 'applicantName', 'applicantUscc', 'phone', 'email', 'reason', 'description', 'declaration', 'commitment'];

/** Objection and repair forms: parse → receive (durable) → answer with a receipt or the errors. */
export async function submitApplicationAction(kind: ApplicationKind, uscc: string, prev: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  const address = await currentClientAddress();
  const outcome = await receiveApplication(kind, uscc, form, address, await formBrowserId());
  const version = prev.version + 1;
  if (outcome.ok) return { version, values: {}, errors: [], receipt: outcome.receipt };
  const values = Object.fromEntries(KEPT_FIELDS.map((k) => [k, typeof form.get(k) === 'string' ? (form.get(k) as string) : '']));
  return { version, values, errors: outcome.errors };
}

import 'server-only';
// Every staff Server Action's checks, written once and in this order: a signed-in staff member, a
// valid anti-forgery token for that session, then the form's fields parsed with the action's zod
// schema. Each failure becomes an ActionResult error (never an exception), so the action only maps
// results to its redirects or form state. Modelled on dub's `authActionClient` (next-safe-action).
import type { z } from 'zod';
import { AppError } from '../errors';
import { verifyStaffCsrf } from '../security/csrf';
import { getCurrentStaff } from '../staff/session';
import type { StaffUser } from '../staff/types';
import { CODE_FIELDS, fieldsWithPersonalIdNumber } from '../uscc';
import { fieldsOf, formFailure, issuesFromZod, textFieldsOf, type ActionResult, type FieldIssue } from './action-result';

/** The issue code of a field holding a natural person's ID number (`params.field` names the field). */
export const PERSONAL_ID_CODE = 'personalIdNumber';
/** Fields never scanned for ID numbers: the anti-forgery token and code fields with formats of their own. */
const NOT_SCANNED: readonly string[] = ['csrf', ...CODE_FIELDS];

/**
 * The form-level codes of the checks: `signedOut` (no staff session; the action sends the person to
 * sign in), `invalidForm` (the body is not a form), `csrf` (token missing, stale or of another session).
 * A text field holding a natural person's ID number gets the field issue PERSONAL_ID_CODE.
 */
export type StaffCheckCode = 'signedOut' | 'invalidForm' | 'csrf';

export interface StaffActionContext {
  user: StaffUser;
  /** The posted form, for what the schema does not model (files, repeated fields). */
  form: FormData;
}

export interface StaffActionOptions {
  /** The code of a field issue whose schema gives no message of its own (default `invalidValue`). */
  fallback?: string;
}

/** Wraps `handler` in the staff checks; the result takes the posted form (or anything posted as one). */
export function staffAction<S extends z.ZodType, T extends object>(
  schema: S,
  handler: (input: z.output<S>, context: StaffActionContext) => Promise<ActionResult<T>>,
  options: StaffActionOptions = {},
): (form: unknown) => Promise<ActionResult<T>> {
  const fallback = options.fallback ?? 'invalidValue';
  return async (form) => {
    const user = await getCurrentStaff();
    if (!user) return formFailure('signedOut');
    if (!(form instanceof FormData)) return formFailure('invalidForm');
    try {
      await verifyStaffCsrf(user, form.get('csrf')?.toString() ?? null);
    } catch (error) {
      if (error instanceof AppError && error.code === 'csrf_failed') return formFailure('csrf');
      throw error;
    }
    // A natural person's ID number in any text field is refused by name before anything is saved
    // (replies, notes and policies are published or sent on); the other fields' problems come too.
    const personal = fieldsWithPersonalIdNumber(textFieldsOf(form), NOT_SCANNED);
    const idIssues: FieldIssue[] = personal.map((field) => ({ field, code: PERSONAL_ID_CODE, params: { field } }));
    const parsed = schema.safeParse(fieldsOf(form), { error: () => fallback });
    if (!parsed.success) return { ok: false, errors: [...idIssues, ...issuesFromZod(parsed.error, { fallback }).filter((i) => !personal.includes(i.field))] };
    if (idIssues.length > 0) return { ok: false, errors: idIssues };
    return handler(parsed.data, { user, form });
  };
}

/** True when the result is the sign-in check's refusal (the action then redirects to sign-in). */
export function isSignedOut(result: ActionResult): boolean {
  return !result.ok && result.errors.some((e) => e.code === 'signedOut');
}

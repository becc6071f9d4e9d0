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
import { fieldsOf, formFailure, issuesFromZod, type ActionResult } from './action-result';

/**
 * The form-level codes of the checks: `signedOut` (no staff session; the action sends the person to
 * sign in), `invalidForm` (the body is not a form), `csrf` (token missing, stale or of another session).
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
    const parsed = schema.safeParse(fieldsOf(form), { error: () => fallback });
    if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error, { fallback }) };
    return handler(parsed.data, { user, form });
  };
}

/** True when the result is the sign-in check's refusal (the action then redirects to sign-in). */
export function isSignedOut(result: ActionResult): boolean {
  return !result.ok && result.errors.some((e) => e.code === 'signedOut');
}

'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toAppError } from '@/lib/api/respond';
import { nextVersion, textFieldsOf, type FieldIssue, type FormState } from '@/lib/forms/action-result';
import { isSignedOut, staffAction } from '@/lib/forms/staff-action';
import { signIn, signOut } from '@/lib/staff/session';

/**
 * The sign-in form's state: the username kept, and one issue (AdminSignIn.*): on `username` for
 * invalid, locked (`{ time }`, HH:mm China time, when the account opens again), rateLimited and
 * missing; form-level for serviceUnavailable.
 */
export type SignInState = FormState<{ username: string }>;

const signInSchema = z.object({
  username: z
    .string()
    .catch('')
    .transform((s) => s.slice(0, 80)),
  password: z
    .string()
    .catch('')
    .transform((s) => s.slice(0, 200)),
  next: z.string().catch(''),
});

/** Only same-site back-office paths are followed after sign-in (no open redirect). */
function safeNext(next: string): string {
  return /^\/admin(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/admin';
}

export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const { username, password, next } = signInSchema.parse(form instanceof FormData ? textFieldsOf(form) : {});
  const answer = (issue: FieldIssue): SignInState => ({ version: nextVersion(previous), values: { username }, errors: [issue] });
  if (!username.trim() || !password) return answer({ field: 'username', code: 'missing' });
  let result;
  try {
    result = await signIn(username, password);
  } catch (error) {
    if (toAppError(error).code === 'service_unavailable') return answer({ field: 'form', code: 'serviceUnavailable' });
    throw error;
  }
  if (!result.ok) {
    if (result.reason === 'locked') {
      const time = result.until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
      return answer({ field: 'username', code: 'locked', params: { time } });
    }
    return answer({ field: 'username', code: result.reason === 'rate_limited' ? 'rateLimited' : 'invalid' });
  }
  redirect(safeNext(next));
}

/** Ends the session; a forged or stale sign-out form goes back to the back office's home page. */
const receiveSignOut = staffAction(z.object({}), async () => {
  await signOut();
  return { ok: true };
});

export async function signOutAction(form: FormData): Promise<void> {
  const result = await receiveSignOut(form);
  redirect(result.ok || isSignedOut(result) ? '/admin/sign-in' : '/admin');
}

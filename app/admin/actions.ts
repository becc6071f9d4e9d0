'use server';
import { redirect } from 'next/navigation';
import { toAppError } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { verifyStaffCsrf } from '@/lib/security/csrf';
import { getCurrentStaff, signIn, signOut } from '@/lib/staff/session';

export interface SignInState {
  error?: 'invalid' | 'locked' | 'rateLimited' | 'missing' | 'expired' | 'serviceUnavailable';
  /** HH:mm, China time, when a locked account opens again. */
  lockedUntil?: string;
  username?: string;
}

/** Only same-site back-office paths are followed after sign-in (no open redirect). */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '';
  return /^\/admin(\/[A-Za-z0-9/_\-.?=&%]*)?$/.test(next) && !next.startsWith('//') ? next : '/admin';
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const username = String(form.get('username') ?? '').slice(0, 80);
  const password = String(form.get('password') ?? '').slice(0, 200);
  if (!username.trim() || !password) return { error: 'missing', username };
  let result;
  try {
    result = await signIn(username, password);
  } catch (error) {
    if (toAppError(error).code === 'service_unavailable') return { error: 'serviceUnavailable', username };
    throw error;
  }
  if (!result.ok) {
    if (result.reason === 'locked') return {
        error: 'locked',
        lockedUntil: result.until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }),
        username,
      };
    return { error: result.reason === 'rate_limited' ? 'rateLimited' : 'invalid', username };
  }
  redirect(safeNext(form.get('next')));
}

export async function signOutAction(form: FormData): Promise<void> {
  const user = await getCurrentStaff();
  if (user) {
    try {
      await verifyStaffCsrf(user, form.get('csrf') as string | null);
    } catch (error) {
      if (error instanceof AppError) redirect('/admin');
      throw error;
    }
    await signOut();
  }
  redirect('/admin/sign-in');
}

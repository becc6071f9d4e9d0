import 'server-only';
// Staff sessions: a random token in a Secure (on HTTPS), HttpOnly, SameSite=Lax cookie; the database
// keeps only its SHA-256. Idle sessions end after 2 hours, every session after 12. Five wrong
// passwords in a row lock the account for 15 minutes; sign-in attempts are rate-limited per address.
import { createHash, randomBytes } from 'node:crypto';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { endStaffSession, recordFailedSignIn, startStaffSession, touchStaffSession } from '../db/mutations/staff';
import { findStaffAccount, findStaffSession } from '../db/queries/staff';
import { secureCookies } from '../env';
import { takeRateLimit } from '../security/rate-limits';
import { currentClientAddress } from '../security/request-address';
import { dummyPasswordHash, verifyPassword } from './password';
import type { StaffUser } from './types';

export type { StaffUser } from './types';

const IDLE_MS = 2 * 3600_000;
const ABSOLUTE_MS = 12 * 3600_000;
const TOUCH_EVERY_MS = 60_000;
export const LOCK_THRESHOLD = 5;
export const LOCK_MINUTES = 15;

function cookieName(): string {
  // The __Host- prefix pins the cookie to this origin and path / (browsers require Secure for it).
  return secureCookies() ? '__Host-staff_session' : 'staff_session';
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export type SignInResult = { ok: true } | { ok: false; reason: 'invalid' | 'rate_limited' } | { ok: false; reason: 'locked'; until: Date };

/** Checks the password and, if right, starts a session and sets its cookie (Server Actions only). */
export async function signIn(usernameInput: string, password: string): Promise<SignInResult> {
  if (!(await takeRateLimit('staffSignIn', await currentClientAddress())).ok) return { ok: false, reason: 'rate_limited' };
  const username = usernameInput.trim().toLowerCase();
  const account = username ? await findStaffAccount(username) : undefined;
  if (!account || account.disabled) {
    await verifyPassword(await dummyPasswordHash(), password); // same work as a real check
    return { ok: false, reason: 'invalid' };
  }
  if (account.lockedUntil && account.lockedUntil > Date.now()) return { ok: false, reason: 'locked', until: new Date(account.lockedUntil) };
  if (!(await verifyPassword(account.passwordHash, password))) {
    const lockedUntil = await recordFailedSignIn(account.id, LOCK_THRESHOLD, LOCK_MINUTES);
    return lockedUntil ? { ok: false, reason: 'locked', until: lockedUntil } : { ok: false, reason: 'invalid' };
  }
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await startStaffSession(account.id, sha256(token), new Date(now + IDLE_MS));
  (await cookies()).set(cookieName(), token, {
    httpOnly: true,
    secure: secureCookies(),
    sameSite: 'lax',
    path: '/',
    maxAge: ABSOLUTE_MS / 1000,
  });
  return { ok: true };
}

/** The signed-in staff member, or null. Cached per request. */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const token = (await cookies()).get(cookieName())?.value;
  if (!token) return null;
  const tokenHash = sha256(token);
  const session = await findStaffSession(tokenHash);
  if (!session) return null;
  const now = Date.now();
  if (now - session.createdAt > ABSOLUTE_MS) return null;
  if (now - session.lastSeenAt > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now + IDLE_MS, session.createdAt + ABSOLUTE_MS));
    await touchStaffSession(tokenHash, expiresAt);
  }
  return {
    id: session.userId,
    username: session.username,
    displayName: session.displayName,
    role: session.role,
    departmentId: session.departmentId,
    departmentCode: session.departmentCode,
    departmentName: session.departmentName,
    sessionId: tokenHash.slice(0, 32),
  };
});

/** The signed-in staff member; otherwise redirects to the sign-in page. */
export async function requireStaff(): Promise<StaffUser> {
  const user = await getCurrentStaff();
  if (!user) redirect('/admin/sign-in');
  return user;
}

/** A platform admin; a reviewer gets the "not allowed" page. */
export async function requireAdmin(): Promise<StaffUser> {
  const user = await requireStaff();
  if (user.role !== 'admin') redirect('/admin?denied=1');
  return user;
}

/** Ends the current session and clears its cookie (Server Actions only). */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(cookieName())?.value;
  const user = await getCurrentStaff();
  if (token && user) await endStaffSession(sha256(token), user.id);
  jar.delete(cookieName());
}

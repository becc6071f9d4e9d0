import 'server-only';
// Anti-forgery tokens, stateless (HMAC with the app secret), checked on every state-changing request.
// Staff tokens are bound to the session (a token from one session is worthless in another); public
// form tokens carry their issue time and expire after two hours. Next.js also checks the Origin of
// Server Action posts; these tokens are the second, explicit line and work for route handlers too.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { appSecret } from '../env';
import { AppError } from '../errors';
import type { StaffUser } from '../staff/types';

const PUBLIC_TOKEN_TTL_MS = 2 * 3600_000;

function sign(message: string): string {
  return createHmac('sha256', appSecret()).update(message).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The anti-forgery token of the signed-in staff member's current session. */
export async function staffCsrfToken(user: StaffUser): Promise<string> {
  return sign(`staff:${user.sessionId}`);
}

export async function verifyStaffCsrf(user: StaffUser, token: string | null | undefined): Promise<void> {
  if (!token || !safeEqual(token, sign(`staff:${user.sessionId}`))) throw new AppError('csrf_failed');
}

/** A token for an anonymous form: `<issuedAtMs>.<nonce>.<signature>`, valid for two hours. */
export function publicCsrfToken(now: number = Date.now()): string {
  const body = `${now}.${randomBytes(9).toString('base64url')}`;
  return `${body}.${sign(`public:${body}`)}`;
}

export function verifyPublicCsrf(token: string | null | undefined, now: number = Date.now()): void {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) throw new AppError('csrf_failed');
  const [issued, nonce, signature] = parts as [string, string, string];
  const issuedAt = Number(issued);
  if (!Number.isFinite(issuedAt) || now - issuedAt > PUBLIC_TOKEN_TTL_MS || issuedAt - now > 60_000) throw new AppError('csrf_failed');
  if (!safeEqual(signature, sign(`public:${issued}.${nonce}`))) throw new AppError('csrf_failed');
}

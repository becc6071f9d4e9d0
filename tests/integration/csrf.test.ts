// Anti-forgery tokens (lib/security/csrf.ts), keyed by the app secret of the running services.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { publicCsrfToken, staffCsrfToken, verifyPublicCsrf, verifyStaffCsrf } from '../../lib/security/csrf';
import type { StaffUser } from '../../lib/staff/types';

const user = (sessionId: string): StaffUser => ({
  id: 1,
  username: 'u',
  displayName: 'u',
  role: 'reviewer',
  departmentId: 1,
  departmentCode: 'jnamr',
  departmentName: '市场监管局',
  sessionId,
});

const csrfFailed = (fn: () => unknown) => expect(fn).toThrow(expect.objectContaining({ code: 'csrf_failed' }) as unknown as AppError);

describe('anti-forgery tokens', () => {
  it('binds a staff token to its session', async () => {
    const token = await staffCsrfToken(user('session-a'));
    await expect(verifyStaffCsrf(user('session-a'), token)).resolves.toBeUndefined();
    await expect(verifyStaffCsrf(user('session-b'), token)).rejects.toMatchObject({ code: 'csrf_failed', status: 403 });
    await expect(verifyStaffCsrf(user('session-a'), null)).rejects.toMatchObject({ code: 'csrf_failed' });
    await expect(verifyStaffCsrf(user('session-a'), `${token.slice(0, -2)}xx`)).rejects.toMatchObject({ code: 'csrf_failed' });
  });

  it('accepts a public token for two hours, then refuses it; refuses forgeries', () => {
    const issued = Date.now();
    const token = publicCsrfToken(issued);
    expect(() => verifyPublicCsrf(token, issued + 60_000)).not.toThrow();
    csrfFailed(() => verifyPublicCsrf(token, issued + 2 * 3600_000 + 1));
    csrfFailed(() => verifyPublicCsrf(undefined));
    csrfFailed(() => verifyPublicCsrf('forged'));
    const [time, nonce, signature] = token.split('.');
    csrfFailed(() => verifyPublicCsrf(`${Number(time) + 1}.${nonce}.${signature}`, issued));
    csrfFailed(() => verifyPublicCsrf(`${time}.${nonce}x.${signature}`, issued));
  });
});

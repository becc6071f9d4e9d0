// Bad input gets a clear 4xx, never a 500, through the real route handlers and form handlers:
// malformed percent-encoding in code segments, a non-ASCII bearer on the page-expiry endpoint, and
// the unmatched-queue form without its anti-forgery token.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { POST as revalidate } from '../../app/api/internal/revalidate/route';
import { GET as getEntity } from '../../app/api/v1/entities/[uscc]/route';
import { GET as getEntityFeed } from '../../app/[locale]/entities/[uscc]/feed.atom/route';
import { closeDb } from '../../lib/db/client';
import { revalidateSecret } from '../../lib/env';
import { answerResolveUnmatchedForm } from '../../lib/intake/resolve-unmatched';
import { staffCsrfToken } from '../../lib/security/csrf';
import type { StaffUser } from '../../lib/staff/types';

// The staff forms' checks read the session (lib/forms/staff-action.ts): here it is whoever `signedIn.user` is.
const signedIn = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock('../../lib/staff/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/staff/session')>()),
  getCurrentStaff: async () => signedIn.user,
}));

afterAll(async () => {
  await closeDb();
});

describe('percent-encoding in code segments', () => {
  // `/api/v1/entities/%25E0` reaches the handler as `%E0` (Next decodes the path once).
  for (const raw of ['%E0', '%E0%A4', '%', '91370102MA3C5PRX3%']) {
    it(`the entity API answers 400 invalid_uscc for ${raw}`, async () => {
      const res = await getEntity(new Request(`http://localhost/api/v1/entities/x`, { headers: { 'accept-language': 'en' } }), {
        params: Promise.resolve({ uscc: raw }),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_uscc');
    });

    it(`the entity feed answers 404 for ${raw}`, async () => {
      const res = await getEntityFeed(new Request('http://localhost/zh-CN/entities/x/feed.atom'), { params: Promise.resolve({ locale: 'zh-CN', uscc: raw }) });
      expect(res.status).toBe(404);
    });
  }
});

describe('the page-expiry endpoint', () => {
  const call = (authorization: string, body: unknown = { tags: [] }) =>
    revalidate(
      new Request('http://localhost/api/internal/revalidate', {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );

  it("refuses a bearer of the secret's length in characters but not in bytes with 401, not 500", async () => {
    const secret = revalidateSecret()!;
    expect(secret.length).toBeGreaterThanOrEqual(24);
    // Header values are Latin-1: 32 characters of é are 64 bytes once encoded as UTF-8.
    const res = await call(`Bearer ${'é'.repeat(secret.length)}`);
    expect(res.status).toBe(401);
  });

  it('refuses any wrong bearer the same way, whatever its length', async () => {
    const secret = revalidateSecret()!;
    for (const given of ['', 'x', 'x'.repeat(secret.length), `${secret}x`, secret.slice(0, -1), 'é'.repeat(secret.length * 2)]) {
      expect((await call(`Bearer ${given}`)).status).toBe(401);
    }
  });

  it('lets the right secret through to the body check', async () => {
    // An empty tag list is a 400: the bearer was accepted, and nothing was expired.
    expect((await call(`Bearer ${revalidateSecret()}`)).status).toBe(400);
  });
});

describe('the unmatched-queue match form', () => {
  const user: StaffUser = {
    id: 1,
    username: 'u',
    displayName: 'u',
    role: 'reviewer',
    departmentId: 1,
    departmentCode: 'jnamr',
    departmentName: '市场监管局',
    sessionId: 'bad-input-test',
  };
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    return f;
  };

  it('sends a signed-out person to the sign-in page', async () => {
    signedIn.user = null;
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: '42', entityId: '7' }))).toBe('/admin/sign-in');
  });

  it('sends a form without its anti-forgery token back to the item with a clear error, not a 500', async () => {
    signedIn.user = user;
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: '42', entityId: '7' }))).toBe('/admin/intake/unmatched/42?error=csrf');
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: '42', entityId: '7', csrf: 'forged' }))).toBe('/admin/intake/unmatched/42?error=csrf');
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: 'x' }))).toBe('/admin/intake/unmatched?error=csrf');
    expect(await answerResolveUnmatchedForm('not a form')).toBe('/admin/intake/unmatched?error=invalid');
  });

  it("with a valid token, still answers a missing firm or an unknown item with the page's own errors", async () => {
    signedIn.user = user;
    const csrf = await staffCsrfToken(user);
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: '42', csrf }))).toBe('/admin/intake/unmatched/42?error=noEntity');
    expect(await answerResolveUnmatchedForm(form({ unmatchedId: '999999999', entityId: '1', csrf }))).toBe('/admin/intake/unmatched?error=not_found');
  });
});

// Staff maintenance of the publicity catalogue (issue 17 part 1) against the real PostgreSQL: an
// admin adds a version effective tomorrow (audited, announced through the outbox, listed as upcoming,
// applied to records decided from that day only); a reviewer, a version for today and a second
// version on the same day are refused with specific messages, and refusals write nothing.
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { StaffUser } from '../../lib/staff/types';

// The staff forms' checks read the session (lib/forms/staff-action.ts): here it is whoever `signedIn.user` is.
const signedIn = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock('../../lib/staff/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/staff/session')>()),
  getCurrentStaff: async () => signedIn.user,
}));

const { closeDb, getSql } = await import('../../lib/db/client');
const { listPublicityRules } = await import('../../lib/db/queries/publicity-catalogue');
const { receivePublicityRule } = await import('../../lib/publicity/receive-publicity-rule');
const { staffCsrfToken } = await import('../../lib/security/csrf');
const { addDays } = await import('../../lib/credit');
const { findPublicityRule, upcomingRules } = await import('../../lib/domain/publicity');
const { ratingDate } = await import('../../lib/env');
const { createStaff } = await import('../factories/staff');

const sql = getSql();

afterAll(async () => {
  await sql`delete from publicity_catalogue where created_by is not null`;
  await closeDb();
});

async function staffUser(role: 'admin' | 'reviewer', session: string): Promise<StaffUser> {
  const account = await createStaff('jnamr', role);
  const [dept] = await sql<{ id: number }[]>`select id from departments where code = 'jnamr'`;
  return {
    id: account.id,
    username: account.username,
    displayName: 'x',
    role,
    departmentId: dept!.id,
    departmentCode: 'jnamr',
    departmentName: 'x',
    sessionId: session.repeat(32),
  };
}

async function form(user: StaffUser, fields: Record<string, string>): Promise<FormData> {
  const f = new FormData();
  f.set('csrf', await staffCsrfToken(user));
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const counts = async () => {
  const [row] = await sql<{ rules: number; audit: number; outbox: number }[]>`
    select (select count(*)::int from publicity_catalogue) as rules,
           (select count(*)::int from audit_log where action = 'catalogue.add_version') as audit,
           (select count(*)::int from outbox where topic = 'pages.expire' and payload->'tags' ? 'catalogue') as outbox`;
  return row!;
};

describe('a new catalogue version', () => {
  it('is added by an admin from tomorrow, audited and announced, and governs records decided from then on', async () => {
    const admin = await staffUser('admin', 'c');
    signedIn.user = admin;
    const tomorrow = addDays(ratingDate(), 1);
    const before = await counts();
    const fields = {
      kind: 'penalty',
      severity: 'general',
      minMonths: '6',
      maxMonths: '24',
      collectionWorkingDays: '7',
      countsTowardLevel: 'yes',
      repairBeforeMax: 'yes',
      effectiveFrom: tomorrow,
      note: '测试版本',
    };
    const result = await receivePublicityRule(await form(admin, fields));
    expect(result.ok).toBe(true);
    expect(await counts()).toEqual({ rules: before.rules + 1, audit: before.audit + 1, outbox: before.outbox + 1 });
    const [audit] = await sql<{ actorId: string; details: { maxMonths: number } }[]>`
      select actor_id as "actorId", details from audit_log where action = 'catalogue.add_version' order by id desc limit 1`;
    expect(audit).toMatchObject({ actorId: String(admin.id), details: { maxMonths: 24 } });

    const catalogue = await listPublicityRules();
    // Today nothing changes; from tomorrow a general penalty is published up to 24 months.
    expect(findPublicityRule(catalogue, 'penalty', 'general', ratingDate())!.maxMonths).toBe(12);
    expect(findPublicityRule(catalogue, 'penalty', 'general', tomorrow)).toMatchObject({ maxMonths: 24, minMonths: 6 });
    expect(upcomingRules(catalogue, ratingDate())).toEqual([expect.objectContaining({ kind: 'penalty', severity: 'general', effectiveFrom: tomorrow })]);

    // The same kind and severity cannot get a second version that day.
    const again = await receivePublicityRule(await form(admin, fields));
    expect(again).toEqual({ ok: false, errors: [{ field: 'effectiveFrom', code: 'duplicate' }] });
  });

  it('is refused for today, for a reviewer, and with a minimum above the maximum; nothing is written', async () => {
    const admin = await staffUser('admin', 'd');
    const reviewer = await staffUser('reviewer', 'e');
    const before = await counts();
    const base = {
      kind: 'judicial_assistance',
      minMonths: '12',
      maxMonths: '24',
      collectionWorkingDays: '20',
      countsTowardLevel: 'yes',
      effectiveFrom: addDays(ratingDate(), 2),
    };
    signedIn.user = admin;
    const today = await receivePublicityRule(await form(admin, { ...base, effectiveFrom: ratingDate() }));
    expect(today).toEqual({ ok: false, errors: [{ field: 'effectiveFrom', code: 'notFuture' }] });
    const inverted = await receivePublicityRule(await form(admin, { ...base, minMonths: '30' }));
    expect(inverted).toEqual({ ok: false, errors: [{ field: 'minMonths', code: 'minAboveMax' }] });
    const severity = await receivePublicityRule(await form(admin, { ...base, severity: 'serious' }));
    expect(severity).toEqual({ ok: false, errors: [{ field: 'severity', code: 'severityNotPenalty' }] });
    signedIn.user = reviewer;
    expect(await receivePublicityRule(await form(reviewer, base))).toEqual({ ok: false, errors: [{ field: 'form', code: 'forbidden' }] });
    signedIn.user = null;
    expect(await receivePublicityRule(await form(admin, base))).toEqual({ ok: false, errors: [{ field: 'form', code: 'signedOut' }] });
    expect(await counts()).toEqual(before);
  });
});

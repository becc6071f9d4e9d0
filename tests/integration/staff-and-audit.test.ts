// Staff accounts and the hash-chained audit log against real PostgreSQL.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { appendAudit } from '../../lib/db/mutations/append-audit';
import { recordFailedSignIn } from '../../lib/db/mutations/staff';
import { findStaffAccount } from '../../lib/db/queries/staff';
import { verifyAuditChain } from '../../lib/db/queries/verify-audit-chain';
import { verifyPassword } from '../../lib/staff/password';
import { createStaffUser, StaffUserError } from '../../lib/staff/users';

const sql = getSql();

afterAll(async () => {
  await closeDb();
});

describe('staff accounts', () => {
  it('stores an argon2id hash, never the password', async () => {
    const { username, password } = await createStaffUser({ departmentCode: 'jnamr', role: 'reviewer', username: `hash-${Date.now()}` });
    const account = await findStaffAccount(username);
    expect(account?.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(account?.passwordHash).not.toContain(password);
    expect(await verifyPassword(account!.passwordHash, password)).toBe(true);
    expect(await verifyPassword(account!.passwordHash, `${password}x`)).toBe(false);
  });

  it('refuses an unknown department, a bad username and a taken one, naming the problem', async () => {
    await expect(createStaffUser({ departmentCode: 'no-such-dept', role: 'reviewer' })).rejects.toThrow(/Unknown department "no-such-dept".*jnamr/);
    await expect(createStaffUser({ departmentCode: 'jnamr', role: 'reviewer', username: 'A B' })).rejects.toBeInstanceOf(StaffUserError);
    const username = `taken-${Date.now()}`;
    await createStaffUser({ departmentCode: 'jnamr', role: 'admin', username });
    await expect(createStaffUser({ departmentCode: 'jnamr', role: 'admin', username })).rejects.toThrow(/is taken/);
  });

  it('locks an account after five wrong passwords in a row', async () => {
    const { id } = await createStaffUser({ departmentCode: 'jntax', role: 'reviewer', username: `lock-${Date.now()}` });
    for (let i = 1; i <= 4; i += 1) expect(await recordFailedSignIn(id, 5, 15)).toBeNull();
    const until = await recordFailedSignIn(id, 5, 15);
    expect(until).toBeInstanceOf(Date);
    expect(until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const [actions] = await sql<{ n: number }[]>`
      select count(*)::int as n from audit_log where subject_type = 'staff_user' and subject_id = ${String(id)} and action = 'staff.lock_out'`;
    expect(actions!.n).toBe(1);
  });

  it('the CLI prints the password as its last line and it works', () => {
    const username = `cli-${Date.now()}`;
    const out = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin-create-user.ts', '--department', 'jnamr', '--role', 'admin', '--username', username],
      { encoding: 'utf8', env: process.env },
    );
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^[A-Za-z2-9]{20}$/);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin-create-user.ts', '--department', 'jnamr', '--role', 'boss'], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--role must be one of: reviewer, admin');
  });
});

describe('audit log', () => {
  it('chains every entry and `npm run audit:verify` finds it intact', async () => {
    await sql.begin((tx) =>
      appendAudit(tx, {
        actorType: 'system',
        actorId: 'test',
        action: 'test.entry',
        subjectType: 'test',
        subjectId: '1',
        details: { b: 2, a: [1, { z: 1, y: null }] },
      }),
    );
    const report = await verifyAuditChain(2);
    expect(report.brokenAt).toBeNull();
    expect(report.entries).toBeGreaterThan(1);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { encoding: 'utf8', env: process.env });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/chain intact: \d+ entries verified/);
  });

  it('refuses UPDATE and DELETE', async () => {
    await expect(sql`update audit_log set action = 'edited' where id = (select min(id) from audit_log)`).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = (select max(id) from audit_log)`).rejects.toThrow(/append-only/);
  });

  it('detects a silent edit made by someone who bypasses the trigger', async () => {
    const [target] = await sql<{ id: number; details: string }[]>`select id::int as id, details::text as details from audit_log order by id limit 1 offset 1`;
    await sql.begin(async (tx) => {
      await tx`alter table audit_log disable trigger audit_log_no_update`;
      await tx`update audit_log set details = '{"forged":true}'::jsonb where id = ${target!.id}`;
      await tx`alter table audit_log enable trigger audit_log_no_update`;
    });
    try {
      const report = await verifyAuditChain();
      expect(report.brokenAt).toEqual({ id: target!.id, reason: 'hash' });
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { encoding: 'utf8', env: process.env });
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`BROKEN at entry ${target!.id}`);
    } finally {
      // Put the entry back so later suites see an intact chain.
      await sql.begin(async (tx) => {
        await tx`alter table audit_log disable trigger audit_log_no_update`;
        await tx`update audit_log set details = ${target!.details}::text::jsonb where id = ${target!.id}`;
        await tx`alter table audit_log enable trigger audit_log_no_update`;
      });
    }
    expect((await verifyAuditChain()).brokenAt).toBeNull();
  });
});

// Policies against real PostgreSQL and Meilisearch: staff mutations validate with the one schema
// and write the outbox and audit in the same transaction; with the worker running, a policy
// changed or withdrawn by staff reaches search and the guide within seconds; support intake is
// idempotent per (department, sourceRef) and rejects per item and field.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { getPolicyRow, listPoliciesInForce } from '../../lib/db/queries/policies';
import { matchPolicy } from '../../lib/domain/policies';
import { ratingDate } from '../../lib/env';
import { ingestSupport } from '../../lib/policies/ingest-support';
import { savePolicy, withdrawPolicy } from '../../lib/policies/save-policy';
import { searchPolicyIds } from '../../lib/search';
import type { StaffUser } from '../../lib/staff/types';
import { createEntity, uniqueNamePart } from '../factories/entities';
import { createStaffUserOf } from '../factories/staff';

const sql = getSql();
let admin: StaffUser;
let reviewer: StaffUser;

const input = (title: string, over: Record<string, unknown> = {}) => ({
  title,
  issuingDepartment: 'jnjr',
  docNo: '济金发〔2025〕99号',
  issuedOn: '2025-01-02',
  category: 'finance_credit',
  sizes: ['micro'],
  industries: ['F52'],
  districts: ['370112'],
  benefits: '小微企业贷款贴息，最高10万元。',
  validFrom: '2025-01-02',
  validTo: null,
  ...over,
});

async function counts(): Promise<{ outbox: number; audit: number; policies: number }> {
  const [r] = await sql<{ outbox: number; audit: number; policies: number }[]>`
    select (select count(*) from outbox)::int as outbox, (select count(*) from audit_log)::int as audit, (select count(*) from policies)::int as policies`;
  return r!;
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return Date.now() - started;
}

const search = (q: string) => searchPolicyIds({ q, today: ratingDate(), page: 1, limit: 20 });
const guideIds = async (firm: { size: 'micro' | 'small'; industryCode: string; districtCode: string }) =>
  (await listPoliciesInForce(ratingDate())).filter((p) => matchPolicy(p, firm).eligible).map((p) => p.id);

beforeAll(async () => {
  admin = await createStaffUserOf('jnjr', 'admin');
  reviewer = await createStaffUserOf('jnjr', 'reviewer');
});

afterAll(async () => {
  await closeDb();
});

describe('policy mutations', () => {
  it('refuses bad input with the field and a code, writing nothing', async () => {
    const before = await counts();
    expect(await savePolicy(admin, input('X', { validFrom: '2025-02-01', validTo: '2025-01-31' }))).toEqual({
      ok: false,
      errors: [{ field: 'validTo', code: 'endBeforeStart' }],
    });
    expect(await savePolicy(admin, input('X', { category: 'lottery' }))).toEqual({ ok: false, errors: [{ field: 'category', code: 'unknownCategory' }] });
    expect(await savePolicy(admin, input('X', { issuingDepartment: '' }))).toEqual({
      ok: false,
      errors: [{ field: 'issuingDepartment', code: 'departmentRequired' }],
    });
    expect(await savePolicy(admin, input('X', { issuingDepartment: 'no-such-dept' }))).toEqual({
      ok: false,
      errors: [{ field: 'issuingDepartment', code: 'unknownDepartment' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('writes the policy, its outbox row and its audit entry together; flags late publication', async () => {
    const before = await counts();
    const result = await savePolicy(admin, input(`审计${uniqueNamePart()}贷款办法`, { publishedOn: '2025-02-15' }));
    expect(result.ok).toBe(true);
    const id = (result as { id: number }).id;
    const after = await counts();
    expect(after.policies).toBe(before.policies + 1);
    const outbox = await sql<{ payload: string }[]>`select payload::text as payload from outbox where topic = 'policy.changed' order by id desc limit 20`;
    expect(outbox.some((o) => (JSON.parse(o.payload) as { policyIds: number[] }).policyIds.includes(id))).toBe(true);
    const [audit] = await sql<
      { action: string; actorId: string }[]
    >`select action, actor_id as "actorId" from audit_log where subject_type = 'policy' and subject_id = ${String(id)}`;
    expect(audit).toEqual({ action: 'policy.create', actorId: String(admin.id) });
    const row = await getPolicyRow(id);
    expect(row).toMatchObject({ status: 'published', publishedOn: '2025-02-15', publishedLate: true, sizes: ['micro'], districts: ['370112'] });
  });

  it('lets a reviewer manage only its own department’s policies', async () => {
    const other = await savePolicy(admin, input(`他部门${uniqueNamePart()}办法`, { issuingDepartment: 'jntax', category: 'tax_relief' }));
    expect(other.ok).toBe(true);
    const id = (other as { id: number }).id;
    expect(await savePolicy(reviewer, input('改他部门的', { issuingDepartment: 'jntax' }), id)).toEqual({
      ok: false,
      errors: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }],
    });
    expect(await savePolicy(reviewer, input('改成本部门的'), id)).toEqual({ ok: false, errors: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }] });
    expect(await withdrawPolicy(reviewer, id, '不需要')).toEqual({ ok: false, errors: [{ field: 'form', code: 'notOwnDepartment' }] });
    expect((await savePolicy(reviewer, input(`本部门${uniqueNamePart()}办法`))).ok).toBe(true);
  });
});

describe('with the worker running', () => {
  let worker: ChildProcess;

  beforeAll(() => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
    delete env.SITE_INTERNAL_URL;
    worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env, stdio: 'inherit' });
  });

  afterAll(async () => {
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
  });

  it('a policy changed, then withdrawn, by staff is updated in search and in the guide within seconds', async () => {
    const firm = { size: 'micro' as const, industryCode: 'F52', districtCode: '370112' };
    const word = uniqueNamePart();
    const created = await savePolicy(reviewer, input(`济南市${word}首贷贷款贴息办法`, { sizes: ['small'] }));
    expect(created.ok).toBe(true);
    const id = (created as { id: number }).id;
    const indexedMs = await waitFor(async () => (await search(`${word}首贷`)).ids.includes(id), 10_000);
    expect(await guideIds(firm)).not.toContain(id); // for small firms only

    // Changed: new title, now open to micro firms too.
    const renamed = `济南市${word}创业担保贷款贴息办法`;
    expect(await savePolicy(reviewer, input(renamed, { sizes: ['small', 'micro'] }), id)).toEqual({ ok: true, id });
    const changedMs = await waitFor(async () => {
      const [byNew, byOld] = await Promise.all([search(`${word}创业担保`), search(`${word}首贷`)]);
      return byNew.ids.includes(id) && !byOld.ids.includes(id);
    }, 10_000);
    expect(await guideIds(firm)).toContain(id);
    expect((await getPolicyRow(id))?.version).toBe(2);

    // Withdrawn: gone from search and the guide; the row keeps the reason.
    expect(await withdrawPolicy(reviewer, id, '政策调整')).toEqual({ ok: true });
    const withdrawnMs = await waitFor(async () => !(await search(`${word}创业担保`)).ids.includes(id), 10_000);
    expect(await guideIds(firm)).not.toContain(id);
    expect(await getPolicyRow(id)).toMatchObject({ status: 'withdrawn', withdrawalReason: '政策调整' });
    // The first wait includes the worker's start-up; the change and the withdrawal are the measure.
    for (const ms of [changedMs, withdrawnMs]) expect(ms).toBeLessThan(5_000);
    console.log(`[policies] search freshness: created ${indexedMs} ms, changed ${changedMs} ms, withdrawn ${withdrawnMs} ms`);
  }, 60_000);
});

describe('support intake', () => {
  it('is idempotent per (department, sourceRef), rejects per item and field, and announces the firm and policy', async () => {
    const firm = await createEntity();
    const [dept] = await sql<{ id: number }[]>`select id from departments where code = 'jnjr'`;
    const [policy] = await sql<{ id: number }[]>`select id from policies where status = 'published' order by id limit 1`;
    const ref = `sup-${uniqueNamePart()}-${Date.now()}`;
    const item = { sourceRef: ref, uscc: firm.uscc, policyId: policy!.id, content: '贷款贴息', amountCny: 15000, grantedOn: '2025-03-01' };
    const call = (items: unknown[]) =>
      ingestSupport({ departmentId: dept!.id, departmentCode: 'jnjr', items, locale: 'zh-CN', actor: { type: 'department', id: 'jnjr' } });
    await sql`delete from outbox where entity_id = ${firm.id}`;

    const first = await call([item, { ...item, sourceRef: `${ref}-b`, uscc: '91370100163044177L' }, { ...item, sourceRef: `${ref}-c`, policyId: 999999 }]);
    expect(first).toMatchObject({ accepted: 1, created: 1, updated: 0, unchanged: 0 });
    expect(first.rejected).toEqual([
      { index: 1, field: 'uscc', message: '本平台没有该统一社会信用代码的主体。' },
      { index: 2, field: 'policyId', message: '本平台没有该政策编号。' },
    ]);
    const [announced] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(announced!.n).toBe(1);

    expect(await call([item])).toMatchObject({ accepted: 1, created: 0, updated: 0, unchanged: 1, rejected: [] });
    expect(await call([{ ...item, amountCny: 18000 }])).toMatchObject({ accepted: 1, created: 0, updated: 1, unchanged: 0 });
    const rows = await sql<{ amount: number; version: number; year: number }[]>`
      select amount_cny::float8 as amount, version, year from support_received where source_department_id = ${dept!.id} and source_ref = ${ref}`;
    expect(rows).toEqual([{ amount: 18000, version: 2, year: 2025 }]);
    const [audit] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'intake.support' and subject_id = 'jnjr'`;
    expect(audit!.n).toBeGreaterThanOrEqual(3);
  });

  it('answers in English when asked', async () => {
    const [dept] = await sql<{ id: number }[]>`select id from departments where code = 'jnjr'`;
    const r = await ingestSupport({
      departmentId: dept!.id,
      departmentCode: 'jnjr',
      items: [{ sourceRef: 'x', uscc: 'bad', content: 'c', policyBasis: 'b', grantedOn: '2025-01-01' }],
      locale: 'en',
      actor: { type: 'department', id: 'jnjr' },
    });
    expect(r).toEqual({
      accepted: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: [{ index: 0, field: 'uscc', message: 'Not a valid unified social credit code.' }],
    });
  });
});

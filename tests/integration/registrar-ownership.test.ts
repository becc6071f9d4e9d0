// Registrar ownership (issue 15, finding 2) against real PostgreSQL: a registration authority
// updates only the firms it registers. Another registrar's item about such a firm is rejected for
// that item with a specific message (the batch's other items still apply), the firm keeps its data
// and its registrar (so objections keep going to the right queue), the import path never touches a
// firm, and a transfer is an explicit, audited staff action.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { importRecords } from '../../lib/intake/import-records';
import { csvTemplate } from '../../lib/intake/templates';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { buildUscc } from '../../lib/uscc';
import { daysAgo, uniqueNamePart } from '../factories/entities';
import { createStaff } from '../factories/staff';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');

interface Registrar {
  code: string;
  id: number;
  token: string;
  nameZhCn: string;
  nameEn: string;
}

async function makeRegistrar(suffix: string): Promise<Registrar> {
  const code = `o${run}${suffix}`;
  const token = generateDepartmentToken();
  const nameZhCn = `测试登记机关${suffix}${run}`;
  const nameEn = `Test registration authority ${suffix}${run}`;
  const { departmentId } = await insertDepartmentToken({ code, nameZhCn, nameEn, isRegistrar: true }, { name: 'test', prefix: token.prefix, hash: token.hash });
  return { code, id: departmentId, token: token.token, nameZhCn, nameEn };
}

function randomUscc(): string {
  const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[crypto.randomInt(31)]).join('');
  return buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: body });
}

function registration(uscc: string, extra: Record<string, unknown> = {}) {
  return {
    uscc,
    name: `济南${uniqueNamePart()}登记测试有限公司`,
    type: 'company',
    legalRepresentative: '王测试',
    registeredCapital: 100,
    establishedOn: daysAgo(30),
    address: '济南市历下区测试路8号',
    districtCode: '370102',
    industryCode: 'F52',
    status: 'active',
    ...extra,
  };
}

interface IntakeAnswer {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; field: string; message: string }[];
}

async function postAs(registrar: Registrar, entities: unknown[], locale = 'zh-CN'): Promise<IntakeAnswer> {
  const response = await postEntities(
    new Request('http://localhost/api/v1/intake/entities', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${registrar.token}`, 'accept-language': locale },
      body: JSON.stringify({ entities }),
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as IntakeAnswer;
}

async function firmRow(uscc: string) {
  const [row] = await sql<{ id: number; name: string; status: string; registrarId: number | null }[]>`
    select id::float8 as id, name, status::text as status, registrar_department_id as "registrarId" from entities where uscc = ${uscc}`;
  return row;
}

let a: Registrar;
let b: Registrar;

beforeAll(async () => {
  a = await makeRegistrar('a');
  b = await makeRegistrar('b');
});

afterAll(async () => {
  await closeDb();
});

describe('registrar ownership through the intake API', () => {
  it('rejects another registrar’s update of a firm for that item only, with a specific message, and applies the rest', async () => {
    const owned = registration(randomUscc());
    const first = await postAs(a, [owned]);
    expect(first).toMatchObject({ accepted: 1, created: 1, rejected: [] });
    const before = (await firmRow(owned.uscc))!;
    expect(before.registrarId).toBe(a.id);

    // B renames and cancels A's firm, and registers a firm of its own in the same call.
    const own = registration(randomUscc());
    const answer = await postAs(b, [{ ...owned, name: `济南${uniqueNamePart()}改名有限公司`, status: 'cancelled' }, own], 'en');
    expect(answer).toMatchObject({ accepted: 1, created: 1, updated: 0, unchanged: 0 });
    expect(answer.rejected).toEqual([{ index: 0, field: 'uscc', message: expect.stringContaining(a.nameEn) }]);
    expect(answer.rejected[0]!.message).toMatch(/registered by another registration authority/);

    const after = (await firmRow(owned.uscc))!;
    expect(after).toEqual(before);
    expect((await firmRow(own.uscc))!.registrarId).toBe(b.id);

    // The message is in the requester's language.
    const zh = await postAs(b, [{ ...owned, status: 'cancelled' }]);
    expect(zh.rejected).toEqual([{ index: 0, field: 'uscc', message: expect.stringContaining(a.nameZhCn) }]);
    expect(zh.accepted).toBe(0);

    // The owner still updates its firm.
    const renamed = { ...owned, address: '济南市历下区测试路9号' };
    expect(await postAs(a, [renamed])).toMatchObject({ accepted: 1, updated: 1, rejected: [] });
  });

  it('repeating a foreign firm’s identical data is still rejected, never counted as unchanged', async () => {
    const owned = registration(randomUscc());
    await postAs(a, [owned]);
    const answer = await postAs(b, [owned]);
    expect(answer).toMatchObject({ accepted: 0, unchanged: 0 });
    expect(answer.rejected.map((r) => r.index)).toEqual([0]);
  });

  it('a call whose every item is another registrar’s firm changes nothing: not even an audit entry (bench:fuzz found one)', async () => {
    const owned = registration(randomUscc());
    await postAs(a, [owned]);
    const count = () => sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'intake.entities' and subject_id = ${b.code}`;
    const [before] = await count();
    const answer = await postAs(b, [{ ...owned, name: `${owned.name}（改）` }]);
    expect(answer).toMatchObject({ accepted: 0, created: 0, updated: 0 });
    expect(answer.rejected).toHaveLength(1);
    const [after] = await count();
    expect(after!.n).toBe(before!.n);
  });

  it('a firm with no registrar on file is not claimed by whoever posts it', async () => {
    const orphan = registration(randomUscc());
    await postAs(a, [orphan]);
    await sql`update entities set registrar_department_id = null where uscc = ${orphan.uscc}`;
    const answer = await postAs(b, [{ ...orphan, status: 'cancelled' }]);
    expect(answer.rejected.map((r) => r.field)).toEqual(['uscc']);
    expect((await firmRow(orphan.uscc))!).toMatchObject({ status: 'active', registrarId: null });
  });

  it('two registrars posting the same new firm at once: one creates it, the other is rejected', async () => {
    const firm = registration(randomUscc());
    const [fromA, fromB] = await Promise.all([postAs(a, [firm]), postAs(b, [{ ...firm, status: 'cancelled' }])]);
    expect(fromA.created + fromB.created).toBe(1);
    expect(fromA.rejected.length + fromB.rejected.length).toBe(1);
    expect(fromA.unchanged + fromB.unchanged).toBe(0);
    const row = (await firmRow(firm.uscc))!;
    expect(row.registrarId).toBe(fromA.created === 1 ? a.id : b.id);
    expect(row.status).toBe(fromA.created === 1 ? 'active' : 'cancelled');
  });

  it('an objection about the firm as a whole still goes to the firm’s own registrar', async () => {
    const owned = registration(randomUscc());
    await postAs(a, [owned]);
    await postAs(b, [{ ...owned, status: 'cancelled' }]);
    // submit-application routes an entity-level objection to entities.registrar_department_id.
    const [row] = await sql<{ departmentId: number }[]>`select registrar_department_id as "departmentId" from entities where uscc = ${owned.uscc}`;
    expect(row!.departmentId).toBe(a.id);
  });
});

describe('the import path', () => {
  it('never changes a firm: another department’s import only adds its own records about it', async () => {
    const owned = registration(randomUscc());
    await postAs(a, [owned]);
    const before = (await firmRow(owned.uscc))!;
    const header = csvTemplate('penalty')
      .replace(/^\uFEFF/, '')
      .trim();
    const rows = Array.from({ length: 3 }, (_, i) => `imp-${run}-${i},${owned.uscc},,,,,行政处罚,罚款${i},,${daysAgo(5)},,一般,,,`);
    const text = `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`;
    const summary = await importRecords({
      departmentId: b.id,
      departmentCode: b.code,
      input: Readable.from([Buffer.from(text)]),
      format: 'csv',
      actor: { type: 'system', id: 'test' },
    });
    expect(summary).toMatchObject({ rows: 3, created: 3, rejected: 0 });
    expect(await firmRow(owned.uscc)).toEqual(before);
    const [records] = await sql<{ n: number }[]>`
      select count(*)::int as n from records r join entities e on e.id = r.entity_id where e.uscc = ${owned.uscc} and r.department_id = ${b.id}`;
    expect(records!.n).toBe(3);
  });
});

const transfer = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/transfer-registrar.ts', ...args], { encoding: 'utf8', env: process.env });

describe('transfer', () => {
  it('is an explicit admin action that moves the firm, writes the outbox and the audit log', async () => {
    const owned = registration(randomUscc());
    await postAs(a, [owned]);
    const admin = await createStaff(a.code, 'admin');
    const reviewer = await createStaff(a.code, 'reviewer');
    const reason = `迁址至B辖区 ${run}`;
    const [outboxBefore] = await sql<
      { n: number }[]
    >`select count(*)::int as n from outbox o join entities e on e.id = o.entity_id where e.uscc = ${owned.uscc}`;

    // Refusals: missing reason, a reviewer, an unknown firm, a department that is not a registrar.
    expect(transfer(['--uscc', owned.uscc, '--to', b.code, '--staff', admin.username]).stderr).toMatch(/Usage/);
    const byReviewer = transfer(['--uscc', owned.uscc, '--to', b.code, '--staff', reviewer.username, '--reason', reason]);
    expect(byReviewer.status).toBe(1);
    expect(byReviewer.stderr).toMatch(/not an active admin/);
    expect(transfer(['--uscc', randomUscc(), '--to', b.code, '--staff', admin.username, '--reason', reason]).stderr).toMatch(/No firm/);
    const plainDept = `o${run}plain`;
    const token = generateDepartmentToken();
    await insertDepartmentToken({ code: plainDept, nameZhCn: '非登记机关测试局' }, { name: 'test', prefix: token.prefix, hash: token.hash });
    expect(transfer(['--uscc', owned.uscc, '--to', plainDept, '--staff', admin.username, '--reason', reason]).stderr).toMatch(/not a registration authority/);
    expect((await firmRow(owned.uscc))!.registrarId).toBe(a.id);

    const done = transfer(['--uscc', owned.uscc.toLowerCase(), '--to', b.code, '--staff', admin.username, '--reason', reason]);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toContain(`from ${a.code} to ${b.code}`);
    expect((await firmRow(owned.uscc))!.registrarId).toBe(b.id);

    const audit = await sql<{ actorType: string; actorId: string; details: string }[]>`
      select actor_type as "actorType", actor_id as "actorId", details::text as details
      from audit_log where action = 'entity.transfer_registrar' and subject_type = 'entity' and subject_id = ${owned.uscc}`;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorType).toBe('staff');
    expect(audit[0]!.actorId).toBe(String(admin.id));
    expect(JSON.parse(audit[0]!.details)).toEqual({ from: a.code, to: b.code, reason, changed: true });
    const [outboxAfter] = await sql<
      { n: number }[]
    >`select count(*)::int as n from outbox o join entities e on e.id = o.entity_id where e.uscc = ${owned.uscc}`;
    expect(outboxAfter!.n).toBeGreaterThan(outboxBefore!.n);

    // Now B updates the firm and A no longer can.
    expect(await postAs(b, [{ ...owned, status: 'cancelled' }])).toMatchObject({ updated: 1, rejected: [] });
    const fromA = await postAs(a, [{ ...owned, status: 'active' }]);
    expect(fromA.rejected.map((r) => r.field)).toEqual(['uscc']);
    expect((await firmRow(owned.uscc))!.status).toBe('cancelled');
  }, 120_000); // four CLI runs (tsx start-up each): slow on a loaded 2-core machine
});

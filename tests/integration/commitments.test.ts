// Credit commitments (信用承诺, issue 18 part 3) against real PostgreSQL, through the services and the
// route handlers: templates maintained by staff with their audit entries and outbox rows; commitments
// taken in through the records intake with a procedure and a status, a status change re-sent by
// sourceRef; the list's filters and keyset pages; the streamed export with its BOM; the commitment
// of a granted repair published; the profile's status.
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postRecords } from '../../app/api/v1/intake/records/route';
import { GET as getCommitments } from '../../app/api/v1/commitments/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { publishCommitment, REPAIR_PROCEDURE_CODE } from '../../lib/db/mutations/commitments';
import { queryCommitmentPage, type CommitmentEntry } from '../../lib/db/queries/commitments';
import { getEntityProfileRows } from '../../lib/db/queries/get-entity-profile';
import { saveCommitmentTemplate } from '../../lib/commitments/save-commitment-template';
import { parseCommitmentQuery } from '../../lib/commitments/parse-commitment-query';
import { commitmentTemplateSchema } from '../../lib/commitments/template-schema';
import { encodeCommitmentCursor } from '../../lib/domain/commitments';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { importRecords } from '../../lib/intake/import-records';
import { csvTemplate } from '../../lib/intake/templates';
import { ratingDate } from '../../lib/env';
import type { StaffUser } from '../../lib/staff/types';
import { createEntity, daysAgo } from '../factories/entities';
import { createStaffUserOf } from '../factories/staff';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');

interface Dept {
  code: string;
  id: number;
  token: string;
}

async function makeDepartment(suffix: string): Promise<Dept> {
  const code = `c${run}${suffix}`;
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken({ code, nameZhCn: `承诺测试部门${suffix}` }, { name: 'test', prefix: token.prefix, hash: token.hash });
  return { code, id: departmentId, token: token.token };
}

const templateInput = (procedureCode: string, department: string, over: Record<string, string> = {}) =>
  commitmentTemplateSchema.parse({
    procedureCode,
    department,
    titleZhCn: `测试事项${procedureCode}告知承诺书`,
    titleZhTw: `測試事項${procedureCode}告知承諾書`,
    titleEn: `Test procedure ${procedureCode}`,
    textZhCn: '本单位承诺符合条件。',
    textZhTw: '本單位承諾符合條件。',
    textEn: 'We commit that we meet the conditions.',
    effectiveFrom: '2020-01-01',
    ...over,
  });

const postItems = (dept: Dept, records: unknown[]) =>
  postRecords(
    new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${dept.token}`, 'accept-language': 'en' },
      body: JSON.stringify({ records }),
    }),
  );

const commitment = (sourceRef: string, uscc: string, procedure: string, decisionDate: string, extra: Record<string, unknown> = {}) => ({
  sourceRef,
  uscc,
  kind: 'credit_commitment',
  title: '告知承诺书',
  docNo: `测承〔2026〕${sourceRef}号`,
  decisionDate,
  procedure,
  ...extra,
});

const page = (q: Record<string, string>) => queryCommitmentPage(parseCommitmentQuery(q), ratingDate());

let deptA: Dept;
let deptB: Dept;
let admin: StaffUser;
let reviewerB: StaffUser;
const procedure = `test-${run}-food`;
const otherProcedure = `test-${run}-build`;

beforeAll(async () => {
  deptA = await makeDepartment('a');
  deptB = await makeDepartment('b');
  admin = await createStaffUserOf(deptA.code, 'admin');
  reviewerB = await createStaffUserOf(deptB.code, 'reviewer');
});

afterAll(async () => {
  await closeDb();
});

describe('commitment templates', () => {
  it('are created and changed by staff, each change audited and announced to the worker', async () => {
    // The outbox row that expires the commitments pages (pages.expire, tag commitments), with the change.
    const expiries = async () =>
      (await sql<{ n: number }[]>`select count(*)::int as n from outbox where topic = 'pages.expire' and payload->'tags' ? 'commitments'`)[0]!.n;
    const before = await expiries();
    const created = await saveCommitmentTemplate(admin, templateInput(procedure, deptA.code));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : 0;
    const [audit] = await sql<{ action: string; actorId: string; details: { procedureCode: string } }[]>`
      select action, actor_id as "actorId", details from audit_log where subject_type = 'commitment_template' and subject_id = ${String(id)} order by id`;
    expect(audit).toMatchObject({ action: 'commitment_template.create', actorId: String(admin.id), details: { procedureCode: procedure } });
    expect(await expiries()).toBe(before + 1);

    const updated = await saveCommitmentTemplate(
      admin,
      templateInput(procedure, deptA.code, { templateId: String(id), effectiveTo: '2030-12-31', titleEn: 'Renamed' }),
    );
    expect(updated.ok).toBe(true);
    const [row] = await sql<{ version: number; titleEn: string; effectiveTo: string }[]>`
      select version, title_en as "titleEn", effective_to::text as "effectiveTo" from commitment_templates where id = ${id}`;
    expect(row).toEqual({ version: 2, titleEn: 'Renamed', effectiveTo: '2030-12-31' });
    const actions = await sql<
      { action: string }[]
    >`select action from audit_log where subject_type = 'commitment_template' and subject_id = ${String(id)} order by id`;
    expect(actions.map((a) => a.action)).toEqual(['commitment_template.create', 'commitment_template.update']);

    await saveCommitmentTemplate(admin, templateInput(otherProcedure, deptB.code));
  });

  it('refuses a taken procedure code, another department for a reviewer, and an end before the start', async () => {
    const taken = await saveCommitmentTemplate(admin, templateInput(procedure, deptA.code));
    expect(taken).toEqual({ ok: false, errors: [{ field: 'procedureCode', code: 'procedureTaken' }] });
    const foreign = await saveCommitmentTemplate(reviewerB, templateInput(`test-${run}-x`, deptA.code));
    expect(foreign).toEqual({ ok: false, errors: [{ field: 'department', code: 'otherDepartment' }] });
    const [none] = await sql<{ n: number }[]>`select count(*)::int as n from commitment_templates where procedure_code = ${`test-${run}-x`}`;
    expect(none!.n).toBe(0);
    const bad = commitmentTemplateSchema.safeParse({ ...templateInput('abc-def', deptA.code), effectiveTo: '2019-01-01' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['effectiveTo'], message: 'endBeforeStart' });
  });
});

describe('commitments through the records intake', () => {
  let firms: { uscc: string; id: number }[] = [];

  beforeAll(async () => {
    firms = await Promise.all(Array.from({ length: 5 }, () => createEntity({})));
  });

  it('takes in commitments with a procedure and a status, and refuses unknown procedures and misplaced fields', async () => {
    const items = firms.map((f, i) => commitment(`c${run}-${i}`, f.uscc, i < 4 ? procedure : otherProcedure, daysAgo(10 + i)));
    const response = await postItems(deptA, [
      ...items,
      commitment(`c${run}-unknown`, firms[0]!.uscc, `nope-${run}`, daysAgo(3)),
      { sourceRef: `c${run}-pen`, uscc: firms[0]!.uscc, kind: 'penalty', severity: 'general', title: '处罚', decisionDate: daysAgo(3), status: 'kept' },
    ]);
    const body = (await response.json()) as { created: number; rejected: { index: number; field: string; message: string }[] };
    expect(response.status).toBe(200);
    expect(body.created).toBe(5);
    expect(body.rejected).toEqual([
      { index: 5, field: 'procedure', message: expect.stringContaining('No commitment template') },
      { index: 6, field: 'status', message: expect.stringContaining('Only credit commitments') },
    ]);
    const listed = await page({ procedure });
    expect(listed.entries.map((e) => e.uscc).sort()).toEqual(
      firms
        .slice(0, 4)
        .map((f) => f.uscc)
        .sort(),
    );
    expect(listed.entries.every((e) => e.status === 'pending' && e.department.code === deptA.code)).toBe(true);
    expect(listed.entries[0]!.procedure?.['zh-CN']).toBe(`测试事项${procedure}告知承诺书`);
  });

  it('changes a status when the item is re-sent with the same sourceRef, linking the broken-commitment record', async () => {
    const firm = firms[1]!;
    // The breach's own record (kind broken_commitment comes with the rules issue; any record of the department links the same way).
    await postItems(deptA, [
      { sourceRef: `c${run}-breach`, uscc: firm.uscc, kind: 'penalty', severity: 'general', title: '违反告知承诺', decisionDate: daysAgo(2) },
    ]);
    const response = await postItems(deptA, [
      commitment(`c${run}-1`, firm.uscc, procedure, daysAgo(11), { status: 'broken', brokenCommitmentRef: `c${run}-breach` }),
    ]);
    const body = (await response.json()) as { created: number; updated: number };
    expect(body).toMatchObject({ created: 0, updated: 1 });
    const broken = await page({ procedure, status: 'broken' });
    expect(broken.entries.map((e) => e.uscc)).toEqual([firm.uscc]);
    const [breach] = await sql<{ id: string }[]>`select id::text as id from records where department_id = ${deptA.id} and source_ref = ${`c${run}-breach`}`;
    expect(broken.entries[0]!.brokenRecordId).toBe(breach!.id);
    const pending = await page({ procedure, status: 'pending' });
    expect(pending.entries.map((e) => e.uscc)).not.toContain(firm.uscc);
    // The earlier version is kept, as for every re-sent item.
    const [versions] = await sql<{ n: number }[]>`
      select count(*)::int as n from record_versions v join records r on r.id = v.record_id where r.department_id = ${deptA.id} and r.source_ref = ${`c${run}-1`}`;
    expect(versions!.n).toBe(1);
    // The profile says the status in words (the page translates the code).
    const profile = await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(730));
    const shown = profile!.records.find((r) => r.kind === 'credit_commitment');
    expect(shown?.commitment).toEqual({ status: 'broken', procedureCode: procedure, procedure: expect.objectContaining({ en: 'Renamed' }) });
    // Sending it unchanged changes nothing.
    const again = await postItems(deptA, [
      commitment(`c${run}-1`, firm.uscc, procedure, daysAgo(11), { status: 'broken', brokenCommitmentRef: `c${run}-breach` }),
    ]);
    expect(await again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('filters by department and date, and pages by keyset in a stable order with no entry twice', async () => {
    expect((await page({ procedure, department: deptB.code })).entries).toEqual([]);
    const ranged = await page({ procedure, from: daysAgo(12), to: daysAgo(11) });
    expect(ranged.entries.map((e) => e.signedOn).sort()).toEqual([daysAgo(12), daysAgo(11)]);

    const all: CommitmentEntry[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i += 1) {
      const p = await page({ procedure, limit: '1', ...(after ? { after } : {}) });
      all.push(...p.entries);
      if (!p.next) break;
      after = encodeCommitmentCursor(p.next);
    }
    expect(all).toHaveLength(4);
    expect(new Set(all.map((e) => e.id)).size).toBe(4);
    const sorted = [...all].sort((a, b) => (a.signedOn === b.signedOn ? Number(b.id) - Number(a.id) : a.signedOn < b.signedOn ? 1 : -1));
    expect(all.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
    expect((await page({ procedure })).total).toBe(4);
  });

  it('exports the whole selection as CSV with a BOM and as JSON Lines, and pages JSON by cursor', async () => {
    const call = (query: string) =>
      getCommitments(new Request(`http://localhost/api/v1/commitments?${query}`, { headers: { 'x-forwarded-for': '10.9.8.7' } }), {
        params: Promise.resolve({}),
      });
    const csv = await call(`procedure=${procedure}&format=csv&lang=zh-CN`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^统一社会信用代码,名称,承诺事项代码/);
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.includes(',broken,违反承诺,'))).toBe(true);

    const jsonl = await call(`procedure=${procedure}&status=pending&format=jsonl`);
    const rows = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { uscc: string; status: string; procedureCode: string });
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'pending' && r.procedureCode === procedure)).toBe(true);

    const first = (await (await call(`procedure=${procedure}&limit=3`)).json()) as { entries: unknown[]; next: string | null; total: number };
    expect(first.entries).toHaveLength(3);
    expect(first.total).toBe(4);
    const second = (await (await call(`procedure=${procedure}&limit=3&after=${first.next}`)).json()) as { entries: unknown[]; next: string | null };
    expect(second.entries).toHaveLength(1);
    expect(second.next).toBeNull();
    expect((await call('after=not-a-cursor')).status).toBe(400);
  });
});

describe('commitments through the CSV template', () => {
  it('has the procedure and status columns, takes Chinese status words, and refuses an unknown procedure for its row', async () => {
    const header = csvTemplate('credit_commitment')
      .replace(/^\uFEFF/, '')
      .trim();
    expect(header.split(',').slice(-3)).toEqual(['承诺事项代码', '履行状态', '违反承诺记录来源编号']);
    expect(csvTemplate('penalty')).not.toContain('承诺事项代码');
    const firm = await createEntity({});
    const columns = header.split(',');
    const row = (values: Record<string, string>) => columns.map((c) => values[c] ?? '').join(',');
    const base = { 统一社会信用代码: firm.uscc, 信息类别: '信用承诺', 信息名称: '告知承诺书', 决定日期: daysAgo(4) };
    const csv = [
      header,
      row({ ...base, 来源编号: `imp-${run}-1`, 承诺事项代码: procedure, 履行状态: '已履行' }),
      row({ ...base, 来源编号: `imp-${run}-2`, 承诺事项代码: `nope-${run}`, 履行状态: '履行中' }),
    ].join('\r\n');
    const summary = await importRecords({
      departmentId: deptA.id,
      departmentCode: deptA.code,
      input: Readable.from([Buffer.from(`\uFEFF${csv}\r\n`)]),
      format: 'csv',
      actor: { type: 'department', id: deptA.code },
    });
    expect(summary).toMatchObject({ created: 1, rejected: 1 });
    expect(summary.report).toEqual([expect.objectContaining({ row: 3, column: '承诺事项代码', outcome: 'rejected' })]);
    const [stored] = await sql<{ status: string; procedure: string }[]>`
      select commitment_status as status, procedure_code as procedure from records where department_id = ${deptA.id} and source_ref = ${`imp-${run}-1`}`;
    expect(stored).toEqual({ status: 'kept', procedure });
  });
});

describe('publishCommitment (a granted repair)', () => {
  it('publishes the repair commitment once as a pending credit commitment under the credit-repair procedure', async () => {
    const firm = await createEntity({});
    const options = {
      entityId: firm.id,
      departmentId: deptA.id,
      sourceRef: `repair-${run}`,
      procedureCode: REPAIR_PROCEDURE_CODE,
      signedOn: ratingDate(),
      collectedOn: ratingDate(),
    };
    const first = await sql.begin((tx) => publishCommitment(tx, options));
    const second = await sql.begin((tx) => publishCommitment(tx, options));
    expect(second).toBe(first);
    const [row] = await sql<{ kind: string; status: string; procedure: string; category: string }[]>`
      select kind, commitment_status as status, procedure_code as procedure, category from records where id = ${first}`;
    expect(row).toEqual({ kind: 'credit_commitment', status: 'pending', procedure: REPAIR_PROCEDURE_CODE, category: 'good' });
    const listed = await page({ procedure: REPAIR_PROCEDURE_CODE, department: deptA.code });
    expect(listed.entries.map((e) => e.uscc)).toEqual([firm.uscc]);
  });
});

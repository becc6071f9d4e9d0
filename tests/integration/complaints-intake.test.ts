// The 12345 complaints intake against real PostgreSQL, through its route handler and the worker's
// outbox processing (issue 17 part 4), and the refusal of natural persons' ID numbers and of
// departments without a name at intake (parts 8 and 9).
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postComplaints } from '../../app/api/v1/intake/complaints/route';
import { POST as postRecords } from '../../app/api/v1/intake/records/route';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { getEntityProfileRows } from '../../lib/db/queries/get-entity-profile';
import { buildUscc } from '../../lib/uscc';
import { addDays } from '../../lib/credit';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { ratingDate } from '../../lib/env';
import { importRecords } from '../../lib/intake/import-records';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { GET as getTemplate } from '../../app/api/v1/intake/templates/[file]/route';
import { processOutboxBatch } from '../../lib/worker/process-outbox-batch';
import { createEntity, daysAgo } from '../factories/entities';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
let token: string;
let departmentId: number;

/** A month `n` months before today's, as YYYY-MM. */
function monthsAgo(n: number): string {
  const d = new Date(`${ratingDate().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
}

function post(handler: (r: Request) => Promise<Response>, path: string, body: unknown, locale = 'zh-CN') {
  return handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': locale },
      body: JSON.stringify(body),
    }),
  );
}

const sendComplaints = async (complaints: unknown[], locale?: string) => {
  const response = await post(postComplaints, '/api/v1/intake/complaints', { complaints }, locale);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    accepted: number;
    created: number;
    updated: number;
    unchanged: number;
    rejected: { index: number; field: string; message: string }[];
  };
};

/** Runs the worker's processing of every outbox row, as the worker does, and reads the stored level. */
async function levelAfterWorker(entityId: number): Promise<string> {
  while (await processOutboxBatch(5000, { today: ratingDate() }));
  const [row] = await sql<{ level: string }[]>`select credit_level as level from entities where id = ${entityId}`;
  return row!.level;
}

beforeAll(async () => {
  const t = generateDepartmentToken();
  ({ departmentId } = await insertDepartmentToken({ code: `hot${run}`, nameZhCn: '12345热线测试中心' }, { name: 'test', prefix: t.prefix, hash: t.hash }));
  token = t.token;
});

afterAll(async () => {
  await closeDb();
});

describe('POST /api/v1/intake/complaints', () => {
  it('turns a green firm red with last month at 4 received, 2 resolved, and green again when the month is re-sent with 4 resolved', async () => {
    const firm = await createEntity();
    expect(firm.level).toBe('green');
    const month = monthsAgo(1);

    const first = await sendComplaints([{ sourceRef: `c-${run}-1`, uscc: firm.uscc, month, received: 4, resolved: 2 }]);
    expect(first).toMatchObject({ accepted: 1, created: 1, updated: 0, unchanged: 0, rejected: [] });
    const [outbox] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(outbox!.n).toBeGreaterThanOrEqual(1);
    expect(await levelAfterWorker(firm.id)).toBe('red');

    // The same sourceRef again, unchanged: nothing changes, nothing is announced.
    const again = await sendComplaints([{ sourceRef: `c-${run}-1`, uscc: firm.uscc, month, received: 4, resolved: 2 }]);
    expect(again).toMatchObject({ accepted: 1, created: 0, updated: 0, unchanged: 1 });
    const [none] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where entity_id = ${firm.id}`;
    expect(none!.n).toBe(0);

    // The hotline re-sends the month (a new reference) with every complaint resolved: it replaces the figures.
    const resent = await sendComplaints([{ sourceRef: `c-${run}-1b`, uscc: firm.uscc, month, received: 4, resolved: 4 }]);
    expect(resent).toMatchObject({ accepted: 1, created: 0, updated: 1 });
    const rows = await sql<{ complaints: number; resolved: number; sourceRef: string; departmentId: number }[]>`
      select complaints::int, resolved::int, source_ref as "sourceRef", department_id as "departmentId"
      from complaint_stats where entity_id = ${firm.id}`;
    expect(rows).toEqual([{ complaints: 4, resolved: 4, sourceRef: `c-${run}-1b`, departmentId }]);
    expect(await levelAfterWorker(firm.id)).toBe('green');

    const [audit] = await sql<{ details: { channel: string; updated: number; sourceRefs: string[] } }[]>`
      select details from audit_log where action = 'intake.complaints' and subject_id = ${`hot${run}`} order by id desc limit 1`;
    expect(audit!.details).toMatchObject({ channel: 'api', updated: 1, sourceRefs: [`c-${run}-1b`] });
  }, 60_000);

  it('moves the figures when a sourceRef is re-sent for another month', async () => {
    const firm = await createEntity();
    await sendComplaints([{ sourceRef: `c-${run}-mv`, uscc: firm.uscc, month: monthsAgo(2), received: 5, resolved: 1 }]);
    expect(await levelAfterWorker(firm.id)).toBe('red');
    await sendComplaints([{ sourceRef: `c-${run}-mv`, uscc: firm.uscc, month: monthsAgo(3), received: 5, resolved: 5 }]);
    const rows = await sql<{ month: string }[]>`select to_char(period_start, 'YYYY-MM') as month from complaint_stats where entity_id = ${firm.id}`;
    expect(rows.map((r) => r.month)).toEqual([monthsAgo(3)]);
    expect(await levelAfterWorker(firm.id)).toBe('green');
  }, 60_000);

  it('refuses bad items one by one with specific messages and takes the rest', async () => {
    const firm = await createEntity();
    const nextMonth = addDays(`${ratingDate().slice(0, 7)}-28`, 7).slice(0, 7);
    const result = await sendComplaints([
      { sourceRef: `c-${run}-r0`, uscc: firm.uscc, month: monthsAgo(1), received: 3, resolved: 5 },
      { sourceRef: `c-${run}-r1`, uscc: firm.uscc, month: nextMonth, received: 1, resolved: 0 },
      { sourceRef: `c-${run}-r2`, uscc: firm.uscc, month: '2026-3', received: 1, resolved: 0 },
      { sourceRef: `c-${run}-r3`, entityName: `不存在的公司${run}`, month: monthsAgo(1), received: 1, resolved: 1 },
      { sourceRef: `c-${run}-r4`, uscc: firm.uscc, month: monthsAgo(1), received: 2.5, resolved: 0 },
      { sourceRef: `c-${run}-r5`, uscc: firm.uscc, month: monthsAgo(4), received: 2, resolved: 2 },
      { sourceRef: `c-${run}-r6`, uscc: firm.uscc, month: monthsAgo(4), received: 9, resolved: 0 },
    ]);
    expect(result.accepted).toBe(1);
    const byIndex = new Map(result.rejected.map((r) => [r.index, r]));
    expect(byIndex.get(0)).toMatchObject({ field: 'resolved', message: '已解决件数（5）不能多于受理投诉件数（3）。' });
    expect(byIndex.get(1)).toMatchObject({ field: 'month', message: `统计月份不能晚于本月（${ratingDate().slice(0, 7)}）。` });
    expect(byIndex.get(2)).toMatchObject({ field: 'month' });
    expect(byIndex.get(2)!.message).toContain('YYYY-MM');
    expect(byIndex.get(3)).toMatchObject({ field: 'entityName' });
    expect(byIndex.get(3)!.message).toContain('没有找到对应的市场主体');
    expect(byIndex.get(4)).toMatchObject({ field: 'received' });
    expect(byIndex.has(5)).toBe(false);
    expect(byIndex.get(6)).toMatchObject({ field: 'month' });
    expect(byIndex.get(6)!.message).toContain('重复');
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from complaint_stats where entity_id = ${firm.id}`;
    expect(row!.n).toBe(1);
  }, 60_000);

  it('refuses a natural person’s ID number in any text field, naming the field, in the requester’s language', async () => {
    const firm = await createEntity();
    const response = await post(
      postRecords,
      '/api/v1/intake/records',
      {
        records: [
          {
            sourceRef: `id-${run}-1`,
            uscc: firm.uscc,
            kind: 'penalty',
            severity: 'general',
            title: '未按规定公示年度报告',
            decisionDate: daysAgo(5),
            content: '当事人张某（身份证号11010519491231002X）经营场所未公示年报。',
          },
          { sourceRef: `id-${run}-2`, taxNo: '11010519491231002X', kind: 'honour', title: '守合同重信用企业', decisionDate: daysAgo(5) },
          { sourceRef: `id-${run}-3`, uscc: firm.uscc, kind: 'honour', title: '文明单位', docNo: '济文〔2026〕370102199001011235号', decisionDate: daysAgo(5) },
        ],
      },
      'en',
    );
    const body = (await response.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(body.rejected).toEqual([
      { index: 0, field: 'content', message: expect.stringContaining('“content” contains a natural person’s ID number') },
      { index: 1, field: 'taxNo', message: expect.stringContaining('“taxNo” contains a natural person’s ID number') },
    ]);
    // A long document number whose check digit is wrong is no ID number: that item is taken.
    expect(body.accepted).toBe(1);
    const stored = await sql<{ ref: string }[]>`select source_ref as ref from records where source_ref like ${`id-${run}-%`}`;
    expect(stored.map((r) => r.ref)).toEqual([`id-${run}-3`]);
  }, 60_000);

  it('names the column of a template row whose text holds an ID number', async () => {
    const firm = await createEntity();
    const csv = [
      '来源编号,统一社会信用代码,信息类别,信息名称,决定日期,内容',
      `imp-${run}-1,${firm.uscc},表彰奖励,文明单位,${daysAgo(3)},联系人王某370102198506150013`,
    ].join('\r\n');
    const summary = await importRecords({
      departmentId,
      departmentCode: `hot${run}`,
      input: Readable.from([Buffer.from(csv)]),
      format: 'csv',
      actor: { type: 'staff', id: 'test' },
    });
    expect(summary).toMatchObject({ rows: 1, accepted: 0, rejected: 1 });
    expect(summary.report).toEqual([{ row: 2, column: '内容', outcome: 'rejected', message: expect.stringContaining('“内容”中含有自然人身份证号码') }]);
  });

  it('refuses an ID number sent as a USCC in complaint figures', async () => {
    const result = await sendComplaints([{ sourceRef: `c-${run}-id`, uscc: '11010519491231002X', month: monthsAgo(1), received: 1, resolved: 1 }]);
    expect(result.accepted).toBe(0);
    expect(result.rejected).toEqual([{ index: 0, field: 'uscc', message: expect.stringContaining('自然人身份证号码') }]);
  });
});

describe('the complaint-figures template', () => {
  const templateRequest = (file: string) => getTemplate(new Request(`http://localhost/api/v1/intake/templates/${file}`), { params: Promise.resolve({ file }) });

  it('is offered as CSV (UTF-8 with BOM) and XLSX with the Chinese headers', async () => {
    const csv = await templateRequest('complaints.csv');
    expect(csv.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text).toBe('\uFEFF来源编号,统一社会信用代码,注册号,组织机构代码,纳税人识别号,主体名称,统计月份,受理投诉件数,已解决件数\r\n');
    const xlsx = await templateRequest('complaints.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0]!.getRow(1).getCell(7).value).toBe('统计月份');
  });

  it('imports a filled-in file through the API’s rules, month cells as people type them, with a per-row report', async () => {
    const firm = await createEntity();
    const csv = [
      '来源编号,统一社会信用代码,统计月份,受理投诉件数,已解决件数',
      `f-${run}-1,${firm.uscc},${monthsAgo(1).replace('-', '年')}月,6,2`,
      `f-${run}-2,${firm.uscc},${monthsAgo(2)},3,4`,
      `f-${run}-3,${firm.uscc},下个月,1,1`,
    ].join('\r\n');
    const summary = await importRecords({
      departmentId,
      departmentCode: `hot${run}`,
      input: Readable.from([Buffer.from(csv)]),
      format: 'csv',
      actor: { type: 'staff', id: 'test' },
      fileName: 'hotline.csv',
    });
    expect(summary).toMatchObject({ rows: 3, accepted: 1, created: 1, rejected: 2 });
    expect(summary.report.map((r) => [r.row, r.column, r.outcome])).toEqual([
      [3, '已解决件数', 'rejected'],
      [4, '统计月份', 'rejected'],
    ]);
    expect(await levelAfterWorker(firm.id)).toBe('red');
    const [audit] = await sql<{ details: { channel: string; file: string } }[]>`
      select details from audit_log where action = 'intake.complaints' and subject_id = ${`hot${run}`} order by id desc limit 1`;
    expect(audit!.details).toMatchObject({ channel: 'import', file: 'hotline.csv' });
  }, 60_000);
});

describe('departments created by intake', () => {
  it('refuses to create a department without a name, and creates none', async () => {
    const t = generateDepartmentToken();
    await expect(insertDepartmentToken({ code: `nn${run}` }, { name: 'test', prefix: t.prefix, hash: t.hash })).rejects.toThrow(/name/i);
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from departments where code = ${`nn${run}`}`;
    expect(row!.n).toBe(0);
  });

  it('still issues tokens to an existing department without repeating its name', async () => {
    const t = generateDepartmentToken();
    const again = await insertDepartmentToken({ code: `hot${run}` }, { name: 'second', prefix: t.prefix, hash: t.hash });
    expect(again).toMatchObject({ departmentId, createdDepartment: false });
    const [row] = await sql<{ name: string }[]>`select name_zh_cn as name from departments where id = ${departmentId}`;
    expect(row!.name).toBe('12345热线测试中心');
  });
});

describe('the business term (营业期限)', () => {
  let registrarToken: string;
  beforeAll(async () => {
    const t = generateDepartmentToken();
    await insertDepartmentToken({ code: `reg${run}`, nameZhCn: '营业期限测试登记局', isRegistrar: true }, { name: 'test', prefix: t.prefix, hash: t.hash });
    registrarToken = t.token;
  });

  const registration = (uscc: string, term: Record<string, string>) => ({
    uscc,
    name: `济南营业期限${run}${uscc.slice(-4)}有限公司`,
    type: 'company',
    legalRepresentative: '赵测试',
    establishedOn: '2016-04-01',
    address: '济南市历下区测试路9号',
    districtCode: '370102',
    status: 'active',
    ...term,
  });
  const newUscc = () =>
    buildUscc({
      department: '9',
      category: '1',
      divisionCode: '370102',
      orgCodeBody: crypto
        .randomBytes(4)
        .toString('hex')
        .toUpperCase()
        .replace(/[IOSVZ]/g, '1'),
    });

  it('is taken by the entity intake, shown on the profile and in the API, 长期 as a term without end', async () => {
    const indefinite = newUscc();
    const fixed = newUscc();
    const response = await postEntities(
      new Request('http://localhost/api/v1/intake/entities', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${registrarToken}` },
        body: JSON.stringify({
          entities: [
            registration(indefinite, { businessTermFrom: '2016-04-01', businessTermTo: 'indefinite' }),
            registration(fixed, { businessTermFrom: '2016-04-01', businessTermTo: '2036-03-31' }),
            registration(newUscc(), { businessTermFrom: '2016-04-01', businessTermTo: '2015-01-01' }),
            registration(newUscc(), { businessTermFrom: '2016-04-01' }),
          ],
        }),
      }),
    );
    const body = (await response.json()) as { created: number; rejected: { index: number; field: string }[] };
    expect(body.created).toBe(2);
    expect(body.rejected.map((r) => [r.index, r.field])).toEqual([
      [2, 'businessTermTo'],
      [3, 'businessTermTo'],
    ]);
    // What the profile page and GET /api/v1/entities/{uscc} read (their cache needs a running Next).
    const profile = await getEntityProfileRows(indefinite, ratingDate(), '2000-01-01');
    expect(profile!.entity).toMatchObject({ businessTermFrom: '2016-04-01', businessTermTo: null });
    const other = await getEntityProfileRows(fixed, ratingDate(), '2000-01-01');
    expect(other!.entity).toMatchObject({ businessTermFrom: '2016-04-01', businessTermTo: '2036-03-31' });
  });

  it('is seeded', async () => {
    const [row] = await sql<{ total: number; withTerm: number; indefinite: number }[]>`
      select count(*)::int as total, count(business_term_from)::int as "withTerm",
             count(*) filter (where business_term_from is not null and business_term_to is null)::int as indefinite
      from entities where id <= 1000`; // the seeded firms (tests add theirs after them)
    expect(row!.withTerm).toBe(row!.total);
    expect(row!.indefinite).toBeGreaterThan(0);
    expect(row!.indefinite).toBeLessThan(row!.total);
  });
});

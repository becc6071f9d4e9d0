// Template import against real PostgreSQL: the downloadable templates, CSV and XLSX files filled in
// as a department would, the report (row, column, message), and the `npm run import` command.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getTemplate } from '../../app/api/v1/intake/templates/[file]/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { ImportFileError, importRecords, importReportCsv } from '../../lib/intake/import-records';
import { csvTemplate } from '../../lib/intake/templates';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { createEntity, daysAgo } from '../factories/entities';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
let dept: { id: number; code: string };
let firm: { id: number; uscc: string; name: string };

beforeAll(async () => {
  const token = generateDepartmentToken();
  const code = `imp${run}`;
  const { departmentId } = await insertDepartmentToken({ code, nameZhCn: '导入测试局' }, { name: 'test', prefix: token.prefix, hash: token.hash });
  dept = { id: departmentId, code };
  firm = await createEntity();
});

afterAll(async () => {
  await closeDb();
});

const templateRequest = (file: string) => getTemplate(new Request(`http://localhost/api/v1/intake/templates/${file}`), { params: Promise.resolve({ file }) });

describe('templates', () => {
  it('serves a CSV with a BOM and Chinese headers, and an XLSX with the same headers', async () => {
    const csv = await templateRequest('penalty.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    expect(header.split(',')).toEqual(expect.arrayContaining(['来源编号', '统一社会信用代码', '信息类别', '信息名称', '决定日期', '处罚程度']));
    expect(header).not.toContain('移出日期'); // listing columns only in listing templates

    const xlsx = await templateRequest('abnormal_listing.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const values = (workbook.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(values).toEqual(expect.arrayContaining(['来源编号', '列入日期', '移出日期', '列入事由']));
    expect(values).not.toContain('处罚程度');
    expect((await templateRequest('gossip.csv')).status).toBe(404);
  });
});

describe('import', () => {
  it('imports a filled-in CSV and reports each problem by row and column', async () => {
    const rows = [
      // 来源编号,统一社会信用代码,注册号,组织机构代码,纳税人识别号,主体名称,信息类别,信息名称,文书号,决定日期,信息产生日期,处罚程度,公示截止日期,内容,法律依据
      [`c1-${run}`, firm.uscc, '', '', '', '', '行政处罚', '责令改正并罚款', '济测罚〔2026〕1号', daysAgo(12).replace(/-/g, '/'), '', '一般', '', '', ''],
      [`c2-${run}`, firm.uscc, '', '', '', '', '行政处罚', '', '', daysAgo(12), '', '一般', '', '', ''],
      [`c3-${run}`, firm.uscc, '', '', '', '', '行政处罚', '罚款', '', '2026/02/30', '', '一般', '', '', ''],
      [`c4-${run}`, '', '', '', '', '', '行政处罚', '罚款', '', daysAgo(3), '', '一般', '', '', ''],
      [`c5-${run}`, firm.uscc, '', '', '', '', '不存在的类别', '罚款', '', daysAgo(3), '', '', '', '', ''],
      [`c6-${run}`, '', '', '', '', `不存在的${run}公司`, '行政处罚', '罚款', '', daysAgo(3), '', '严重', '', '', ''],
      [`c1-${run}`, firm.uscc, '', '', '', '', '行政处罚', '重复', '', daysAgo(3), '', '一般', '', '', ''],
    ];
    const header = csvTemplate('penalty')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
    const wanted = [
      '来源编号',
      '统一社会信用代码',
      '注册号',
      '组织机构代码',
      '纳税人识别号',
      '主体名称',
      '信息类别',
      '信息名称',
      '文书号',
      '决定日期',
      '信息产生日期',
      '处罚程度',
      '公示截止日期',
      '内容',
      '法律依据',
    ];
    expect(header).toEqual(wanted);
    const text = `\uFEFF${header.join(',')}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    const summary = await importRecords({
      departmentId: dept.id,
      departmentCode: dept.code,
      input: Readable.from([Buffer.from(text)]),
      format: 'csv',
      actor: { type: 'system', id: 'test' },
      batchSize: 3,
    });
    expect(summary).toMatchObject({ rows: 7, created: 1, queued: 1, rejected: 5 });
    const byRow = new Map(summary.report.map((r) => [r.row, r]));
    expect(byRow.get(3)).toMatchObject({ column: '信息名称', message: '此项必填。', outcome: 'rejected' });
    expect(byRow.get(4)).toMatchObject({ column: '决定日期', outcome: 'rejected', message: expect.stringContaining('日期无效') });
    expect(byRow.get(5)).toMatchObject({ column: '统一社会信用代码', message: expect.stringContaining('缺少主体标识') });
    expect(byRow.get(6)).toMatchObject({ column: '信息类别', message: expect.stringContaining('未知的信息类别') });
    expect(byRow.get(7)).toMatchObject({ column: '主体名称', outcome: 'queued' });
    expect(byRow.get(8)).toMatchObject({ column: '来源编号', message: '本批次中该来源编号重复。' });
    const [record] = await sql<{ decisionDate: string; severity: string }[]>`
      select decision_date as "decisionDate", severity from records where department_id = ${dept.id} and source_ref = ${`c1-${run}`}`;
    expect(record).toEqual({ decisionDate: daysAgo(12), severity: 'general' });
    const csv = importReportCsv(summary.report);
    expect(csv.startsWith('\uFEFF行号,列,处理结果,说明\r\n')).toBe(true);
    expect(csv).toContain('3,信息名称,未接收,此项必填。');
  });

  it('imports an XLSX with Excel dates and text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('行政许可');
    sheet.addRow(['来源编号', '统一社会信用代码', '信息类别', '信息名称', '决定日期', '文书号']);
    sheet.addRow([`x1-${run}`, firm.uscc, '行政许可', '食品经营许可证', new Date(`${daysAgo(4)}T00:00:00Z`), '济测许〔2026〕8号']);
    sheet.addRow([`x2-${run}`, firm.uscc, 'licence', '卫生许可证', daysAgo(40), null]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const summary = await importRecords({
      departmentId: dept.id,
      departmentCode: dept.code,
      input: Readable.from([buffer]),
      format: 'xlsx',
      actor: { type: 'system', id: 'test' },
    });
    expect(summary.report).toEqual([]);
    expect(summary).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    const records = await sql<{ sourceRef: string; decisionDate: string }[]>`
      select source_ref as "sourceRef", decision_date as "decisionDate" from records where department_id = ${dept.id} and source_ref like ${`x%-${run}`} order by source_ref`;
    expect(records).toEqual([
      { sourceRef: `x1-${run}`, decisionDate: daysAgo(4) },
      { sourceRef: `x2-${run}`, decisionDate: daysAgo(40) },
    ]);
    // Importing the same file again changes nothing.
    const again = await importRecords({
      departmentId: dept.id,
      departmentCode: dept.code,
      input: Readable.from([buffer]),
      format: 'xlsx',
      actor: { type: 'system', id: 'test' },
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports a support-received template, recognised by its headers, with the support intake rules', async () => {
    const csv = await templateRequest('support.csv');
    expect(csv.status).toBe(200);
    const header = (await csv.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!
      .split(',');
    expect(header).toEqual(['兑现记录编号', '统一社会信用代码', '兑现日期', '扶持内容', '金额（元）', '政策编号', '政策依据', '实施部门代码', '年度']);
    const xlsx = await templateRequest('support.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    expect((workbook.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(header);

    const rows = [
      [`s1-${run}`, firm.uscc, daysAgo(20).replace(/-/g, '/'), '稳岗返还', '"12,500.50"', '', '济人社发〔2025〕3号', '', ''],
      [`s2-${run}`, '91370100163044177L', daysAgo(20), '贷款贴息', '8000', '', '普惠贷款贴息', '', ''],
      [`s3-${run}`, firm.uscc, daysAgo(20), '贷款贴息', '八千', '', '普惠贷款贴息', '', ''],
      [`s4-${run}`, firm.uscc, daysAgo(20), '房租减免', '3000', '', '', '', ''],
    ];
    const text = `\uFEFF${header.join(',')}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
    const summary = await importRecords({
      departmentId: dept.id,
      departmentCode: dept.code,
      input: Readable.from([Buffer.from(text)]),
      format: 'csv',
      actor: { type: 'system', id: 'test' },
    });
    expect(summary).toMatchObject({ rows: 4, accepted: 1, created: 1, rejected: 3 });
    const byRow = new Map(summary.report.map((r) => [r.row, r]));
    expect(byRow.get(3)).toMatchObject({ column: '统一社会信用代码', outcome: 'rejected', message: '本平台没有该统一社会信用代码的主体。' });
    expect(byRow.get(4)).toMatchObject({ column: '金额（元）', outcome: 'rejected' });
    expect(byRow.get(5)).toMatchObject({ column: '政策依据', outcome: 'rejected' });
    const [support] = await sql<{ amount: number; grantedOn: string; basis: string; implementer: number }[]>`
      select amount_cny::float8 as amount, granted_on::text as "grantedOn", policy_basis as basis, implementing_department_id as implementer
      from support_received where source_department_id = ${dept.id} and source_ref = ${`s1-${run}`}`;
    expect(support).toEqual({ amount: 12500.5, grantedOn: daysAgo(20), basis: '济人社发〔2025〕3号', implementer: dept.id });
    // The same file again changes nothing.
    const again = await importRecords({
      departmentId: dept.id,
      departmentCode: dept.code,
      input: Readable.from([Buffer.from(text)]),
      format: 'csv',
      actor: { type: 'system', id: 'test' },
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejected: 3 });
  });

  it('refuses a file without the required columns', async () => {
    const text = '\uFEFF名称,日期\r\n甲,2026-01-01\r\n';
    await expect(
      importRecords({
        departmentId: dept.id,
        departmentCode: dept.code,
        input: Readable.from([Buffer.from(text)]),
        format: 'csv',
        actor: { type: 'system', id: 'test' },
      }),
    ).rejects.toBeInstanceOf(ImportFileError);
  });

  it('`npm run import` prints a summary and writes the report beside the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intake-import-'));
    const file = path.join(dir, 'penalties.csv');
    fs.writeFileSync(
      file,
      `\uFEFF来源编号,统一社会信用代码,信息类别,信息名称,决定日期,处罚程度\r\ncli1-${run},${firm.uscc},行政处罚,罚款,${daysAgo(2)},轻微\r\ncli2-${run},${firm.uscc},行政处罚,罚款,明天,轻微\r\n`,
    );
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-records.ts', '--department', dept.code, file], {
      encoding: 'utf8',
      env: process.env,
    });
    expect(out.status).toBe(0);
    const summary = JSON.parse(out.stdout.slice(0, out.stdout.lastIndexOf('}') + 1));
    expect(summary).toMatchObject({ rows: 2, created: 1, rejected: 1 });
    const report = fs.readFileSync(path.join(dir, 'penalties.report.csv'), 'utf8');
    expect(report).toContain('3,决定日期,未接收,');
    fs.rmSync(dir, { recursive: true });
  });
});

// 双公示 (issue 18 part 1) against the real PostgreSQL, through the intake and list route handlers:
// records posted by a department appear in /api/v1/penalties and /api/v1/licences; a penalty
// decided 9 working days before publication is late, one decided today is not; the filters
// select what they say; keyset pages are in a stable total order that matches the whole export;
// CSV exports start with a BOM.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postRecords } from '../../app/api/v1/intake/records/route';
import { GET as getPenalties } from '../../app/api/v1/penalties/route';
import { GET as getLicences } from '../../app/api/v1/licences/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { isWorkingDay, workingDaysBetween } from '../../lib/calendar/working-days';
import { ratingDate } from '../../lib/env';
import { createEntity } from '../factories/entities';

const run = crypto.randomBytes(3).toString('hex');
const today = ratingDate();

/** The day `n` working days before `day` (so that workingDaysBetween(result, day) === n). */
function workingDaysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  let date = day;
  while (workingDaysBetween(date, day) < n || !isWorkingDay(date)) {
    d.setUTCDate(d.getUTCDate() - 1);
    date = d.toISOString().slice(0, 10);
  }
  return date;
}

interface ApiEntry {
  uscc: string;
  kind: string;
  id: string;
  docNo: string;
  decisionDate: string;
  publishedOn: string;
  workingDaysToPublication: number;
  late: boolean;
  severity: string | null;
  departmentCode: string;
  districtCode: string;
}
interface ApiPage {
  entries: ApiEntry[];
  next: string | null;
}

type Handler = (request: Request, context: { params: Promise<Record<string, never>> }) => Promise<Response>;
const call = (handler: Handler, path: string) =>
  handler(new Request(`http://localhost${path}`, { headers: { 'x-credit-client-address': `10.18.${crypto.randomInt(250)}.1`, 'accept-language': 'en' } }), {
    params: Promise.resolve({}),
  });
const penalties = (query: string) => call(getPenalties as unknown as Handler, `/api/v1/penalties?${query}`);
const licences = (query: string) => call(getLicences as unknown as Handler, `/api/v1/licences?${query}`);
async function page(res: Response): Promise<ApiPage> {
  expect(res.status).toBe(200);
  return (await res.json()) as ApiPage;
}

let department: string;
let uscc: string;
const lateDecision = workingDaysBefore(today, 9);
const lateDocNo = `济测罚〔2026〕${run}1号`;
const onTimeDocNo = `济测罚〔2026〕${run}2号`;
const licenceDocNo = `济测许〔2026〕${run}3号`;

beforeAll(async () => {
  department = `dp${run}`;
  const token = generateDepartmentToken();
  await insertDepartmentToken({ code: department, nameZhCn: `双公示测试部门${run}` }, { name: 'test', prefix: token.prefix, hash: token.hash });
  const firm = await createEntity({ districtCode: '370112' });
  uscc = firm.uscc;
  const common = { uscc, legalBasis: '《测试法》第一条' };
  const res = await postRecords(
    new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.token}` },
      body: JSON.stringify({
        records: [
          { ...common, sourceRef: `${run}-1`, kind: 'penalty', title: '测试逾期处罚', docNo: lateDocNo, decisionDate: lateDecision, severity: 'general' },
          { ...common, sourceRef: `${run}-2`, kind: 'penalty', title: '测试按时处罚', docNo: onTimeDocNo, decisionDate: today, severity: 'minor' },
          { ...common, sourceRef: `${run}-3`, kind: 'licence', title: '测试许可', docNo: licenceDocNo, decisionDate: today },
        ],
      }),
    }),
  );
  expect(res.status).toBe(200);
  expect((await res.json()).created).toBe(3);
});

afterAll(async () => {
  await closeDb();
});

describe('双公示 entries posted through intake', () => {
  it('lists both penalties with 文书号, dates and the late flag (9 working days late, 0 on time)', async () => {
    const { entries } = await page(await penalties(`department=${department}`));
    expect(entries.map((e) => e.docNo)).toEqual([onTimeDocNo, lateDocNo]);
    const [onTime, late] = entries;
    expect(late).toMatchObject({ uscc, decisionDate: lateDecision, publishedOn: today, workingDaysToPublication: 9, late: true, departmentCode: department });
    expect(onTime).toMatchObject({ uscc, decisionDate: today, publishedOn: today, workingDaysToPublication: 0, late: false, severity: 'minor' });
  });

  it('lists the licence under licences and not under penalties', async () => {
    const { entries } = await page(await licences(`department=${department}`));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ uscc, kind: 'licence', docNo: licenceDocNo, late: false, severity: null });
    const { entries: pen } = await page(await penalties(`department=${department}&kind=licence_revocation`));
    expect(pen).toEqual([]);
  });

  it('filters by severity, district, industry and date range', async () => {
    const docs = async (q: string) => (await page(await penalties(`department=${department}&${q}`))).entries.map((e) => e.docNo);
    expect(await docs('severity=general')).toEqual([lateDocNo]);
    expect(await docs('severity=serious')).toEqual([]);
    expect(await docs('district=370112')).toHaveLength(2);
    expect(await docs('district=370102')).toEqual([]);
    expect(await docs('industry=A01')).toEqual([]);
    expect(await docs(`to=${lateDecision}`)).toEqual([lateDocNo]);
    expect(await docs(`from=${today}`)).toEqual([onTimeDocNo]);
  });

  it('builds a district + industry page firm by firm, in the same order and with the same cursor as the date-ordered pages', async () => {
    await getSql()`update entities set industry_code = 'F52' where uscc = ${uscc}`;
    const both = await page(await penalties(`department=${department}&district=370112&industry=F52`));
    expect(both.entries.map((e) => e.docNo)).toEqual([onTimeDocNo, lateDocNo]);
    const first = await page(await penalties(`department=${department}&district=370112&industry=F52&limit=1`));
    expect(first.entries.map((e) => e.docNo)).toEqual([onTimeDocNo]);
    const second = await page(await penalties(`department=${department}&district=370112&industry=F52&limit=1&after=${first.next}`));
    expect(second.entries.map((e) => e.docNo)).toEqual([lateDocNo]);
    expect(second.next).toBeNull();
    expect((await page(await penalties(`department=${department}&district=370112&industry=C13`))).entries).toEqual([]);
  });

  it('refuses a malformed cursor and a severity on licences, naming the parameter', async () => {
    const badCursor = await penalties('after=yesterday');
    expect(badCursor.status).toBe(400);
    expect((await badCursor.json()).error.param).toBe('after');
    const severity = await licences('severity=minor');
    expect(severity.status).toBe(400);
    expect((await severity.json()).error.param).toBe('severity');
  });
});

describe('keyset paging', () => {
  it('follows the cursor through every penalty in one stable order, the same as the whole export', async () => {
    const seen: ApiEntry[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const p: ApiPage = await page(await penalties(`limit=37${after ? `&after=${after}` : ''}`));
      seen.push(...p.entries);
      after = p.next;
      pages += 1;
      expect(pages).toBeLessThan(200);
    } while (after);
    expect(seen.length).toBeGreaterThan(37);
    // Newest decision first, ties broken by id: strictly descending, no entry twice.
    const keys = seen.map((e) => `${e.decisionDate}|${e.id}|${e.uscc}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.decisionDate <= seen[i - 1]!.decisionDate).toBe(true);

    const exported = await penalties('format=jsonl');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await exported.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ApiEntry);
    expect(lines.map((e) => `${e.decisionDate}|${e.id}|${e.uscc}`)).toEqual(keys);
    expect(lines.find((e) => e.docNo === lateDocNo)).toMatchObject({ late: true, publishedOn: today });
  });

  it('gives the same second page whether reached from the first page or asked again', async () => {
    const first = await page(await penalties('limit=10'));
    expect(first.next).not.toBeNull();
    const second = await page(await penalties(`limit=10&after=${first.next}`));
    const again = await page(await penalties(`limit=10&after=${first.next}`));
    expect(second.entries).toEqual(again.entries);
    expect(second.entries.map((e) => e.id)).not.toContain(first.entries[9]!.id);
  });
});

describe('exports', () => {
  it('streams CSV with a BOM and a header row in the requested language, one line per entry', async () => {
    const res = await penalties(`department=${department}&format=csv&lang=zh-CN`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="penalties-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^统一社会信用代码,名称,类别,事项名称,文书号,决定日期,公示日期/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes(lateDocNo))).toContain(`,${lateDecision},${today},9,true,general,`);
  });

  it('exports licences as JSON Lines with uscc, docNo, decisionDate, publishedOn and late', async () => {
    const res = await licences(`department=${department}&format=jsonl`);
    const rows = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ApiEntry);
    expect(rows).toEqual([expect.objectContaining({ uscc, docNo: licenceDocNo, decisionDate: today, publishedOn: today, late: false })]);
  });
});

// The publicity catalogue (issue 17 parts 1–3) against the real PostgreSQL, through the intake API,
// the rating worker, the repair form and the list export: a serious penalty sent without a publicity
// end is published until the catalogue's maximum and gone the day after; one outside the bounds is
// refused; a specific-serious penalty cannot be repaired before its maximum; a simple-procedure fine
// leaves a green firm green; a firm on the housing department's blacklist turns black and is a
// joint-punishment target in the list and its export; GET /api/v1/catalogue answers the catalogue.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { POST: postRecords } = await import('../../app/api/v1/intake/records/route');
const { GET: getList } = await import('../../app/api/v1/lists/[slug]/route');
const { GET: getCatalogue } = await import('../../app/api/v1/catalogue/route');
const { closeDb, getSql } = await import('../../lib/db/client');
const { insertDepartmentToken } = await import('../../lib/db/mutations/department-tokens');
const { getEntityProfileRows } = await import('../../lib/db/queries/get-entity-profile');
const { countListEntries } = await import('../../lib/db/queries/list-entries');
const { processOutboxBatch } = await import('../../lib/worker/process-outbox-batch');
const { refreshEntities } = await import('../../lib/entities/refresh-entities');
const { generateDepartmentToken } = await import('../../lib/intake/tokens');
const { receiveApplication } = await import('../../lib/objections/submit-application');
const { addDays } = await import('../../lib/credit');
const { periodEnd } = await import('../../lib/domain/publicity');
const { ratingDate } = await import('../../lib/env');
const { createEntity, daysAgo } = await import('../factories/entities');
const { pdfBytes } = await import('../factories/applications');
const { objectionForm } = await import('../support/objection-form');

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
let addressCounter = 0;
const address = () => `10.17.${process.pid % 250}.${(addressCounter += 1)}`;

interface Dept {
  code: string;
  token: string;
}
let market: Dept;
let housing: Dept;

async function makeDepartment(suffix: string, name: string): Promise<Dept> {
  const code = `t${run}${suffix}`;
  const token = generateDepartmentToken();
  await insertDepartmentToken({ code, nameZhCn: name, isRegistrar: false }, { name: 'test', prefix: token.prefix, hash: token.hash });
  return { code, token: token.token };
}

async function post(
  dept: Dept,
  records: unknown[],
): Promise<{ status: number; body: { created: number; rejected: { index: number; field: string; message: string }[] } }> {
  const res = await postRecords(
    new Request('http://localhost/api/v1/intake/records', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${dept.token}`, 'accept-language': 'zh-CN' },
      body: JSON.stringify({ records }),
    }),
  );
  return { status: res.status, body: (await res.json()) as never };
}

/** Runs the worker over everything waiting, on `today`. */
async function drainOutbox(today = ratingDate()): Promise<void> {
  while (await processOutboxBatch(5000, { today }));
}

async function levelOf(uscc: string): Promise<{ level: string; nextReviewOn: string | null }> {
  const [row] = await sql<{ level: string; nextReviewOn: string | null }[]>`
    select credit_level as level, next_review_on as "nextReviewOn" from entities where uscc = ${uscc}`;
  return row!;
}

const penalty = (sourceRef: string, uscc: string, extra: Record<string, unknown>) => ({
  sourceRef: `${run}-${sourceRef}`,
  uscc,
  kind: 'penalty',
  title: `测试处罚${sourceRef}`,
  docNo: `济测罚〔2026〕${sourceRef}号`,
  decisionDate: daysAgo(10),
  legalBasis: '《测试法》第一条',
  ...extra,
});

beforeAll(async () => {
  market = await makeDepartment('m', '测试市场监管局');
  housing = await makeDepartment('h', '测试住房和城乡建设局');
});

afterAll(async () => {
  await closeDb();
});

describe('publicity periods from the catalogue', () => {
  it('publishes a serious penalty sent without publicityEnd until the catalogue maximum, and not the day after (clock moved)', async () => {
    const firm = await createEntity();
    const decided = daysAgo(10);
    const { status, body } = await post(market, [penalty('serious', firm.uscc, { severity: 'serious', decisionDate: decided })]);
    expect(status).toBe(200);
    expect(body.rejected).toEqual([]);
    const [stored] = await sql<{ publicityEnd: string; publicityStart: string }[]>`
      select publicity_end as "publicityEnd", publicity_start as "publicityStart" from records where source_ref = ${`${run}-serious`}`;
    // Serious: 36 months from the decision day, the last public day being the day before.
    const lastDay = periodEnd(decided, 36);
    expect(stored).toEqual({ publicityEnd: lastDay, publicityStart: decided });
    await drainOutbox();
    const rated = await levelOf(firm.uscc);
    expect(rated.level).toBe('yellow');

    // On the last day it is still public; the day after it is gone from the profile.
    const onLastDay = await getEntityProfileRows(firm.uscc, lastDay, lastDay.slice(0, 8) + '01');
    expect(onLastDay!.records.map((r) => r.title)).toContain('测试处罚serious');
    const dayAfter = addDays(lastDay, 1);
    const after = await getEntityProfileRows(firm.uscc, dayAfter, dayAfter.slice(0, 8) + '01');
    expect(after!.records.map((r) => r.title)).not.toContain('测试处罚serious');

    // The re-rating scheduler is told about that day: the window's end (2 years) comes first, then
    // nothing; rated on the day after the publicity end, the firm is green again.
    expect(rated.nextReviewOn).not.toBeNull();
    const entityId = firm.id;
    await refreshEntities([entityId], dayAfter);
    expect((await levelOf(firm.uscc)).level).toBe('green');
    await refreshEntities([entityId], ratingDate());
  });

  it('refuses a publicity end outside the catalogue bounds, naming the bound, and keeps the rest of the call', async () => {
    const firm = await createEntity();
    const decided = daysAgo(10);
    const { body } = await post(market, [
      penalty('long', firm.uscc, { severity: 'general', decisionDate: decided, publicityEnd: addDays(periodEnd(decided, 12), 1) }),
      penalty('short', firm.uscc, { severity: 'serious', decisionDate: decided, publicityEnd: addDays(decided, 30) }),
      penalty('ok', firm.uscc, { severity: 'general', decisionDate: decided, publicityEnd: periodEnd(decided, 6) }),
    ]);
    expect(body.created).toBe(1);
    expect(body.rejected).toEqual([
      { index: 0, field: 'publicityEnd', message: `公示截止日期超出公示期限目录规定的最长公示期（不得晚于 ${periodEnd(decided, 12)}）。` },
      { index: 1, field: 'publicityEnd', message: `公示截止日期早于公示期限目录规定的最短公示期（不得早于 ${periodEnd(decided, 12)}）。` },
    ]);
  });
});

describe('specific serious penalties', () => {
  it('refuses a repair before the maximum, with the date it becomes possible', async () => {
    const decided = daysAgo(400);
    const firm = await createEntity({
      records: [{ kind: 'penalty', decisionDate: decided, severity: 'specific_serious', publicityEnd: periodEnd(decided, 36) }],
    });
    const before = await sql<{ n: number }[]>`select count(*)::int as n from applications where entity_id = ${firm.id}`;
    const outcome = await receiveApplication(
      'repair',
      firm.uscc,
      objectionForm(firm.recordIds[0]!, { commitment: 'yes', description: '已整改完毕。' }, [{ name: 'receipt.pdf', bytes: pdfBytes() }]),
      address(),
      'publicity-catalogue-browser-0123456789',
    );
    expect(outcome.ok).toBe(false);
    // 400 days after the decision a serious penalty could be repaired (minimum 12 months); a specific
    // serious one only after its 36 months.
    const opens = addDays(periodEnd(decided, 36), 1);
    if (!outcome.ok) expect(outcome.errors[0]).toMatchObject({ field: 'form', code: 'notBeforeMaximum', params: { date: opens } });
    const afterCount = await sql<{ n: number }[]>`select count(*)::int as n from applications where entity_id = ${firm.id}`;
    expect(afterCount[0]!.n).toBe(before[0]!.n);
  });
});

describe('simple-procedure penalties', () => {
  it('leave a green firm green, shown with the catalogue short period', async () => {
    const firm = await createEntity();
    expect(firm.level).toBe('green');
    const decided = daysAgo(5);
    const { body } = await post(market, [penalty('minor', firm.uscc, { severity: 'minor', decisionDate: decided, title: '测试处罚minor' })]);
    expect(body.created).toBe(1);
    await drainOutbox();
    expect((await levelOf(firm.uscc)).level).toBe('green');
    const profile = await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(800));
    const shown = profile!.records.find((r) => r.title === '测试处罚minor');
    expect(shown).toMatchObject({ severity: 'minor', publicityEnd: periodEnd(decided, 3), countsTowardLevel: false });
  });
});

describe('department blacklists', () => {
  it('turn a firm black and make it a joint-punishment target in the list and its export', async () => {
    const firm = await createEntity();
    const { body } = await post(housing, [
      {
        sourceRef: `${run}-blacklist`,
        uscc: firm.uscc,
        kind: 'department_blacklist',
        title: '列入住房城乡建设领域失信黑名单',
        listName: '住房城乡建设领域失信黑名单',
        legalBasis: '《住房和城乡建设部关于建筑市场信用管理暂行办法》第十四条',
        grounds: '拖欠农民工工资，情节严重',
        decisionDate: daysAgo(3),
      },
      // The list's name is required for a department blacklist.
      { sourceRef: `${run}-blacklist-2`, uscc: firm.uscc, kind: 'department_blacklist', title: '无名单', legalBasis: '某法', decisionDate: daysAgo(3) },
    ]);
    expect(body.created).toBe(1);
    expect(body.rejected).toEqual([{ index: 1, field: 'listName', message: '部门黑名单须填写名单名称。' }]);
    await drainOutbox();
    expect((await levelOf(firm.uscc)).level).toBe('black');
    const profile = await getEntityProfileRows(firm.uscc, ratingDate(), daysAgo(800));
    expect(profile!.records.find((r) => r.kind === 'department_blacklist')).toMatchObject({ listName: '住房城乡建设领域失信黑名单' });

    const list = (query: string) =>
      getList(
        new Request(`http://localhost/api/v1/lists/joint-punishment?${query}`, {
          headers: { 'x-credit-client-address': address(), 'accept-language': 'zh-CN' },
        }),
        {
          params: Promise.resolve({ slug: 'joint-punishment' }),
        },
      );
    const json = (await (await list(`authority=${housing.code}`)).json()) as { entries: { uscc: string; kind: string }[] };
    expect(json.entries).toEqual([expect.objectContaining({ uscc: firm.uscc, kind: 'department_blacklist' })]);
    const csv = await (await list(`authority=${housing.code}&format=csv`)).text();
    expect(csv).toContain(firm.uscc);
    expect(csv).toContain('拖欠农民工工资，情节严重');
    // The lists page counts it among the joint-punishment targets.
    expect((await countListEntries(ratingDate())).department_blacklist.current).toBeGreaterThanOrEqual(1);
  });
});

describe('GET /api/v1/catalogue', () => {
  it('answers the entries in force, cacheable, with the severities and new kinds', async () => {
    const res = await getCatalogue(new Request('http://localhost/api/v1/catalogue', { headers: { 'x-credit-client-address': address() } }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const body = (await res.json()) as {
      entries: { kind: string; severity: string | null; maximumMonths: number | null; countsTowardLevel: boolean; repairBeforeMaximum: boolean }[];
    };
    const entry = (kind: string, severity: string | null = null) => body.entries.find((e) => e.kind === kind && e.severity === severity);
    expect(entry('penalty', 'minor')).toMatchObject({ maximumMonths: 3, countsTowardLevel: false });
    expect(entry('penalty', 'serious')).toMatchObject({ maximumMonths: 36, countsTowardLevel: true });
    expect(entry('penalty', 'specific_serious')).toMatchObject({ repairBeforeMaximum: false });
    expect(entry('department_blacklist')).toMatchObject({ maximumMonths: null, countsTowardLevel: true });
    for (const kind of ['judicial_assistance', 'administrative_enforcement', 'broken_commitment', 'refused_correction']) expect(entry(kind)).toBeDefined();
  });
});

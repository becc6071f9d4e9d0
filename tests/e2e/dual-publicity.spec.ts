// 双公示 end to end (issue 18, first must-show): a penalty and a licence posted through the intake
// API appear in their lists, exports and feeds within the freshness budget; a penalty decided 9
// working days before publication is marked late on the list, in the exports, and counted as late
// on the timeliness page.
import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { isWorkingDay, workingDaysBetween } from '../../lib/calendar/working-days';
import { createEntity, daysAgo } from '../factories/entities';

const run = crypto.randomBytes(3).toString('hex');
const today = daysAgo(0);
const FRESHNESS_MS = 15_000;

/** The day `n` working days before `day`. */
function workingDaysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  let date = day;
  while (workingDaysBetween(date, day) < n || !isWorkingDay(date)) {
    d.setUTCDate(d.getUTCDate() - 1);
    date = d.toISOString().slice(0, 10);
  }
  return date;
}

const lateDecision = workingDaysBefore(today, 9);
const penaltyDocNo = `端双罚〔2026〕${run}号`;
const licenceDocNo = `端双许〔2026〕${run}号`;
let department: { code: string; token: string };
let uscc: string;

test.beforeAll(async () => {
  const token = generateDepartmentToken();
  department = { code: `dual${run}`, token: token.token };
  await insertDepartmentToken({ code: department.code, nameZhCn: `双公示端到端测试局${run}` }, { name: 'e2e', prefix: token.prefix, hash: token.hash });
  uscc = (await createEntity()).uscc;
});

test.afterAll(async () => {
  await closeDb();
});

/** The late count of 行政处罚 in the timeliness page's 双公示 table. */
async function latePenalties(page: Page): Promise<number> {
  await page.goto('/zh-CN/stats/timeliness');
  const row = page
    .getByRole('table', { name: '行政许可和行政处罚的按时与逾期公示条数' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '行政处罚' }) });
  if ((await row.count()) === 0) return 0;
  // Columns: kind, limit, records, on time, late, rate, average.
  return Number(((await row.getByRole('cell').nth(3).textContent()) ?? '0').replace(/[^\d]/g, ''));
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

test('a penalty and a licence posted through intake reach lists, exports and feeds; the late one is marked and counted', async ({ page, request }) => {
  const lateBefore = await latePenalties(page);
  // Cached (empty) before the change, so the change must expire them. The department's own view:
  // the seeded city alone has about fifty penalties decided in the last two weeks, more than a page.
  const penaltiesView = `/zh-CN/penalties?department=${department.code}`;
  const licencesView = `/zh-CN/licences?department=${department.code}`;
  for (const path of [penaltiesView, licencesView, '/zh-CN/licences/feed.atom']) expect((await request.get(path)).status(), path).toBe(200);

  const postedAt = Date.now();
  const response = await request.post('/api/v1/intake/records', {
    headers: { authorization: `Bearer ${department.token}` },
    data: {
      records: [
        {
          sourceRef: `dual-${run}-p`,
          uscc,
          kind: 'penalty',
          title: '端到端逾期公示的处罚',
          docNo: penaltyDocNo,
          decisionDate: lateDecision,
          severity: 'general',
        },
        { sourceRef: `dual-${run}-l`, uscc, kind: 'licence', title: '端到端按时公示的许可', docNo: licenceDocNo, decisionDate: today },
      ],
    },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ created: 2, rejected: [] });

  // Lists: the cached views show both within the budget.
  await expect.poll(async () => (await text(request, penaltiesView)).includes(penaltyDocNo), { timeout: FRESHNESS_MS, intervals: [250] }).toBe(true);
  await expect.poll(async () => (await text(request, licencesView)).includes(licenceDocNo), { timeout: FRESHNESS_MS, intervals: [250] }).toBe(true);
  test.info().annotations.push({ type: 'dual-publicity freshness', description: `${Date.now() - postedAt} ms from POST to both lists` });

  // The filtered page: the entry with its 文书号, dates, firm link, department and the late mark in words.
  await page.goto(penaltiesView);
  const entry = page.getByTestId('dual-entry').filter({ hasText: penaltyDocNo });
  await expect(entry).toHaveAttribute('data-late', 'true');
  await expect(entry.getByTestId('dual-timeliness')).toHaveText(/逾期公示（决定后 9 个工作日/);
  await expect(entry.getByRole('link')).toHaveAttribute('href', `/zh-CN/entities/${uscc}`);
  await expect(entry.getByText(`双公示端到端测试局${run}`)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations).toEqual([]);
  await page.goto(`/en/licences?department=${department.code}`);
  await expect(page.getByTestId('dual-entry').filter({ hasText: licenceDocNo })).toHaveAttribute('data-late', 'false');

  // Exports: CSV with BOM, JSON Lines with the late flag.
  const csv = await request.get(`/api/v1/penalties?department=${department.code}&format=csv`);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(penaltyDocNo);
  const jsonl = (await text(request, `/api/v1/penalties?department=${department.code}&format=jsonl`)).trim().split('\n');
  expect(jsonl.map((l) => JSON.parse(l))).toEqual([
    expect.objectContaining({ uscc, docNo: penaltyDocNo, decisionDate: lateDecision, publishedOn: today, late: true }),
  ]);
  const licencesJson = await (await request.get(`/api/v1/licences?department=${department.code}`)).json();
  expect(licencesJson.entries).toEqual([expect.objectContaining({ uscc, docNo: licenceDocNo, late: false })]);

  // Feeds.
  await expect.poll(async () => (await text(request, '/zh-CN/penalties/feed.atom')).includes(penaltyDocNo), { timeout: FRESHNESS_MS }).toBe(true);
  await expect.poll(async () => (await text(request, '/zh-CN/licences/feed.atom')).includes(licenceDocNo), { timeout: FRESHNESS_MS }).toBe(true);

  // Counted as late on the timeliness page.
  await expect.poll(() => latePenalties(page), { timeout: FRESHNESS_MS, intervals: [500] }).toBeGreaterThan(lateBefore);
});

test('the lists page through at 390 px with keyset links', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-CN/penalties?limit=5');
  await expect(page.getByRole('heading', { level: 1, name: '行政处罚公示' })).toBeVisible();
  await expect(page.getByTestId('dual-entry')).toHaveCount(5);
  const next = page.getByRole('navigation', { name: '翻页' }).getByRole('link', { name: '下一页' });
  await expect(next).toHaveAttribute('href', /[?&]after=\d{4}-\d{2}-\d{2}_\d+/);
  const firstPage = await page.getByTestId('dual-entry').first().getAttribute('data-doc-no');
  await next.click();
  await expect(page).toHaveURL(/after=/);
  await expect(page.getByTestId('dual-entry').first()).not.toHaveAttribute('data-doc-no', firstPage ?? '');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

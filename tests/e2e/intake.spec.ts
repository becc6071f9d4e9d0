// Department intake end to end: a record posted through the API reaches the firm's profile with
// the right level within seconds (outbox + worker), the timeliness page, and the back-office
// upload with its report and the unmatched queue.
import crypto from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { createEntity, daysAgo, uniqueNamePart } from '../factories/entities';
import { createStaff, signInAs } from '../factories/staff';

const run = crypto.randomBytes(3).toString('hex');
let department: { code: string; token: string };

test.beforeAll(async () => {
  const token = generateDepartmentToken();
  const code = `e2e${run}`;
  await insertDepartmentToken({ code, nameZhCn: '端到端测试局' }, { name: 'e2e', prefix: token.prefix, hash: token.hash });
  department = { code, token: token.token };
});

test.afterAll(async () => {
  await closeDb();
});

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations).toEqual([]);
}

async function levelOnPage(page: Page, uscc: string): Promise<string | null> {
  await page.goto(`/zh-CN/entities/${uscc}`);
  return page.locator('section[aria-labelledby="credit-heading"] [data-level]').first().getAttribute('data-level');
}

test('records posted through the intake API reach the profile with the right level within seconds', async ({ page, request }) => {
  const firm = await createEntity();
  expect(await levelOnPage(page, firm.uscc)).toBe('green'); // cached now: the change must expire it
  const postedAt = Date.now();
  const response = await request.post('/api/v1/intake/records', {
    headers: { authorization: `Bearer ${department.token}` },
    data: {
      records: [1, 2, 3].map((i) => ({
        sourceRef: `e2e-${run}-${i}`,
        uscc: firm.uscc,
        kind: 'penalty',
        title: `接口报送的处罚${i}`,
        docNo: `端测罚〔2026〕${i}号`,
        decisionDate: daysAgo(i),
        severity: 'general',
      })),
    },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ accepted: 3, created: 3, rejected: [] });
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 15_000, intervals: [250] }).toBe('red');
  test.info().annotations.push({ type: 'intake freshness', description: `${Date.now() - postedAt} ms from POST to red profile` });
  await expect(page.getByRole('link', { name: '接口报送的处罚1' })).toBeVisible();
  await expect(page.getByText('端到端测试局').first()).toBeVisible();

  // Retracting two of them makes the firm yellow again.
  const del = await request.delete('/api/v1/intake/records', {
    headers: { authorization: `Bearer ${department.token}` },
    data: { sourceRefs: [`e2e-${run}-1`, `e2e-${run}-2`] },
  });
  expect(await del.json()).toMatchObject({ updated: 2, rejected: [] });
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 15_000, intervals: [250] }).toBe('yellow');
});

test('a wrong token is refused over HTTP', async ({ request }) => {
  const response = await request.post('/api/v1/intake/records', { headers: { authorization: 'Bearer cdi_wrong' }, data: { records: [] } });
  expect(response.status()).toBe(401);
  expect(response.headers()['www-authenticate']).toContain('Bearer');
});

test('the timeliness page shows on-time rates per department and kind, linked from the statistics', async ({ page, request }) => {
  await page.goto('/zh-CN/stats');
  await page.getByRole('link', { name: /信息归集及时率/ }).click();
  await expect(page).toHaveURL(/\/zh-CN\/stats\/timeliness$/);
  await expect(page.getByRole('heading', { level: 1, name: '信息归集及时率' })).toBeVisible();
  await expect(page.getByText(/7 个工作日内/)).toBeVisible();
  await expect(page.getByText(/总体及时率/)).toBeVisible();
  await expect(page.getByRole('table', { name: '各部门的归集记录数与及时率' })).toBeVisible();
  await expect(page.getByRole('table', { name: '各类信息的时限、归集记录数与及时率' }).getByRole('rowheader', { name: '行政处罚' })).toBeVisible();
  // By department, by kind, and 双公示 (licences and penalties).
  await expect(page.locator('svg[role="img"]')).toHaveCount(3);
  await axe(page);
  await page.goto('/en/stats/timeliness');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeliness of data collection' })).toBeVisible();
  const api = await request.get('/api/v1/stats/timeliness');
  expect(api.status()).toBe(200);
  const body = await api.json();
  expect(body.rules).toMatchObject({ shortLimit: 7, longLimit: 20 });
  expect(body.total.records).toBeGreaterThan(0);
  expect(body.kinds.find((k: { kind: string }) => k.kind === 'penalty')).toMatchObject({ limit: 7 });
});

test('staff upload a filled-in template, see the report, and match a queued item by hand', async ({ page }) => {
  const staff = await createStaff('jnamr', 'reviewer');
  const firm = await createEntity({ name: `济南${uniqueNamePart()}导入测试有限公司` });
  await signInAs(page, staff);
  await page.goto('/admin/intake');
  await expect(page.getByRole('heading', { level: 1, name: '信息归集' })).toBeVisible();
  await expect(page.getByRole('link', { name: '行政处罚模板（XLSX）' })).toHaveAttribute('href', '/api/v1/intake/templates/penalty.xlsx');
  await axe(page);
  const csv =
    '\uFEFF来源编号,统一社会信用代码,主体名称,信息类别,信息名称,决定日期,处罚程度\r\n' +
    `up1-${run},${firm.uscc},,行政处罚,上传的处罚,${daysAgo(3)},一般\r\n` +
    `up2-${run},${firm.uscc},,行政处罚,,${daysAgo(3)},一般\r\n` +
    `up3-${run},,找不到的${run}公司,行政许可,上传的许可,${daysAgo(3)},\r\n`;
  await page.getByLabel('文件（CSV 或 XLSX）').setInputFiles({ name: 'upload.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: '上传并导入' }).click();
  await expect(page.getByRole('heading', { name: '导入结果' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-count="created"]')).toHaveText('1');
  await expect(page.locator('[data-count="rejected"]')).toHaveText('1');
  await expect(page.locator('[data-count="queued"]')).toHaveText('1');
  await expect(page.getByRole('cell', { name: '此项必填。' })).toBeVisible();
  const download = page.getByRole('link', { name: '下载处理报告（CSV）' });
  expect(decodeURIComponent((await download.getAttribute('href')) ?? '')).toContain('3,信息名称,未接收,此项必填。');
  await axe(page);

  await page.goto('/admin/intake/unmatched');
  await page.getByRole('link', { name: `up3-${run}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: '人工匹配市场主体' })).toBeVisible();
  await expect(page.getByText('没有候选主体')).toBeVisible();
  await page.getByLabel(/按统一社会信用代码或注册号查找/).fill(firm.uscc);
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('radio', { name: new RegExp(firm.name) }).check();
  await axe(page);
  await page.getByRole('button', { name: '确认匹配' }).click();
  await expect(page.getByRole('status')).toContainText('已匹配');
  await expect(page.getByRole('link', { name: `up3-${run}` })).toHaveCount(0);
});

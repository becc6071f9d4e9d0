// Credit repair end to end: only a penalty past its minimum publicity period offers repair (the form
// refuses earlier ones, naming the date); an approved repair stops publication and re-rates. A firm
// on the abnormal-operations list applies to leave it, proving who acts for it; granted, it leaves
// the list, is re-rated, and the commitment it signed is published under 良好信息.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { repairEligibleFrom, SEED_PUBLICITY_CATALOGUE } from '../../lib/domain/publicity';
import { pdfBytes, storedCounts } from '../factories/applications';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { createStaff, signInAs } from '../factories/staff';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Changes reach the cached profile through the outbox worker in seconds; 20 s leaves room for a loaded machine. */
const FRESH = { timeout: 20_000, intervals: [250] };
const REPLY = '已履行处罚并完成整改，准予信用修复。';
let firm: CreatedEntity;
let ip = 0;

test.beforeAll(async () => {
  firm = await createEntity({
    records: [
      // General (3 months minimum): a minor one would not count toward the red the test starts from.
      { kind: 'penalty', title: '已满公示期的处罚', decisionDate: daysAgo(120), severity: 'general' },
      { kind: 'penalty', title: '严重处罚未满一年', decisionDate: daysAgo(200), severity: 'serious' },
      { kind: 'penalty', title: '一般处罚未满三个月', decisionDate: daysAgo(30), severity: 'general' },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

async function newContext(browser: Browser) {
  ip += 1;
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `10.78.${process.pid % 250}.${ip}` } });
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The parts of the repair form that say who acts for the firm and how it repairs. */
async function fillRepairParts(page: Page) {
  await page.getByLabel('法定代表人（负责人、经营者）').check();
  await page.getByLabel('完成整改、纠正失信行为').check();
  await page.getByLabel('身份证明文件').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdfBytes('licence') });
}

/** The reviewer confirms the applicant's authority and grants the open repair request shown. */
async function grant(staff: Page, reply: string) {
  const approve = staff.getByRole('region', { name: '准予信用修复' });
  await approve.getByLabel('书面答复（申请人可见）').fill(reply);
  await approve.getByRole('button', { name: '准予修复' }).click();
  // Without the confirmation that the applicant may act for the firm, nothing is decided.
  await expect(staff.getByRole('alert').filter({ hasText: '请勾选确认已核实申请人有权代表该主体' })).toBeVisible();
  await approve.getByLabel('书面答复（申请人可见）').fill(reply);
  await approve.getByLabel(/我已核实申请人有权代表该主体/).check();
  await approve.getByRole('button', { name: '准予修复' }).click();
  await expect(staff.getByRole('status')).toContainText('已办理：准予修复');
}

async function levelOnPage(page: Page, uscc = firm.uscc): Promise<string | null> {
  await page.goto(`/zh-CN/entities/${uscc}`);
  return page.locator('section[aria-labelledby="credit-heading"] [data-level]').first().getAttribute('data-level');
}

test('credit repair: refused before the minimum period, granted after it, and the profile follows', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newContext(browser);
  const page = await context.newPage();
  const [eligible, serious, recent] = firm.recordIds as [string, string, string];
  expect(await levelOnPage(page)).toBe('red');
  await expect(page.locator(`#record-${eligible}`).getByRole('link', { name: '申请信用修复' })).toBeVisible();
  await expect(page.locator(`#record-${serious}`).getByRole('link', { name: '申请信用修复' })).toHaveCount(0);
  await expect(page.locator(`#record-${recent}`).getByRole('link', { name: '申请信用修复' })).toHaveCount(0);

  // Before the minimum period (serious: 1 year), the repair page refuses and says from when.
  const before = await storedCounts();
  await page.goto(`/zh-CN/entities/${firm.uscc}/repair?record=${serious}`);
  await expect(page.locator('main').getByRole('alert')).toHaveText(
    `该记录尚未满最短公示期（或列入期限），${repairEligibleFrom(SEED_PUBLICITY_CATALOGUE, { kind: 'penalty', severity: 'serious', decisionDate: daysAgo(200), publicityStart: null })} 起方可申请信用修复。`,
  );
  await expect(page.getByRole('button', { name: '提交申请' })).toHaveCount(0);
  await axe(page);
  expect(await storedCounts()).toEqual(before);

  await page.goto(`/zh-CN/entities/${firm.uscc}`);
  await page.locator(`#record-${eligible}`).getByRole('link', { name: '申请信用修复' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申请信用修复' })).toBeVisible();
  await axe(page);
  await page.getByLabel('企业', { exact: true }).check();
  await page.getByLabel('申请人姓名或名称').fill('济南修复申请有限公司');
  await page.getByLabel('申请企业的统一社会信用代码').fill('91370102MA3C5PRX3E');
  await page.getByLabel('电子邮箱').fill('repair@example.com');
  await page.getByLabel('具体说明').fill('罚款已于上月缴清，整改报告见附件。');
  // Without the commitment and the evidence: specific errors.
  await page.getByLabel(/本人声明/).check();
  await page.getByRole('button', { name: '提交申请' }).click();
  const summary = page.locator('main').getByRole('alert').filter({ hasText: '请更正以下问题' });
  await expect(summary.getByRole('link', { name: '申请信用修复须上传纠正违法行为的证明材料。' })).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByRole('link', { name: '申请信用修复须作出信用承诺，请勾选。' })).toHaveAttribute('href', '#commitment');
  await axe(page);
  expect(await storedCounts()).toEqual(before);

  await fillRepairParts(page);
  await page.getByLabel('证明材料').setInputFiles({ name: '缴款凭证.pdf', mimeType: 'application/pdf', buffer: pdfBytes('receipt') });
  await page.getByLabel(/本主体郑重承诺/).check();
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已受理' })).toBeVisible({ timeout: 20_000 });
  const trackingNo = (await page.getByTestId('tracking-no').textContent())!.trim();
  const accessCode = (await page.getByTestId('access-code').textContent())!.trim();
  expect(trackingNo).toMatch(/^XF/);
  await expect(page.getByText(/前（10 个工作日）$/)).toBeVisible();

  const staffContext = await newContext(browser);
  const staff = await staffContext.newPage();
  await signInAs(staff, await createStaff('test-amr', 'reviewer'));
  await staff.goto('/admin/repairs');
  const row = staff.locator(`tr[data-tracking-no="${trackingNo}"]`);
  await expect(row).toContainText('10 个工作日');
  await row.getByRole('link', { name: trackingNo }).click();
  await expect(staff.getByText('已签署')).toBeVisible();
  await axe(staff);
  await grant(staff, REPLY);

  // Publication stops and the level is recomputed (3 penalties → 2: red → yellow) within seconds.
  await expect.poll(() => levelOnPage(page), FRESH).toBe('yellow');
  await expect(page.getByText('已满公示期的处罚')).toHaveCount(0);

  await page.goto(`/zh-CN/objections/${trackingNo}`);
  await page.getByLabel('查询码').fill(accessCode);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('已办结：准予信用修复，已停止公示');
  await expect(page.getByTestId('application-reply')).toHaveText(REPLY);
  await axe(page);
  await Promise.all([context.close(), staffContext.close()]);
});

test('an abnormal-operations listing: the firm applies, a reviewer grants, the firm leaves the list, is re-rated and its commitment is public', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const listedOn = daysAgo(47);
  const listed = await createEntity({ records: [{ kind: 'abnormal_listing', decisionDate: listedOn, grounds: '未按规定报送年度报告' }] });
  const listUrl = (status: string) => `/zh-CN/lists/abnormal-operations?status=${status}&district=370102&from=${listedOn}&to=${listedOn}`;
  const context = await newContext(browser);
  const page = await context.newPage();
  expect(await levelOnPage(page, listed.uscc)).toBe('red');
  await page.goto(listUrl('current'));
  await expect(page.locator(`[data-testid="list-entry"][data-uscc="${listed.uscc}"]`)).toHaveAttribute('data-listed-now', 'true');

  await page.goto(`/zh-CN/entities/${listed.uscc}`);
  await page.locator(`#record-${listed.recordIds[0]}`).getByRole('link', { name: '申请信用修复' }).click();
  await expect(page.getByTestId('repair-conditions')).toContainText('可随时申请移出名录');
  await page.getByLabel('企业', { exact: true }).check();
  await page.getByLabel('申请人姓名或名称').fill('济南移出名录申请有限公司');
  await page.getByLabel('申请企业的统一社会信用代码').fill('91370102MA3C5PRX3E');
  await page.getByLabel('电子邮箱').fill('abnormal@example.com');
  await page.getByLabel('具体说明').fill('已补报 2025 年度报告并公示。');
  await page.getByLabel('证明材料').setInputFiles({ name: '年报回执.pdf', mimeType: 'application/pdf', buffer: pdfBytes('annual report') });
  await page.getByLabel(/本主体郑重承诺/).check();
  await page.getByLabel(/本人声明/).check();
  // Without saying who acts for the firm, which routes, and the proof of role: one error for each.
  await page.getByRole('button', { name: '提交申请' }).click();
  const summary = page.locator('main').getByRole('alert').filter({ hasText: '请更正以下问题' });
  await expect(summary.getByRole('link', { name: '请选择您与该主体的关系。' })).toBeVisible({ timeout: 20_000 });
  await expect(summary.getByRole('link', { name: '请至少选择一种修复方式。' })).toBeVisible();
  await expect(summary.getByRole('link', { name: '请上传证明您有权代表该主体的文件。' })).toBeVisible();
  await axe(page);
  await fillRepairParts(page);
  await page.getByLabel('证明材料').setInputFiles({ name: '年报回执.pdf', mimeType: 'application/pdf', buffer: pdfBytes('annual report') });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已受理' })).toBeVisible({ timeout: 20_000 });
  const trackingNo = (await page.getByTestId('tracking-no').textContent())!.trim();

  const staffContext = await newContext(browser);
  const staff = await staffContext.newPage();
  await signInAs(staff, await createStaff('test-amr', 'reviewer'));
  await staff.goto('/admin/repairs');
  await staff.locator(`tr[data-tracking-no="${trackingNo}"]`).getByRole('link', { name: trackingNo }).click();
  await expect(staff.getByTestId('repair-routes')).toHaveText('完成整改、纠正失信行为');
  await expect(staff.getByText('身份证明：')).toBeVisible();
  await grant(staff, '已补报年度报告，准予移出经营异常名录。');

  // The firm leaves the list (the list keeps the entry with its removal), is re-rated, and its commitment is public.
  await expect.poll(() => levelOnPage(page, listed.uscc), FRESH).toBe('green');
  const good = page.locator('section[data-category="good"]');
  await expect(good).toContainText('信用修复承诺书');
  await page.goto(listUrl('removed'));
  const entry = page.locator(`[data-testid="list-entry"][data-uscc="${listed.uscc}"]`);
  await expect(entry).toHaveAttribute('data-listed-now', 'false');
  await expect(entry).toContainText('信用修复申请经审核同意，移出名单');
  await page.goto(listUrl('current'));
  await expect(page.locator(`[data-testid="list-entry"][data-uscc="${listed.uscc}"]`)).toHaveCount(0);
  await Promise.all([context.close(), staffContext.close()]);
});

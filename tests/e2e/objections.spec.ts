// Objections end to end: a company objects with a PDF, the record shows "under objection"; a reviewer
// of the right department suspends it (the level changes within seconds), corrects it, and the
// applicant reads the reply; a reviewer of another department can neither see nor open it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { newTrackingNo } from '../../lib/objections/tracking';
import { pdfBytes, storedCounts } from '../factories/applications';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { createStaff, signInAs } from '../factories/staff';

const APPLICANT = `申请人${Date.now().toString(36)}有限公司`;
const PHONE = `138${String(Date.now()).slice(-8)}`;
const EMAIL = `objector-${Date.now().toString(36)}@example.com`;
const REPLY = '经核实，原记录文号与决定日期有误，已予更正。';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Changes reach the cached profile through the outbox worker in seconds; 20 s leaves room for a loaded machine. */
const FRESH = { timeout: 20_000, intervals: [250] };

let firm: CreatedEntity;
let ip = 0;

test.beforeAll(async () => {
  firm = await createEntity({
    records: [
      { kind: 'penalty', title: '被异议的处罚', decisionDate: daysAgo(30), severity: 'general' },
      { kind: 'penalty', title: '第二项处罚', decisionDate: daysAgo(60), severity: 'general' },
      { kind: 'penalty', title: '第三项处罚', decisionDate: daysAgo(90), severity: 'general' },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

/** Each browser gets its own client address, so per-address limits never leak between tests. */
async function newContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  ip += 1;
  return browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': `10.77.${process.pid % 250}.${ip}` } });
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function levelOnPage(page: Page, uscc: string): Promise<string | null> {
  await page.goto(`/zh-CN/entities/${uscc}`);
  return page.locator('section[aria-labelledby="credit-heading"] [data-level]').first().getAttribute('data-level');
}

async function fillObjection(page: Page, opts: { description?: string; declaration?: boolean } = {}) {
  await page.getByLabel('企业', { exact: true }).check();
  await page.getByLabel('申请人姓名或名称').fill(APPLICANT);
  await page.getByLabel('申请企业的统一社会信用代码').fill('91370102MA3C5PRX3E');
  await page.getByLabel('电话', { exact: true }).fill(PHONE);
  await page.getByLabel('电子邮箱').fill(EMAIL);
  await page.getByLabel('异议理由').selectOption('wrong');
  await page.getByLabel('具体说明').fill(opts.description ?? '处罚决定书文号与原件不一致，决定日期亦有误。');
  if (opts.declaration !== false) await page.getByLabel(/本人声明/).check();
}

test('a company objects with a PDF; the reviewer suspends and corrects; the applicant reads the reply', async ({ browser }) => {
  test.setTimeout(120_000);
  const applicant = await newContext(browser);
  const page = await applicant.newPage();
  expect(await levelOnPage(page, firm.uscc)).toBe('red');
  const recordItem = page.locator(`#record-${firm.recordIds[0]}`);
  await recordItem.getByRole('link', { name: '对此记录提出异议' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '对信用信息提出异议' })).toBeVisible();
  await expect(page.getByText('被异议的处罚')).toBeVisible();
  await axe(page);

  await fillObjection(page);
  await page.getByLabel('证明材料').setInputFiles({ name: '处罚决定书.pdf', mimeType: 'application/pdf', buffer: pdfBytes('decision') });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已受理' })).toBeVisible({ timeout: 20_000 });
  const trackingNo = (await page.getByTestId('tracking-no').textContent())!.trim();
  const accessCode = (await page.getByTestId('access-code').textContent())!.trim();
  expect(trackingNo).toMatch(/^YY\d{8}[0-9A-Z]{8}$/);
  await axe(page);

  // The record is marked "under objection" on the public profile.
  await expect
    .poll(async () => {
      await page.goto(`/zh-CN/entities/${firm.uscc}`);
      return recordItem.textContent();
    }, FRESH)
    .toContain('异议处理中');

  // Nothing about the applicant on the public page, in the API or in search.
  const [profileHtml, apiJson, searchJson] = await Promise.all([
    (await page.request.get(`/zh-CN/entities/${firm.uscc}`)).text(),
    (await page.request.get(`/api/v1/entities/${firm.uscc}`)).text(),
    (await page.request.get(`/api/v1/search?q=${encodeURIComponent(firm.name)}`)).text(),
  ]);
  expect(apiJson).toContain(firm.uscc);
  for (const secret of [APPLICANT, PHONE, EMAIL, '处罚决定书.pdf', accessCode]) {
    expect(profileHtml).not.toContain(secret);
    expect(apiJson).not.toContain(secret);
    expect(searchJson).not.toContain(secret);
  }

  // The reviewer of the providing department.
  const staffContext = await newContext(browser);
  const staff = await staffContext.newPage();
  await signInAs(staff, await createStaff('test-amr', 'reviewer', '王审核'));
  await staff.goto('/admin/objections');
  const row = staff.locator(`tr[data-tracking-no="${trackingNo}"]`);
  await expect(row).toContainText('20 个工作日');
  await axe(staff);
  await row.getByRole('link', { name: trackingNo }).click();
  await expect(staff.getByRole('heading', { name: `受理编号 ${trackingNo}` })).toBeVisible();
  await expect(staff.getByText(APPLICANT)).toBeVisible();
  await axe(staff);

  const evidenceLink = staff.getByRole('link', { name: /下载 处罚决定书\.pdf/ });
  const evidenceHref = (await evidenceLink.getAttribute('href'))!;
  const evidence = await staff.request.get(evidenceHref);
  expect(evidence.status()).toBe(200);
  expect(evidence.headers()['content-disposition']).toMatch(/^attachment;.*filename\*=UTF-8''%E5%A4%84/);
  expect(evidence.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await evidence.body()).equals(pdfBytes('decision'))).toBe(true);

  await staff.getByRole('region', { name: '核查期间暂停公示' }).getByLabel(/说明/).fill('核查期间暂停公示。');
  await staff.getByRole('button', { name: '暂停公示', exact: true }).click();
  await expect(staff.getByRole('status')).toContainText('已办理：暂停公示');
  await expect(staff.getByTestId('application-status')).toHaveText('核查中（已暂停公示）');

  // Hidden from the profile and the rating recomputed without it, within seconds.
  const suspendedAt = Date.now();
  await expect.poll(() => levelOnPage(page, firm.uscc), FRESH).toBe('yellow');
  test.info().annotations.push({ type: 'freshness', description: `suspend → yellow on the profile in ${Date.now() - suspendedAt} ms` });
  await expect(page.getByText('被异议的处罚')).toHaveCount(0);

  const correct = staff.getByRole('region', { name: '更正记录' });
  await correct.getByLabel('标题').fill('更正后的处罚决定');
  await correct.getByLabel('文号').fill('济市监罚〔2026〕88号');
  await correct.getByLabel('决定日期').fill('2020-05-06');
  await correct.getByLabel('书面答复（申请人可见）').fill(REPLY);
  await correct.getByRole('button', { name: '更正' }).click();
  await expect(staff.getByRole('status')).toContainText('已办理：更正');
  await expect(staff.getByText('该事项已办结，不能再作处理。')).toBeVisible();

  // The corrected record is public again with its new content; its old date no longer counts.
  // (Read the whole page: a locator would wait for a record that is not there yet.)
  await expect
    .poll(async () => {
      await page.goto(`/zh-CN/entities/${firm.uscc}`);
      return page.locator('main').textContent();
    }, FRESH)
    .toContain('更正后的处罚决定');
  await expect(page.locator(`#record-${firm.recordIds[0]}`)).toContainText('已更正');
  expect(await levelOnPage(page, firm.uscc)).toBe('yellow');

  // The applicant follows the application with the access code.
  await page.goto(`/zh-CN/objections/${trackingNo}`);
  await expect(page.getByRole('heading', { name: '办理进度查询' })).toBeVisible();
  await axe(page);
  await page.getByLabel('查询码').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('受理编号或查询码不正确');
  await axe(page);
  await page.getByLabel('查询码').fill(accessCode.toLowerCase());
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('已办结：信息已更正');
  await expect(page.getByTestId('application-reply')).toHaveText(REPLY);
  await expect(page.getByRole('list').filter({ hasText: '已受理' })).toContainText('部门核实期间暂停公示该记录');
  const statusHtml = await page.content();
  for (const secret of [APPLICANT, PHONE, EMAIL, '王审核']) expect(statusHtml).not.toContain(secret);
  await axe(page);

  // A reviewer of another department: not in the queue, and a guessed URL is a 404, evidence too.
  const [app] = await getSql()<{ id: number }[]>`select id::int as id from applications where tracking_no = ${trackingNo}`;
  const outsiderContext = await newContext(browser);
  const outsider = await outsiderContext.newPage();
  await signInAs(outsider, await createStaff('jntax', 'reviewer', '赵审核'));
  await outsider.goto('/admin/objections?status=all');
  await expect(outsider.getByRole('heading', { level: 1, name: '异议处理' })).toBeVisible();
  await expect(outsider.locator(`tr[data-tracking-no="${trackingNo}"]`)).toHaveCount(0);
  expect((await outsider.goto(`/admin/objections/${app!.id}`))!.status()).toBe(404);
  await expect(outsider.getByText(APPLICANT)).toHaveCount(0);
  expect((await outsider.request.get(evidenceHref)).status()).toBe(404);
  // Nor can a signed-out visitor fetch the evidence.
  const anonymous = await applicant.request.get(evidenceHref, { maxRedirects: 0 });
  expect([302, 303, 307, 404]).toContain(anonymous.status());

  await Promise.all([applicant.close(), staffContext.close(), outsiderContext.close()]);
});

test('the form works without JavaScript: errors listed at the top, answers kept, nothing stored', async ({ browser }) => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const target = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(10) }] });
  await page.goto(`/zh-CN/entities/${target.uscc}/objection?record=${target.recordIds[0]}`);
  const before = await storedCounts();
  await fillObjection(page, { description: '长'.repeat(2001), declaration: false });
  await page
    .getByLabel('证明材料')
    .setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]) });
  await page.getByRole('button', { name: '提交申请' }).click();
  const summary = page.locator('main').getByRole('alert').filter({ hasText: '请更正以下问题' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: '具体说明不能超过 2000 字，请删减。' })).toHaveAttribute('href', '#description');
  // A file's bytes are read only once the text is valid and the rate limit passed: no type error yet.
  await expect(summary.getByRole('link', { name: /invoice\.pdf/ })).toHaveCount(0);
  await expect(summary.getByRole('link', { name: '请勾选声明，确认所填信息真实。' })).toHaveAttribute('href', '#declaration');
  await expect(page.getByLabel('申请人姓名或名称')).toHaveValue(APPLICANT);
  await expect(page.getByLabel('电话', { exact: true })).toHaveValue(PHONE);
  await expect(page.getByLabel('具体说明')).toHaveValue('长'.repeat(2001));
  await expect(page.getByLabel('具体说明')).toHaveAttribute('aria-invalid', 'true');
  expect(await storedCounts()).toEqual(before);

  // Fixed, it goes through without JavaScript (no proof of work: the stricter per-address limit).
  await page.getByLabel('具体说明').fill('文号有误。');
  await page.getByLabel(/本人声明/).check();
  await page.getByLabel('证明材料').setInputFiles({ name: '决定书.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已受理' })).toBeVisible();
  const after = await storedCounts();
  expect(after.applications).toBe(before.applications + 1);
  expect(after.evidenceFiles).toBe(before.evidenceFiles + 1);
  await context.close();
});

test('with JavaScript: six files and an oversize file are refused before upload; a forged token is refused by the server', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const target = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(10) }] });
  await page.goto(`/zh-CN/entities/${target.uscc}/objection?record=${target.recordIds[0]}`);
  const before = await storedCounts();
  await fillObjection(page);
  const summary = page.locator('main').getByRole('alert').filter({ hasText: '请更正以下问题' });

  await page
    .getByLabel('证明材料')
    .setInputFiles(Array.from({ length: 6 }, (_, i) => ({ name: `证据${i + 1}.pdf`, mimeType: 'application/pdf', buffer: pdfBytes(String(i)) })));
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(summary.getByRole('link', { name: '最多上传 5 个文件，您选择了 6 个。' })).toBeVisible();
  await expect(summary).toBeFocused();

  await page
    .getByLabel('证明材料')
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]) });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(summary.getByRole('link', { name: '文件“scan.pdf”超过 10 MB。' })).toBeVisible();
  expect(await storedCounts()).toEqual(before);

  await page.getByLabel('证明材料').setInputFiles({ name: 'ok.pdf', mimeType: 'application/pdf', buffer: pdfBytes() });
  await page.locator('input[name="csrf"]').evaluate((el: HTMLInputElement) => {
    el.value = `${Date.now()}.AAAAAAAAAAAA.forged`;
  });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(summary).toContainText('页面已过期或来源无法验证');
  await expect(page.getByLabel('申请人姓名或名称')).toHaveValue(APPLICANT);
  expect(await storedCounts()).toEqual(before);
  await context.close();
});

test('a tracking number with a typo is a 404; the status page is never indexed', async ({ page }) => {
  const valid = newTrackingNo('objection', '2026-01-01');
  const typo = `${valid.slice(0, -2)}${valid.at(-2) === '0' ? '1' : '0'}${valid.at(-1)}`;
  expect((await page.goto(`/zh-CN/objections/${typo}`))!.status()).toBe(404);
  expect((await page.goto(`/zh-CN/objections/${valid}`))!.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

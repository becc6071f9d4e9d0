// Replaying an objection form's token in a browser (issue 15, finding 8): the form page gives the
// browser its id cookie (never a cached public page); another browser posting the same token with
// other content is refused and sees neither the first tracking number nor its access code; the
// first browser repeating the same content gets its own receipt back.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { pdfBytes, storedCounts } from '../factories/applications';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;
let ip = 0;
const EVIDENCE = pdfBytes('replayed form');

test.beforeAll(async () => {
  firm = await createEntity({ records: [{ kind: 'penalty', title: '重放测试处罚', decisionDate: daysAgo(30), severity: 'general' }] });
});

test.afterAll(async () => {
  await closeDb();
});

async function newContext(browser: Browser) {
  ip += 1;
  return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `10.78.${process.pid % 250}.${ip}` } });
}

const formUrl = () => `/zh-CN/entities/${firm.uscc}/objection?record=${firm.recordIds[0]}`;

async function fill(page: Page, description: string) {
  await page.getByLabel('自然人', { exact: true }).check();
  await page.getByLabel('申请人姓名或名称').fill('张重放');
  await page.getByLabel('电话', { exact: true }).fill('13800000000');
  await page.getByLabel('异议理由').selectOption('wrong');
  await page.getByLabel('具体说明').fill(description);
  await page.getByLabel(/本人声明/).check();
  await page.getByLabel('证明材料').setInputFiles({ name: '决定书.pdf', mimeType: 'application/pdf', buffer: EVIDENCE });
}

test('the form page sets the browser cookie; a public page does not', async ({ request }) => {
  const form = await request.get(formUrl());
  expect(form.status()).toBe(200);
  expect(form.headers()['set-cookie']).toMatch(/(^|\n)form_browser=[A-Za-z0-9_-]{32}; Path=\/; Max-Age=86400; HttpOnly; SameSite=Lax/);
  const profile = await request.get(`/zh-CN/entities/${firm.uscc}`);
  expect(profile.headers()['set-cookie'] ?? '').not.toContain('form_browser');
});

test('a replayed token with other content from another browser is refused; the same browser and content get the receipt again', async ({ browser }) => {
  test.setTimeout(120_000);
  const first = await newContext(browser);
  const page = await first.newPage();
  await page.goto(formUrl());
  const token = await page.locator('input[name="csrf"]').inputValue();
  await fill(page, '处罚决定书文号有误。');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已受理' })).toBeVisible({ timeout: 20_000 });
  const trackingNo = (await page.getByTestId('tracking-no').textContent())!.trim();
  const accessCode = (await page.getByTestId('access-code').textContent())!.trim();
  const before = await storedCounts();

  // Another browser with the first form's token and other content.
  const other = await newContext(browser);
  const replay = await other.newPage();
  await replay.goto(formUrl());
  await fill(replay, '另一个人的内容。');
  // Set last: React puts its own token back when the form re-renders while it is being filled in.
  await replay.locator('input[name="csrf"]').evaluate((el, value) => ((el as HTMLInputElement).value = value), token);
  await replay.getByRole('button', { name: '提交申请' }).click();
  await expect(replay.locator('main').getByRole('alert')).toContainText('此表单已经提交过', { timeout: 20_000 });
  const html = await replay.content();
  expect(html).not.toContain(trackingNo);
  expect(html).not.toContain(accessCode);

  // The first browser repeating exactly what it sent (a retry) gets its receipt again.
  const retry = await first.newPage();
  await retry.goto(formUrl());
  await fill(retry, '处罚决定书文号有误。');
  await retry.locator('input[name="csrf"]').evaluate((el, value) => ((el as HTMLInputElement).value = value), token);
  await retry.getByRole('button', { name: '提交申请' }).click();
  await expect(retry.getByRole('heading', { name: '申请已受理' })).toBeVisible({ timeout: 20_000 });
  await expect(retry.getByTestId('tracking-no')).toHaveText(trackingNo);
  await expect(retry.getByTestId('access-code')).toHaveText(accessCode);
  expect((await storedCounts()).applications).toBe(before.applications);
  await Promise.all([first.close(), other.close()]);
});

// The objection form and the status page on a phone: no horizontal scroll, errors readable, axe clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { newTrackingNo } from '../../lib/objections/tracking';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({ records: [{ kind: 'penalty', title: '手机上被异议的处罚', decisionDate: daysAgo(100), severity: 'minor' }] });
});

test.afterAll(async () => {
  await closeDb();
});

async function fitsAndPassesAxe(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
}

test('the objection form fits a phone, before and after an error', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${firm.uscc}`);
  await page.locator(`#record-${firm.recordIds[0]}`).getByRole('link', { name: '对此记录提出异议' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '对信用信息提出异议' })).toBeVisible();
  await fitsAndPassesAxe(page);
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.locator('main').getByRole('alert').filter({ hasText: '请更正以下问题' })).toBeVisible({ timeout: 20_000 });
  await fitsAndPassesAxe(page);
  await page.screenshot({ path: 'test-results/phone-objection-form.png', fullPage: true });
});

test('the repair page and the status page fit a phone', async ({ page }) => {
  await page.goto(`/en/entities/${firm.uscc}/repair?record=${firm.recordIds[0]}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Apply for credit repair' })).toBeVisible();
  await fitsAndPassesAxe(page);
  // Any well-formed number asks for the code (whether it exists is only told to its holder).
  await page.goto(`/zh-TW/objections/${newTrackingNo('objection', '2026-11-22')}`);
  await expect(page.getByRole('heading', { level: 1, name: '辦理進度查詢' })).toBeVisible();
  await page.getByLabel('查詢碼').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: '查詢' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('受理編號或查詢碼不正確');
  await fitsAndPassesAxe(page);
});

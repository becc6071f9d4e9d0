import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({
    records: [
      { kind: 'penalty', title: '超范围经营', decisionDate: daysAgo(20), publicityEnd: daysAgo(-200) },
      { kind: 'penalty', title: '未按规定公示年度报告', decisionDate: daysAgo(90), publicityEnd: daysAgo(-200) },
      { kind: 'penalty', title: '虚假宣传', decisionDate: daysAgo(120), publicityEnd: daysAgo(-200) },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

for (const path of ['/zh-CN', '/en', '/zh-TW/search?q=济南', '/zh-CN/lists/abnormal-operations?status=all', '/en/lists/recent-changes', '/en/developers']) {
  test(`${path} fits a phone screen and passes axe (WCAG 2.1 AA)`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

test('a red profile on a phone: readable, no horizontal scroll, passes axe', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${firm.uscc}`);
  await expect(page.locator('section[aria-labelledby="credit-heading"] [data-level]').first()).toHaveAttribute('data-level', 'red');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/phone-profile.png', fullPage: true });
});

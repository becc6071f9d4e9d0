// The small-business pages on a phone: no horizontal scroll, axe (WCAG 2.1 AA), all three locales.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { closeDb, getSql } from '../../lib/db/client';

test.afterAll(async () => {
  await closeDb();
});

async function check(page: import('@playwright/test').Page, path: string) {
  await page.goto(path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
}

for (const path of [
  '/zh-CN/policies?status=in_force',
  '/en/policies?q=loan',
  '/zh-TW/policies/guide?size=micro&industry=H62',
  '/en/small-businesses',
  '/zh-CN/small-businesses?status=removed',
  '/zh-TW/policies/figures',
  '/en/policies/figures',
]) {
  test(`${path} fits a phone and passes axe`, async ({ page }) => {
    await check(page, path);
  });
}

test('a policy page with beneficiaries fits a phone in all three locales', async ({ page }) => {
  const [p] = await getSql()<{ id: number }[]>`
    select policy_id as id from support_received where policy_id is not null group by policy_id order by count(*) desc limit 1`;
  for (const locale of ['zh-CN', 'zh-TW', 'en']) await check(page, `/${locale}/policies/${p!.id}`);
  await expect(page.getByTestId('beneficiary').first()).toBeVisible();
});

// Credit commitments (信用承诺, issue 18 part 3) in the browser: the public list with its filters in
// plain GET URLs, the status said in words on the list and on the firm's profile under 良好信息, the
// templates page, and the list at phone width (390 px) without sideways scrolling.
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { translator } from '../support/messages';

const t = translator('zh-CN', 'Commitments');
const PUBLIC = /^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

let broken: CreatedEntity;
let kept: CreatedEntity;

test.beforeAll(async () => {
  // Signed today and yesterday: newest first, so both are on the first page of the unfiltered list.
  broken = await createEntity({
    records: [
      {
        kind: 'credit_commitment',
        title: '食品经营许可告知承诺书',
        decisionDate: daysAgo(0),
        procedureCode: 'food-business-licence',
        commitmentStatus: 'broken',
      },
    ],
  });
  kept = await createEntity({
    records: [
      {
        kind: 'credit_commitment',
        title: '建筑业企业资质告知承诺书',
        decisionDate: daysAgo(1),
        procedureCode: 'construction-qualification',
        commitmentStatus: 'kept',
      },
    ],
  });
});
test.afterAll(async () => {
  await closeDb();
});

test('the list shows commitments with their procedure and status in words, and filters by status through a GET form', async ({ page, request }) => {
  const res = await request.get('/zh-CN/commitments', { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toMatch(PUBLIC);

  await page.goto('/zh-CN/commitments');
  await expect(page.getByRole('heading', { level: 1, name: t('title') })).toBeVisible();
  const brokenEntry = page.getByTestId('commitment-entry').filter({ has: page.getByRole('link', { name: broken.name }) });
  await expect(brokenEntry.getByText(t('status.broken'), { exact: true })).toBeVisible();
  await expect(brokenEntry.getByText('食品经营许可告知承诺书').first()).toBeVisible();

  await page.getByLabel(t('statusLabel')).selectOption('kept');
  await page.getByRole('button', { name: t('apply') }).click();
  await expect(page).toHaveURL(/[?&]status=kept/);
  const entries = page.getByTestId('commitment-entry');
  await expect(entries.filter({ has: page.getByRole('link', { name: kept.name }) })).toBeVisible();
  await expect(entries.filter({ has: page.getByRole('link', { name: broken.name }) })).toHaveCount(0);
  // Every entry on the filtered page says "kept" in words.
  const statuses = await page.getByTestId('commitment-status').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set([t('status.kept')]));
});

test('the profile shows the commitment under 良好信息 with its status in words', async ({ page }) => {
  await page.goto(`/zh-CN/entities/${broken.uscc}`);
  // Under 良好信息 (the "good" category's section), with the status in words beside the kind.
  const good = page.locator('section[data-category="good"]');
  await expect(good.getByRole('heading', { name: /良好信息/ })).toBeVisible();
  const item = good.locator('li[data-kind="credit_commitment"]');
  await expect(item.getByTestId('commitment-status')).toHaveText(t('status.broken'));
  await expect(item.getByText(t('procedure'), { exact: true })).toBeVisible();
  await expect(item.getByText('食品经营许可告知承诺书').first()).toBeVisible();
  await expect(item.getByText(t('statusLabel'), { exact: true })).toBeVisible();
});

test('the templates page publishes each procedure’s commitment letter', async ({ page }) => {
  await page.goto('/zh-CN/commitments/templates');
  await expect(page.getByRole('heading', { level: 1, name: t('templatesTitle') })).toBeVisible();
  const food = page.locator('#food-business-licence');
  await expect(food.getByRole('heading', { name: '食品经营许可告知承诺书' })).toBeVisible();
  await expect(food.getByText('济南市市场监督管理局')).toBeVisible();
  await food.getByRole('link', { name: t('signedUnder') }).click();
  await expect(page).toHaveURL(/\/zh-CN\/commitments\?procedure=food-business-licence$/);
  await expect(page.getByTestId('commitment-entry').filter({ has: page.getByRole('link', { name: broken.name }) })).toBeVisible();
});

test('at phone width (390 px) the list fits without sideways scrolling and the filters still work', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-CN/commitments?status=broken');
  await expect(page.getByTestId('commitment-entry').filter({ has: page.getByRole('link', { name: broken.name }) })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByLabel(t('statusLabel'))).toHaveValue('broken');
});

import { expect, test, type Page } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { CREDIT_LEVELS, type CreditLevel } from '../../lib/domain/vocabulary';

const EN_LEVELS: Record<CreditLevel, string> = { green: 'Good', yellow: 'Warning', red: 'Dishonest', black: 'Seriously dishonest' };

test.afterAll(async () => {
  await closeDb();
});

async function levelCountsFromDb(): Promise<Record<CreditLevel, number>> {
  const rows = await getSql()<{ level: CreditLevel; n: number }[]>`
    select credit_level as level, count(*)::int as n from entities group by credit_level`;
  const counts: Record<CreditLevel, number> = { green: 0, yellow: 0, red: 0, black: 0 };
  for (const r of rows) counts[r.level] = r.n;
  return counts;
}

async function levelCountsOnPage(page: Page): Promise<Record<CreditLevel, number>> {
  const table = page.getByRole('table', { name: 'Market entities at each credit level' });
  const counts: Record<CreditLevel, number> = { green: 0, yellow: 0, red: 0, black: 0 };
  for (const level of CREDIT_LEVELS) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: EN_LEVELS[level], exact: true }) });
    counts[level] = Number((await row.getByRole('cell').first().innerText()).replace(/[^\d]/g, ''));
  }
  return counts;
}

test('the English statistics page shows every chart with a name and a table of its numbers', async ({ page }) => {
  await page.goto('/en/stats');
  await expect(page).toHaveTitle(/Credit statistics/);
  await expect(page.getByRole('heading', { level: 1, name: 'Credit statistics' })).toBeVisible();
  for (const name of ['By credit level', 'Listings and removals by month', 'By district', 'By industry']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const charts = page.locator('svg[role="img"]');
  // Levels, four lists over time, districts, industries.
  await expect(charts).toHaveCount(7);
  for (const chart of await charts.all()) {
    expect((await chart.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(10);
    // Each chart names the table that holds its numbers.
    const captionId = await chart.getAttribute('aria-describedby');
    expect(captionId).toBeTruthy();
    await expect(page.locator(`table caption#${captionId}`)).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /market entities by credit level/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Dishonest judgment debtors, last 24 months/ })).toBeVisible();
  for (const caption of [
    'Market entities at each credit level',
    'Serious illegal and dishonest list: listings and removals per month',
    'Abnormal operations list: listings and removals per month',
    'Dishonest judgment debtors: listings and removals per month',
    'Major tax violators: listings and removals per month',
    'Market entities per district, by credit level',
    'Market entities per industry division, by credit level',
  ]) {
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
  }
  // 24 months per list, plus header and total rows.
  await expect(page.getByRole('table', { name: 'Major tax violators: listings and removals per month' }).getByRole('row')).toHaveCount(26);
});

test('the level table matches the counts in PostgreSQL', async ({ page }) => {
  // The cache is expired by the worker whenever levels change, so the page catches up within seconds.
  await expect
    .poll(async () => {
      await page.goto('/en/stats');
      const [onPage, inDb] = await Promise.all([levelCountsOnPage(page), levelCountsFromDb()]);
      return JSON.stringify(onPage) === JSON.stringify(inDb) ? 'equal' : `page ${JSON.stringify(onPage)} db ${JSON.stringify(inDb)}`;
    })
    .toBe('equal');
  const total = Object.values(await levelCountsFromDb()).reduce((a, b) => a + b, 0);
  const table = page.getByRole('table', { name: 'Market entities at each credit level' });
  await expect(table.getByRole('row').last().getByRole('cell').first()).toHaveText(total.toLocaleString('en'));
});

test('the district and industry tables add up to every entity', async ({ page }) => {
  await page.goto('/en/stats');
  const totalOf = async (caption: string) => {
    const cells = page.getByRole('table', { name: caption }).locator('tfoot td');
    return Number((await cells.last().innerText()).replace(/[^\d]/g, ''));
  };
  const levelsTotal = Number(
    (await page.getByRole('table', { name: 'Market entities at each credit level' }).locator('tfoot td').first().innerText()).replace(/[^\d]/g, ''),
  );
  expect(await totalOf('Market entities per district, by credit level')).toBe(levelsTotal);
  expect(await totalOf('Market entities per industry division, by credit level')).toBe(levelsTotal);
});

test('the traditional Chinese page is translated and linked from the header', async ({ page }) => {
  await page.goto('/zh-TW');
  await page.getByRole('navigation').getByRole('link', { name: '統計' }).click();
  await expect(page).toHaveURL(/\/zh-TW\/stats$/);
  await expect(page.getByRole('heading', { level: 1, name: '信用統計' })).toBeVisible();
  for (const name of ['按信用等級', '名單列入與移出（按月）', '按行政區', '按行業']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: '各信用等級的市場主體數量' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^按信用等級統計的市場主體/ })).toBeVisible();
});

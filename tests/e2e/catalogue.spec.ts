// The publicity catalogue (issue 17 part 1) in the browser: /{locale}/catalogue in the three
// languages, with the penalty severities and their periods, the simple procedure that does not count
// and the specific serious entry that cannot be repaired early; accessible (axe, WCAG 2.1 AA), usable at
// 390 px, public and cacheable; GET /api/v1/catalogue answers the same entries.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../lib/domain/vocabulary';
import { translator } from '../support/messages';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PUBLIC = /^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

for (const locale of LOCALES) {
  test(`/${locale}/catalogue lists the periods by kind and severity, accessibly`, async ({ page, request }) => {
    const t = translator(locale, 'Catalogue');
    const kinds = translator(locale, 'Kinds');
    const severities = translator(locale, 'Severities');
    const res = await request.get(`/${locale}/catalogue`, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toMatch(PUBLIC);

    await page.goto(`/${locale}/catalogue`);
    await expect(page).toHaveTitle(new RegExp(t('metaTitle')));
    await expect(page.getByRole('heading', { level: 1, name: t('heading') })).toBeVisible();
    const table = page.getByRole('table').first();

    // Simple procedure: 3 months, does not count; serious: 1 to 3 years; specific serious: no early repair.
    const minor = table.locator('#penalty-minor');
    await expect(minor.getByRole('rowheader')).toHaveText(kinds('penalty'));
    await expect(minor.getByRole('cell').nth(0)).toHaveText(severities('minor'));
    await expect(minor.getByRole('cell').nth(2)).toHaveText(t('months', { count: 3 }));
    await expect(minor.getByRole('cell').nth(4)).toHaveText(t('countsNo'));
    const serious = table.locator('#penalty-serious');
    await expect(serious.getByRole('cell').nth(1)).toHaveText(t('months', { count: 12 }));
    await expect(serious.getByRole('cell').nth(2)).toHaveText(t('months', { count: 36 }));
    await expect(table.locator('#penalty-specific_serious')).toContainText(t('noRepairBeforeMax'));
    await expect(table.locator('#department_blacklist').getByRole('rowheader')).toHaveText(kinds('department_blacklist'));
    await expect(table.locator('#department_blacklist').getByRole('cell').nth(2)).toHaveText(t('untilRemoved'));

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the catalogue works at 390 px: the table scrolls inside its frame, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-CN/catalogue');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('GET /api/v1/catalogue answers the entries in force', async ({ request }) => {
  const res = await request.get('/api/v1/catalogue');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { entries: { kind: string; severity: string | null; maximumMonths: number | null; countsTowardLevel: boolean }[] };
  expect(body.entries).toContainEqual(expect.objectContaining({ kind: 'penalty', severity: 'minor', maximumMonths: 3, countsTowardLevel: false }));
  expect(body.entries).toContainEqual(expect.objectContaining({ kind: 'department_blacklist', severity: null, maximumMonths: null }));
});

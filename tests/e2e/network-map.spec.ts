// Related firms (网图) and the city map (issue 20) end to end: two firms posted through entity
// intake at one address appear in each other's related list and graph with the reason, a firm with
// a same-named representative in another district does not; the map page in the three languages
// with a data table, axe-clean, fitting a 390 px phone; a district's link leads to its firms. That the
// table equals the stats page's district figures is tests/integration/network.test.ts.
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { buildUscc } from '../../lib/uscc';
import { daysAgo, uniqueNamePart } from '../factories/entities';
import { expectAxeClean } from '../support/axe';

const run = crypto.randomBytes(3).toString('hex');
let token = '';

function randomUscc(district: string): string {
  const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[crypto.randomInt(31)]).join('');
  return buildUscc({ department: '9', category: '1', divisionCode: district, orgCodeBody: body });
}

const street = `济南市历下区网图路${crypto.randomInt(1, 1e6)}号`;
const representative = `网${run}`;
const a = {
  uscc: randomUscc('370102'),
  name: `济南${uniqueNamePart()}网图甲有限公司`,
  address: `${street}301室`,
  districtCode: '370102',
  legalRepresentative: `甲${run}`,
};
// The same address typed with full-width digits and spaces.
const b = {
  uscc: randomUscc('370102'),
  name: `济南${uniqueNamePart()}网图乙有限公司`,
  address: `${street.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))} ３０１室`,
  districtCode: '370102',
  legalRepresentative: representative,
};
// A's representative's name, in another district: not related.
const c = {
  uscc: randomUscc('370112'),
  name: `济南${uniqueNamePart()}网图丙有限公司`,
  address: '济南市历城区别处路9号',
  districtCode: '370112',
  legalRepresentative: `甲${run}`,
};

test.beforeAll(async () => {
  const t = generateDepartmentToken();
  await insertDepartmentToken({ code: `nm${run}`, nameZhCn: `网图端测登记机关${run}`, isRegistrar: true }, { name: 'e2e', prefix: t.prefix, hash: t.hash });
  token = t.token;
});

test.afterAll(async () => {
  await closeDb();
});

async function fitsAndPassesAxe(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAxeClean(page);
}

test('two firms posted at the same address are in each other’s related list and graph; a same name elsewhere is not', async ({ page, request }) => {
  const response = await request.post('/api/v1/intake/entities', {
    headers: { authorization: `Bearer ${token}` },
    data: { entities: [a, b, c].map((f) => ({ ...f, type: 'company', establishedOn: daysAgo(40), status: 'active' })) },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ accepted: 3, rejected: [] });

  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await expect
      .poll(
        async () => {
          await page.goto(`/zh-CN/entities/${self.uscc}`);
          return page.getByTestId('related-list').locator(`li[data-uscc="${other.uscc}"]`).count();
        },
        { timeout: 15_000, intervals: [500] },
      )
      .toBe(1);
    const item = page.getByTestId('related-list').locator(`li[data-uscc="${other.uscc}"]`);
    await expect(item.getByRole('link', { name: other.name })).toBeVisible();
    await expect(item.locator('[data-reason="same_address"]')).toHaveText('同一注册地址');
    // The graph: a focusable node link labelled with the firm's name and level in words.
    const node = page.getByTestId('related-graph').locator(`a[data-uscc="${other.uscc}"]`);
    await expect(node).toHaveAttribute('aria-label', new RegExp(`${other.name}，良好`));
    await node.focus();
    await expect(node).toBeFocused();
  }
  // C shares A's representative's name, but in Licheng: never related to A.
  await page.goto(`/zh-CN/entities/${a.uscc}`);
  await expect(page.getByTestId('related-list').locator(`li[data-uscc="${c.uscc}"]`)).toHaveCount(0);
  await expect(page.getByTestId('related-graph').locator(`[data-uscc="${c.uscc}"]`)).toHaveCount(0);
  // Where the firm is: its district on the small map beside the address.
  await expect(page.getByRole('img', { name: '历下区在济南市的位置' })).toBeVisible();

  // The API returns the same links, and depth 2 is a page of its own.
  const api = await request.get(`/api/v1/entities/${a.uscc}/related`, { headers: { 'accept-language': 'en' } });
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { firms: { uscc: string; reasons: { reason: string; text: string }[] }[] };
  expect(body.firms.find((f) => f.uscc === b.uscc)?.reasons).toEqual([{ reason: 'same_address', via: a.uscc, text: 'Same registered address' }]);
  expect(body.firms.some((f) => f.uscc === c.uscc)).toBe(false);
  await page.goto(`/en/entities/${a.uscc}?depth=2`);
  await expect(page.getByTestId('related-depth')).toContainText('second-degree links');
  await page.setViewportSize({ width: 390, height: 844 });
  await fitsAndPassesAxe(page);
});

for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
  test(`the city map in ${locale}: a map with numbers, a table, three views, axe-clean at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/map`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText({ 'zh-CN': '城市信用地图', 'zh-TW': '城市信用地圖', en: 'City credit map' }[locale]);
    const rows = page.getByTestId('map-table').locator('tbody tr');
    await expect(rows).toHaveCount(13);
    // Every district with a boundary is a link on the map, its number written on it.
    const districts = page.getByTestId('city-map').locator('a[data-district]');
    await expect(districts).toHaveCount(12);
    await expect(page.getByTestId('city-map').locator('a[data-district="370116"]')).toHaveAttribute('href', new RegExp(`/${locale}/search\\?district=370116`));
    await fitsAndPassesAxe(page);
    for (const mode of ['list', 'new']) {
      await page.getByTestId('map-modes').locator(`a[href$="by=${mode}"]`).click();
      await expect(page).toHaveURL(new RegExp(`by=${mode}`));
      await expect(page.getByTestId('map-modes').locator('[aria-current="page"]')).toHaveAttribute('href', new RegExp(`by=${mode}`));
      await expect(rows).toHaveCount(13);
    }
  });
}

test('the city map is in the sitemap, in every language', async ({ request }) => {
  const pages = await (await request.get('/sitemaps/pages.xml')).text();
  for (const locale of ['zh-CN', 'zh-TW', 'en']) expect(pages).toContain(`/${locale}/map</loc>`);
});

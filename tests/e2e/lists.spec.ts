import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

const DISTRICT = '370112'; // 历城区
let listedToday: CreatedEntity;
let removed: CreatedEntity;

test.beforeAll(async () => {
  listedToday = await createEntity({
    districtCode: DISTRICT,
    records: [
      {
        kind: 'abnormal_listing',
        title: '列入经营异常名录',
        decisionDate: daysAgo(0),
        grounds: '通过登记的住所或者经营场所无法联系',
        docNo: '济历市监异〔2026〕77号',
      },
    ],
  });
  removed = await createEntity({
    districtCode: DISTRICT,
    records: [
      {
        kind: 'abnormal_listing',
        title: '列入经营异常名录',
        decisionDate: daysAgo(400),
        removedOn: daysAgo(20),
        removalReason: '已补报年度报告并公示，申请移出',
        grounds: '未按规定期限公示年度报告',
      },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

test('filter a list to firms listed now in one district and export exactly those rows as CSV', async ({ page }) => {
  await page.goto('/zh-CN/lists/abnormal-operations');
  await expect(page.getByRole('heading', { level: 1, name: '经营异常名录' })).toBeVisible();
  await page.getByLabel('目前在列').check();
  await page.getByLabel('区县').selectOption(DISTRICT);
  await page.getByRole('button', { name: '应用筛选' }).click();
  await expect(page).toHaveURL(new RegExp(`district=${DISTRICT}`));

  const total = Number(await page.getByTestId('list-total').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  const shown = page.getByTestId('list-entry');
  const shownUsccs = await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-uscc')));
  expect(shownUsccs).toContain(listedToday.uscc);
  expect(shownUsccs).not.toContain(removed.uscc);
  for (const flag of await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-listed-now')))) expect(flag).toBe('true');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 CSV（Excel 可直接打开）' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^abnormal-operations-current-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines[0]).toContain('统一社会信用代码');
  expect(lines).toHaveLength(total + 1);
  expect(lines[1]!.split(',')[0]).toBe(shownUsccs[0]);
  if (total <= 50) expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(shownUsccs);
});

test('the JSON API returns the same selection as the page', async ({ request }) => {
  const res = await request.get(`/api/v1/lists/abnormal-operations?district=${DISTRICT}&status=removed`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  const mine = body.entries.find((e: { uscc: string }) => e.uscc === removed.uscc);
  expect(mine).toMatchObject({ listedNow: false, removedOn: daysAgo(20), removalReason: '已补报年度报告并公示，申请移出', authority: '测试市场监督管理局' });
  const bad = await request.get('/api/v1/lists/abnormal-operations?from=2026-02-30');
  expect(bad.status()).toBe(400);
  expect((await request.get('/api/v1/lists/no-such-list')).status()).toBe(404);
  const jsonl = await request.get(`/api/v1/lists/abnormal-operations?district=${DISTRICT}&status=removed&format=jsonl`);
  const rows = (await jsonl.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(rows).toHaveLength(body.total);
});

test('a removed entry says so, with its date and reason, and the firm is no longer red', async ({ page }) => {
  await page.goto(`/en/lists/abnormal-operations?status=removed&district=${DISTRICT}`);
  const item = page.locator(`[data-testid="list-entry"][data-uscc="${removed.uscc}"]`);
  await expect(item).toHaveAttribute('data-listed-now', 'false');
  await expect(item).toContainText('Removed on');
  await expect(item).toContainText('已补报年度报告并公示，申请移出');
  await page.goto(`/en/entities/${removed.uscc}`);
  await expect(page.locator('section[aria-labelledby="credit-heading"] [data-level]').first()).toHaveAttribute('data-level', 'green');
  await expect(page.locator('li[data-kind="abnormal_listing"]')).toContainText('Removed');
  await page.goto(`/en/entities/${listedToday.uscc}`);
  await expect(page.locator('section[aria-labelledby="credit-heading"] [data-level]').first()).toHaveAttribute('data-level', 'red');
});

test('the Atom feed is well-formed XML with the newest listing first', async ({ page, request }) => {
  const res = await request.get('/zh-CN/lists/abnormal-operations/feed.atom');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/atom+xml');
  const xml = await res.text();
  await page.goto('/zh-CN');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return { error: doc.documentElement.textContent };
    const ns = 'http://www.w3.org/2005/Atom';
    const entries = [...doc.getElementsByTagNameNS(ns, 'entry')];
    return {
      root: doc.documentElement.localName,
      title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      updated: entries.map((e) => e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? ''),
      // Listing events (titles "… 列入 …"); removals are interleaved by date.
      firstListingLink: entries
        .find((e) => (e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '').includes(' 列入'))
        ?.getElementsByTagNameNS(ns, 'link')[0]
        ?.getAttribute('href'),
      ids: entries.map((e) => e.getElementsByTagNameNS(ns, 'id')[0]?.textContent),
    };
  }, xml);
  expect(parsed).not.toHaveProperty('error');
  expect(parsed.root).toBe('feed');
  expect(parsed.updated!.length).toBeGreaterThan(1);
  expect([...parsed.updated!].sort().reverse()).toEqual(parsed.updated);
  expect(parsed.firstListingLink).toContain(listedToday.uscc);
  expect(new Set(parsed.ids).size).toBe(parsed.ids!.length);

  const entityFeed = await request.get(`/en/entities/${removed.uscc}/feed.atom`);
  expect(entityFeed.status()).toBe(200);
  const entityXml = await entityFeed.text();
  expect(entityXml).toContain('Removed from list');
});

test('the recent changes page and the lists index show listings and removals', async ({ page }) => {
  await page.goto('/zh-TW/lists');
  await expect(page.getByRole('link', { name: '經營異常名錄' })).toBeVisible();
  await page.getByRole('link', { name: '最近變動' }).click();
  await expect(page.getByRole('link', { name: listedToday.name })).toBeVisible();
  await expect(page.getByTestId('data-as-of')).toContainText('數據截至');
});

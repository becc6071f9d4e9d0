// Search with Meilisearch stopped, hung and back: a site process of its own reaches the real
// Meilisearch through a fault proxy (tests/support/fault-proxy.ts), so the faults are real socket
// behaviour (refused/reset connections; accepted connections that never answer, as with SIGSTOP).
// Every search surface must answer from PostgreSQL with a banner or `degraded: true`, never a 500,
// and /api/health must answer within a second.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, uniqueNamePart, type CreatedEntity } from '../factories/entities';
import { createPolicy } from '../factories/policies';
import { startFaultProxy, throughProxy, type FaultProxy } from '../support/fault-proxy';
import { startSiteProcess, type SiteProcess } from '../support/site-process';

test.describe.configure({ mode: 'serial' });

const BANNER_ZH = '查询结果有限';

let proxy: FaultProxy;
let site: SiteProcess;
let firm: CreatedEntity;
let part: string;
let policyTitle: string;
/** Every status the site answered during the spec (pages, assets, API calls). */
const statuses: { url: string; status: number }[] = [];

function record<R extends { status(): number }>(res: R | null, url: string): R {
  if (!res) throw new Error(`no response for ${url}`);
  statuses.push({ url, status: res.status() });
  return res;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

function watch(page: Page) {
  page.on('response', (res) => statuses.push({ url: res.url(), status: res.status() }));
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dataDir = process.env.DATA_DIR ?? '.data/test';
  const services = JSON.parse(fs.readFileSync(path.join(dataDir, 'services.json'), 'utf8')) as { meiliUrl: string; meiliKey: string };
  const meiliUrl = process.env.MEILI_URL ?? services.meiliUrl;
  const meili = new URL(meiliUrl);
  proxy = await startFaultProxy({ host: meili.hostname, port: Number(meili.port) });
  part = uniqueNamePart();
  // Created (and indexed) directly, not through the proxy: the fault is the site's alone.
  firm = await createEntity({ name: `济南${part}华通商贸有限公司` });
  policyTitle = `济南市${part}小微企业稳岗补贴办法`;
  await createPolicy({ title: policyTitle });
  site = await startSiteProcess({
    ...process.env,
    MEILI_URL: throughProxy(meiliUrl, proxy),
    MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? services.meiliKey,
  });
});

test.afterAll(async () => {
  await site?.stop();
  await proxy?.close();
  await closeDb();
});

test.afterEach(() => {
  expect(
    statuses.filter((s) => s.status >= 500 && !s.url.endsWith('/api/health')),
    'responses with status 5xx',
  ).toEqual([]);
});

const fragment = () => `${part}华`;

test('Meilisearch down: the search page answers from PostgreSQL with a banner', async ({ page }) => {
  proxy.setMode('down');
  watch(page);
  const res = record(await page.goto(`${site.url}/zh-CN/search?q=${encodeURIComponent(fragment())}`), 'search page');
  expect(res.status()).toBe(200);
  await expect(page.getByTestId('search-fallback-banner')).toContainText(BANNER_ZH);
  await expect(page.getByRole('link', { name: firm.name })).toBeVisible();
});

test('Meilisearch down: the English and traditional banners are translated', async ({ page }) => {
  watch(page);
  record(await page.goto(`${site.url}/en/search?q=${encodeURIComponent(fragment())}`), 'en search page');
  await expect(page.getByTestId('search-fallback-banner')).toContainText('Full-text search is temporarily unavailable');
  record(await page.goto(`${site.url}/zh-TW/policies?q=${encodeURIComponent('補貼')}`), 'zh-TW policies page');
  await expect(page.getByTestId('search-fallback-banner')).toContainText('全文檢索服務暫時無法使用');
});

test('Meilisearch down: the typeahead suggests the firm', async ({ page, request }) => {
  const api = record(await request.get(`${site.url}/api/v1/search?q=${encodeURIComponent(fragment())}&limit=8`), 'typeahead API');
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { hits: { uscc: string }[]; degraded: boolean };
  expect(body.degraded).toBe(true);
  expect(body.hits.map((h) => h.uscc)).toContain(firm.uscc);

  watch(page);
  record(await page.goto(`${site.url}/zh-CN`), 'home page');
  await page.getByRole('combobox', { name: '查询市场主体' }).fill(fragment());
  await expect(page.getByRole('option').filter({ hasText: firm.name })).toBeVisible();
});

test('Meilisearch down: policy search answers with a banner, and the API says degraded', async ({ page, request }) => {
  watch(page);
  const res = record(await page.goto(`${site.url}/zh-CN/policies?q=${encodeURIComponent('补贴')}`), 'policies page');
  expect(res.status()).toBe(200);
  await expect(page.getByTestId('search-fallback-banner')).toContainText(BANNER_ZH);
  record(await page.goto(`${site.url}/zh-CN/policies?q=${encodeURIComponent(`${part}小微企业稳岗`)}`), 'policies page, own policy');
  await expect(page.getByRole('link', { name: policyTitle })).toBeVisible();

  const api = record(await request.get(`${site.url}/api/v1/policies?q=${encodeURIComponent('补贴')}`), 'policies API');
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ degraded: true, total: expect.any(Number) });
  const search = record(await request.get(`${site.url}/api/v1/search?q=${encodeURIComponent(firm.uscc)}`), 'search API by code');
  expect(await search.json()).toMatchObject({ degraded: true, hits: [{ uscc: firm.uscc }] });
});

test('Meilisearch down: /api/health says so with 503, fast', async ({ request }) => {
  const { value: res, ms } = await timed(() => request.get(`${site.url}/api/health`));
  expect(ms).toBeLessThan(1000);
  expect(res.status()).toBe(503);
  expect(await res.json()).toMatchObject({ status: 'degraded', db: { ok: true }, search: { ok: false } });
});

test('Meilisearch hung: every surface falls back within a couple of seconds; health within 1 s', async ({ page, request }) => {
  proxy.setMode('hang');
  watch(page);
  const health = await timed(() => request.get(`${site.url}/api/health`));
  expect(health.ms).toBeLessThan(1000);
  expect(health.value.status()).toBe(503);
  expect(await health.value.json()).toMatchObject({ db: { ok: true }, search: { ok: false, error: 'timeout' } });

  // Server answer times (the first search waits out its 1 s deadline; later ones skip the hung
  // server for 3 s), then the pages as a person sees them.
  const searchPage = await timed(() => request.get(`${site.url}/zh-CN/search?q=${encodeURIComponent(fragment())}`));
  expect(record(searchPage.value, 'search page (hung)').status()).toBe(200);
  expect(searchPage.ms).toBeLessThan(3000);
  const api = await timed(() => request.get(`${site.url}/api/v1/search?q=${encodeURIComponent(fragment())}&limit=8`));
  expect(record(api.value, 'search API (hung)').status()).toBe(200);
  expect(api.ms).toBeLessThan(3000);
  expect(await api.value.json()).toMatchObject({ degraded: true, hits: [{ uscc: firm.uscc }] });
  const policiesPage = await timed(() => request.get(`${site.url}/zh-CN/policies?q=${encodeURIComponent(`${part}小微企业`)}`));
  expect(record(policiesPage.value, 'policies page (hung)').status()).toBe(200);
  expect(policiesPage.ms).toBeLessThan(3000);
  expect(await policiesPage.value.text()).toContain('search-fallback-banner');
  const policiesApi = await timed(() => request.get(`${site.url}/api/v1/policies?q=${encodeURIComponent('补贴')}`));
  expect(record(policiesApi.value, 'policies API (hung)').status()).toBe(200);
  expect(policiesApi.ms).toBeLessThan(3000);
  expect(await policiesApi.value.json()).toMatchObject({ degraded: true });
  test.info().annotations.push({
    type: 'latencies with Meilisearch hung',
    description: `health ${health.ms} ms, search page ${searchPage.ms} ms, search API ${api.ms} ms, policies page ${policiesPage.ms} ms, policies API ${policiesApi.ms} ms`,
  });
  console.log(
    `[resilience-search] hung: health ${health.ms} ms, search page ${searchPage.ms} ms, search API ${api.ms} ms, policies page ${policiesPage.ms} ms, policies API ${policiesApi.ms} ms`,
  );

  record(await page.goto(`${site.url}/zh-CN/search?q=${encodeURIComponent(fragment())}`), 'search page (hung, browser)');
  await expect(page.getByTestId('search-fallback-banner')).toBeVisible();
  await expect(page.getByRole('link', { name: firm.name })).toBeVisible();

  // Once the pause after a failure has passed, the next search waits out its 1 s deadline once more.
  await page.waitForTimeout(3500);
  const again = await timed(() => request.get(`${site.url}/api/v1/search?q=${encodeURIComponent(fragment())}`));
  expect(record(again.value, 'search API (hung, retried)').status()).toBe(200);
  expect(again.ms).toBeLessThan(2500);
  expect(await again.value.json()).toMatchObject({ degraded: true });
});

test('Meilisearch back: normal results without the banner', async ({ page, request }) => {
  proxy.setMode('up');
  watch(page);
  await expect(async () => {
    const res = record(await request.get(`${site.url}/api/v1/search?q=${encodeURIComponent(fragment())}`), 'search API (up)');
    expect(await res.json()).toMatchObject({ degraded: false, hits: expect.arrayContaining([expect.objectContaining({ uscc: firm.uscc })]) });
  }).toPass({ timeout: 15_000, intervals: [500] });
  record(await page.goto(`${site.url}/zh-CN/search?q=${encodeURIComponent(fragment())}`), 'search page (up)');
  await expect(page.getByRole('link', { name: firm.name })).toBeVisible();
  await expect(page.getByTestId('search-fallback-banner')).toHaveCount(0);
  record(await page.goto(`${site.url}/zh-CN/policies?q=${encodeURIComponent('补贴')}`), 'policies page (up)');
  await expect(page.getByTestId('search-fallback-banner')).toHaveCount(0);
  const health = record(await request.get(`${site.url}/api/health`), 'health (up)');
  expect(health.status()).toBe(200);
});

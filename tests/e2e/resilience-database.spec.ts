// PostgreSQL stopped, frozen and back: a site process of its own reaches the real PostgreSQL
// through a fault proxy (tests/support/fault-proxy.ts), so the faults are real socket behaviour.
// While it is down: an objection is refused with the translated "try again later", and nothing is
// stored (checked in the real database and on disk); the JSON API answers 503 with Retry-After; a
// page that needs the database shows the translated error page in all three locales, never a
// blank one; nothing waits for more than a few seconds. Back up: everything works again.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { pdfBytes } from '../factories/applications';
import { closeDb } from '../../lib/db/client';
import { newTrackingNo } from '../../lib/objections/tracking';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';
import { startFaultProxy, throughProxy, type FaultProxy } from '../support/fault-proxy';
import { startSiteProcess, type SiteProcess } from '../support/site-process';

test.describe.configure({ mode: 'serial' });

interface Services {
  databaseUrl: string;
}

const dataDir = process.env.DATA_DIR ?? '.data/test';
const HEADINGS = { 'zh-CN': '此页面暂时无法显示', 'zh-TW': '此頁面暫時無法顯示', en: 'This page cannot be shown right now' } as const;
const TRY_AGAIN = '服务暂时不可用，本次申请没有提交';

const STATEMENT_TIMEOUT_MS = 2_000;

let proxy: FaultProxy;
let site: SiteProcess;
/** The test's own connection to the real server, never through the proxy. */
let db: postgres.Sql;
let firm: CreatedEntity;
/** Firms nobody has visited: their pages cannot come from any cache. */
const unvisited: Record<keyof typeof HEADINGS, CreatedEntity> = {} as never;
let ip = 0;

function evidenceFiles(): string[] {
  const dir = path.join(dataDir, 'evidence');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

async function applicationCount(): Promise<number> {
  const [row] = await db<{ n: number }[]>`select count(*)::int as n from applications`;
  return row!.n;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

/** The error page: a visible level-1 heading in the page's language, with what still works and a way home. */
async function expectErrorPage(page: Page, locale: keyof typeof HEADINGS) {
  await expect(page.getByRole('heading', { level: 1, name: HEADINGS[locale] })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByTestId('error-page').getByRole('button')).toBeVisible();
  await expect(page.getByTestId('error-page').getByRole('link').first()).toBeVisible();
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const services = JSON.parse(fs.readFileSync(path.join(dataDir, 'services.json'), 'utf8')) as Services;
  const realUrl = process.env.DATABASE_URL ?? services.databaseUrl;
  const target = new URL(realUrl);
  db = postgres(realUrl, { max: 2, onnotice: () => {} });
  proxy = await startFaultProxy({ host: target.hostname, port: Number(target.port || 5432) });
  // Seeded directly in the real database, not through the proxy: the fault is the site's alone.
  firm = await createEntity({ records: [{ kind: 'penalty', title: '数据库停止时被异议的处罚', decisionDate: daysAgo(30), severity: 'general' }] });
  for (const locale of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) unvisited[locale] = await createEntity();
  // A short read timeout, so the statement-timeout test below needs to hold its lock only briefly.
  site = await startSiteProcess({ DATABASE_URL: throughProxy(realUrl, proxy), PUBLIC_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) });
});

test.afterAll(async () => {
  proxy?.setMode('up');
  await site?.stop();
  await proxy?.close();
  await db?.end({ timeout: 5 });
  await closeDb();
});

test('PostgreSQL down: forms refuse with "try again later", the API says 503, pages show the error page; back up: all works', async ({ browser }) => {
  test.setTimeout(180_000);
  ip += 1;
  const context = await browser.newContext({ baseURL: site.url, extraHTTPHeaders: { 'x-forwarded-for': `10.78.${process.pid % 250}.${ip}` } });
  const page = await context.newPage();
  const request = context.request;

  // Up: warm a profile and a list page, and open the objection form.
  expect((await page.goto(`/zh-CN/entities/${firm.uscc}`))!.status()).toBe(200);
  expect((await page.goto('/zh-CN/lists/serious-illegal'))!.status()).toBe(200);
  await page.goto(`/zh-CN/entities/${firm.uscc}/objection?record=${firm.recordIds[0]}`);
  await expect(page.getByRole('heading', { level: 1, name: '对信用信息提出异议' })).toBeVisible();
  await page.getByLabel('企业', { exact: true }).check();
  await page.getByLabel('申请人姓名或名称').fill('济南停库测试有限公司');
  await page.getByLabel('申请企业的统一社会信用代码').fill('91370102MA3C5PRX3E');
  await page.getByLabel('电话', { exact: true }).fill('13812345678');
  await page.getByLabel('异议理由').selectOption('wrong');
  await page.getByLabel('具体说明').fill('数据库停止时提交，应当被拒绝且不留下任何内容。');
  await page.getByLabel(/本人声明/).check();
  await page.getByLabel('证明材料').setInputFiles({ name: '证明.pdf', mimeType: 'application/pdf', buffer: pdfBytes('db-down') });

  // Down.
  const applicationsBefore = await applicationCount();
  const filesBefore = evidenceFiles();
  proxy.setMode('down');

  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('alert').filter({ hasText: TRY_AGAIN })).toBeVisible({ timeout: 20_000 });
  // Answers kept; no receipt.
  await expect(page.getByLabel('申请人姓名或名称')).toHaveValue('济南停库测试有限公司');
  await expect(page.getByLabel('具体说明')).toHaveValue('数据库停止时提交，应当被拒绝且不留下任何内容。');
  await expect(page.getByTestId('tracking-no')).toHaveCount(0);
  expect(await applicationCount()).toBe(applicationsBefore);
  expect(evidenceFiles()).toEqual(filesBefore);

  // The JSON API: 503, Retry-After, a message in the caller's language.
  const api = await timed(() => request.get(`/api/v1/entities/${unvisited['zh-CN'].uscc}`, { headers: { 'Accept-Language': 'en' } }));
  expect(api.value.status()).toBe(503);
  expect(Number(api.value.headers()['retry-after'])).toBeGreaterThan(0);
  expect(((await api.value.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: 'service_unavailable',
    message: expect.stringMatching(/temporarily unavailable/),
  });
  expect(api.ms).toBeLessThan(3_000);

  // Pages that need the database and are in no cache: the translated error page in each language.
  for (const locale of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) {
    // The server's answer is timed without the browser (on a loaded 2-core machine rendering varies).
    const document = await timed(() => request.get(`/${locale}/entities/${unvisited[locale].uscc}`));
    expect(document.ms, `${locale} answer time`).toBeLessThan(5_000);
    const response = await page.goto(`/${locale}/entities/${unvisited[locale].uscc}`);
    // The custom server (scripts/serve.mjs) turns the failed render's 500 into 503 with Retry-After.
    expect(response!.status(), `${locale} status`).toBe(503);
    await expectErrorPage(page, locale);
  }
  // On a phone: no sideways scrolling, and WCAG 2.1 AA (contrast, landmarks, headings) holds.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectErrorPage(page, 'en');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The warmed pages come from the cache.
  const cachedProfile = await page.goto(`/zh-CN/entities/${firm.uscc}`);
  expect(cachedProfile!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: firm.name })).toBeVisible();

  // Frozen (accepts connections, never answers): answers come within a few seconds.
  proxy.setMode('hang');
  const hungApi = await timed(() => request.get(`/api/v1/entities/${unvisited.en.uscc}`));
  expect(hungApi.value.status()).toBe(503);
  expect(hungApi.ms).toBeLessThan(5_000);
  const hungDocument = await timed(() => request.get(`/zh-TW/entities/${unvisited['zh-TW'].uscc}`));
  expect(hungDocument.ms).toBeLessThan(5_000);
  const hungPage = await page.goto(`/en/entities/${unvisited.en.uscc}`);
  expect(hungPage!.status()).toBe(503);
  await expectErrorPage(page, 'en');

  // Up again: within a second or two (the site probes once a second), the same pages and the API work.
  proxy.setMode('up');
  await expect.poll(async () => (await request.get(`/api/v1/entities/${unvisited.en.uscc}`)).status(), { timeout: 5_000 }).toBe(200);
  for (const locale of Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]) {
    const response = await page.goto(`/${locale}/entities/${unvisited[locale].uscc}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: unvisited[locale].name })).toBeVisible();
  }
  await context.close();
});

test('PostgreSQL down: the application status lookup says "try again later", not "wrong code"', async ({ browser }) => {
  ip += 1;
  const context = await browser.newContext({ baseURL: site.url, extraHTTPHeaders: { 'x-forwarded-for': `10.78.${process.pid % 250}.${ip}` } });
  const page = await context.newPage();
  proxy.setMode('up');
  await page.goto(`/zh-CN/objections/${newTrackingNo('objection', '2026-01-05')}`);
  proxy.setMode('down');
  await page.getByLabel('查询码').fill('ABCDE-FGHJK');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '服务暂时不可用，现在无法查询申请进度' })).toBeVisible();
  proxy.setMode('up');
  await context.close();
});

test('PostgreSQL alive but too slow (a query cut by the statement timeout): 503 with Retry-After and the translated error page, not 500', async ({ page }) => {
  proxy.setMode('up');
  const slow = await createEntity();
  // The site has seen the database answer again since the previous test's outage (its breaker
  // would otherwise answer 503 at once, which is not what this test is about).
  await expect.poll(async () => (await page.request.get(`${site.url}/api/v1/entities/${firm.uscc}`)).status(), { timeout: 10_000 }).toBe(200);
  // The test's own connection holds the entities table: the site's profile query waits on the lock
  // until PostgreSQL cancels it (statement_timeout counts lock waits), as under real overload.
  await db.begin(async (tx) => {
    await tx`lock table entities in access exclusive mode`;
    // A second visitor of the same page at the same time shares its render: 503 too, not 500.
    const alongside = page.request.get(`${site.url}/en/entities/${slow.uscc}`);
    const { value: response, ms } = await timed(() => page.goto(`${site.url}/en/entities/${slow.uscc}`));
    expect((await alongside).status()).toBe(503);
    expect(response!.status()).toBe(503);
    expect(Number(response!.headers()['retry-after'])).toBeGreaterThan(0);
    expect(response!.headers()['cache-control']).toBe('no-store');
    await expectErrorPage(page, 'en');
    // The answer came from the statement timeout, not from a breaker or a cache.
    expect(ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 100);
    expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + 6_000);
  });
  // No outage was recorded: the same page renders again once the lock is gone.
  await expect.poll(async () => (await page.goto(`${site.url}/en/entities/${slow.uscc}`))!.status(), { timeout: 10_000 }).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: slow.name })).toBeVisible();
});

test('a path outside every locale gets a styled 404 in all three languages', async ({ page }) => {
  const response = await page.goto(`${site.url}/xx/no-such-page`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '没有找到这个页面' })).toBeVisible();
  await expect(page.locator('section[lang="zh-TW"]').getByRole('heading')).toBeVisible();
  await expect(page.locator('section[lang="en"]').getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await expect(page.locator('section[lang="en"]').getByRole('link')).toHaveAttribute('href', '/en');
  // Styled: the site's stylesheet reached the page (brand-blue band at the top).
  expect(await page.evaluate(() => getComputedStyle(document.body).borderTopColor)).toBe('rgb(11, 74, 139)');
});

import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { writeEntityDump } from '../../lib/dumps/write-entity-dump';
import { tags } from '../../lib/cache/tags';
import { expirePages } from '../../lib/worker/expire-pages';
import { createEntity, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity();
  // The worker writes this nightly, then expires the developers page; here the test does both.
  await writeEntityDump();
  await expirePages([tags.dumps]);
});

test.afterAll(async () => {
  await closeDb();
});

test('the OpenAPI document is served and describes the endpoints', async ({ request }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/api/v1/lists/{slug}');
});

test('JSON responses carry ETag and Last-Modified, answer 304, and allow read-only CORS', async ({ request }) => {
  const first = await request.get(`/api/v1/entities/${firm.uscc}`);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()['last-modified']).toBeTruthy();
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  expect(first.headers()['ratelimit-limit']).toBeTruthy();
  const again = await request.get(`/api/v1/entities/${firm.uscc}`, { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  const preflight = await request.fetch('/api/v1/search?q=x', {
    method: 'OPTIONS',
    headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
});

test('too many requests from one address get a 429 with Retry-After and a translated message', async ({ request }) => {
  const limit = Number((await request.get('/api/v1/search?q=x', { headers: { 'X-Forwarded-For': '203.0.113.7' } })).headers()['ratelimit-limit']);
  let limited: Awaited<ReturnType<typeof request.get>> | undefined;
  // The bucket refills continuously while the burst runs, so allow for more than the limit.
  for (let i = 0; i < limit * 2 && !limited; i++) {
    const res = await request.get('/api/v1/search?q=x', { headers: { 'X-Forwarded-For': '203.0.113.7', 'Accept-Language': 'en' } });
    if (res.status() === 429) limited = res;
  }
  expect(limited, 'no 429 within twice the limit').toBeDefined();
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  const body = (await limited!.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.message).toContain('Too many requests');
  // Another address is unaffected.
  expect((await request.get('/api/v1/search?q=x', { headers: { 'X-Forwarded-For': '203.0.113.8' } })).status()).toBe(200);
});

test('robots.txt and the sitemap index lead to every entity in every locale with hreflang', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /api/internal/');
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex');
  const chunks = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(chunks).toContain('/sitemaps/pages.xml');
  const pages = await (await request.get('/sitemaps/pages.xml')).text();
  expect(pages).toContain('/zh-TW/lists/serious-illegal</loc>');
  let found = false;
  for (const chunk of chunks.filter((c) => c.includes('entities-'))) {
    const xml = await (await request.get(chunk)).text();
    if (xml.includes(`/en/entities/${firm.uscc}</loc>`)) {
      found = true;
      expect(xml).toContain(`hreflang="zh-TW" href="http://localhost:3000/zh-TW/entities/${firm.uscc}"`);
    }
  }
  expect(found).toBe(true);
  expect((await request.get('/sitemaps/entities-99999.xml')).status()).toBe(404);
});

test('the nightly dump is announced, downloadable and gzipped JSON Lines', async ({ request, page }) => {
  const latest = await (await request.get('/api/v1/dumps/latest')).json();
  expect(latest.url).toMatch(/^\/api\/v1\/dumps\/entities-\d{4}-\d{2}-\d{2}\.jsonl\.gz$/);
  const file = await request.get(latest.url);
  expect(file.headers()['content-type']).toBe('application/gzip');
  const lines = zlib
    .gunzipSync(await file.body())
    .toString('utf8')
    .trim()
    .split('\n');
  expect(lines.some((l) => JSON.parse(l).uscc === firm.uscc)).toBe(true);
  expect((await request.get('/api/v1/dumps/..%2F..%2Fservices.json')).status()).toBe(404);
  await page.goto('/en/developers');
  await expect(page.getByRole('heading', { level: 1, name: 'Open data API' })).toBeVisible();
  await expect(page.getByTestId('dump-latest')).toContainText(latest.date);
});

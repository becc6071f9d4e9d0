// The operators' metrics (issue 21): GET /metrics on a site process needs the token; the HTTP
// histogram moves after requests; the worker answers its own /metrics with the outbox gauges.
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, type CreatedEntity } from '../factories/entities';

const token = process.env.METRICS_TOKEN ?? '';
let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({});
});

test.afterAll(async () => {
  await closeDb();
});

/** The value of one sample line (labels in any order), or 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

test('GET /metrics is refused without its token, and its HTTP histogram counts profile requests', async ({ request }) => {
  expect(token, 'scripts/test.ts sets METRICS_TOKEN').not.toBe('');
  const anonymous = await request.get('/metrics');
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['cache-control']).toBe('no-store');
  expect(await anonymous.text()).not.toContain('credit_');
  expect((await request.get('/metrics', { headers: { authorization: 'Bearer wrong-token' } })).status()).toBe(401);

  const scrape = async () => {
    const res = await request.get('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/plain');
    return res.text();
  };
  const labels = { route: '/[locale]/entities/[uscc]', method: 'GET', status: '200' };
  const before = sample(await scrape(), 'credit_http_request_duration_seconds_count', labels);
  for (const locale of ['zh-CN', 'en', 'zh-TW']) expect((await request.get(`/${locale}/entities/${firm.uscc}`)).status()).toBe(200);
  const text = await scrape();
  expect(sample(text, 'credit_http_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(before + 3);
  expect(sample(text, 'credit_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBeGreaterThanOrEqual(before + 3);
  // Gauges read from PostgreSQL at scrape time, and cache look-ups.
  expect(text).toMatch(/^credit_outbox_backlog\{[^}]*\} \d+/m);
  expect(text).toMatch(/^credit_database_connections\{[^}]*pool="credit-read"/m);
  expect(text).toMatch(/^credit_page_cache_lookups_total\{/m);
  expect(text).toMatch(/^credit_backup_age_seconds\{[^}]*\} -?\d/m);
});

test('the worker answers its own /metrics with batches and the outbox backlog', async ({ request }) => {
  const port = process.env.WORKER_METRICS_PORT;
  expect(port, 'scripts/test.ts sets WORKER_METRICS_PORT').toBeTruthy();
  expect((await request.get(`http://127.0.0.1:${port}/metrics`)).status()).toBe(401);
  const res = await request.get(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/process="worker"/);
  expect(text).toMatch(/^credit_outbox_backlog\{/m);
  expect(text).toMatch(/^# TYPE credit_worker_batch_duration_seconds histogram/m);
});

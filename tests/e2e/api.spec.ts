import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

let red: CreatedEntity;

test.beforeAll(async () => {
  red = await createEntity({
    records: [
      { kind: 'abnormal_listing', title: '列入经营异常名录', decisionDate: daysAgo(30), grounds: '通过登记的住所或者经营场所无法联系' },
      {
        kind: 'abnormal_listing',
        title: '列入经营异常名录（已移出）',
        decisionDate: daysAgo(500),
        removedOn: daysAgo(400),
        removalReason: '已补报年度报告并公示',
      },
      { kind: 'penalty', title: '已修复的处罚', decisionDate: daysAgo(60), status: 'repaired' },
    ],
  });
});

test.afterAll(async () => {
  await closeDb();
});

test('GET /api/v1/entities/{uscc} returns the level, reasons, records and complaints', async ({ request }) => {
  const res = await request.get(`/api/v1/entities/${red.uscc}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.uscc).toBe(red.uscc);
  expect(body.creditLevel).toBe('red');
  expect(body.creditReasons[0]).toMatchObject({ code: 'abnormal_listing', level: 'red' });
  const listings = body.records.filter((r: { kind: string }) => r.kind === 'abnormal_listing');
  expect(listings).toHaveLength(2);
  expect(listings.map((r: { removedOn: string | null }) => r.removedOn).sort()).toEqual([daysAgo(400), null].sort());
  for (const r of body.records) {
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['category', 'kind', 'title', 'docNo', 'decisionDate', 'authority', 'status', 'severity']));
  }
  // A repaired penalty neither shows nor counts.
  expect(body.records.some((r: { title: string }) => r.title === '已修复的处罚')).toBe(false);
  expect(body.complaints).toEqual({ count: 0, resolvedRate: null });
});

test('API errors are JSON with a code and a message in the requested language', async ({ request }) => {
  const bad = await request.get('/api/v1/entities/abc', { headers: { 'Accept-Language': 'en' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: 'invalid_uscc' });
  const unknown = await request.get('/api/v1/entities/91370102MA3C000000');
  expect(unknown.status()).toBe(404);
  const body = await unknown.json();
  expect(body.error.code).toBe('not_found');
  expect(body.error.message).toBe('没有找到该市场主体。');
});

test('GET /api/v1/search filters by level and validates parameters', async ({ request }) => {
  const res = await request.get(`/api/v1/search?q=${encodeURIComponent(red.name)}&level=red`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.hits[0].uscc).toBe(red.uscc);
  expect(body.hits.every((h: { creditLevel: string }) => h.creditLevel === 'red')).toBe(true);
  const wrong = await request.get('/api/v1/search?q=x&level=purple');
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.code).toBe('bad_parameter');
  const page0 = await request.get('/api/v1/search?q=x&page=0');
  expect(page0.status()).toBe(400);
});

test('GET /api/health reports both services', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ db: { ok: true }, search: { ok: true } });
});

// A change committed through a domain mutation reaches the cached profile page, the JSON API and
// search within seconds, with nothing else done: the outbox, the worker and page expiry at work.
import { expect, test } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { insertRecords, updateRecords } from '../../lib/db/mutations/change-records';
import { createEntity, daysAgo, TEST_DEPARTMENT, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({ records: [{ kind: 'penalty', title: '过期的处罚', decisionDate: daysAgo(200), publicityEnd: daysAgo(1) }] });
});

test.afterAll(async () => {
  await closeDb();
});

async function levelOnPage(page: import('@playwright/test').Page, uscc: string): Promise<string | null> {
  await page.goto(`/zh-CN/entities/${uscc}`);
  return page.locator('section[aria-labelledby="credit-heading"] [data-level]').first().getAttribute('data-level');
}

test('a record past its publicity end is neither shown nor counted', async ({ page, request }) => {
  expect(await levelOnPage(page, firm.uscc)).toBe('green');
  await expect(page.getByText('过期的处罚')).toHaveCount(0);
  const api = await (await request.get(`/api/v1/entities/${firm.uscc}`)).json();
  expect(api.records.some((r: { title: string }) => r.title === '过期的处罚')).toBe(false);
});

test('three new penalties turn a cached green profile red on the page, in the API and in search', async ({ page, request }) => {
  // Load first, so the profile is in the cache: the change must expire it.
  expect(await levelOnPage(page, firm.uscc)).toBe('green');
  const [dept] = await getSql()<{ id: number }[]>`select id from departments where code = ${TEST_DEPARTMENT.code}`;
  const committedAt = Date.now();
  const ids = await insertRecords(
    [1, 2, 3].map((i) => ({
      entityId: firm.id,
      departmentId: dept!.id,
      sourceRef: `fresh-${firm.uscc}-${i}`,
      kind: 'penalty' as const,
      title: `新增处罚${i}`,
      decisionDate: daysAgo(i),
      collectedOn: daysAgo(0),
      severity: 'general' as const,
      publicityEnd: daysAgo(-365),
    })),
  );
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 10_000, intervals: [200] }).toBe('red');
  const pageMs = Date.now() - committedAt;
  await expect
    .poll(async () => (await (await request.get(`/api/v1/entities/${firm.uscc}`)).json()).creditLevel, { timeout: 10_000, intervals: [200] })
    .toBe('red');
  await expect
    .poll(
      async () => {
        const body = await (await request.get(`/api/v1/search?q=${encodeURIComponent(firm.name)}&level=red`)).json();
        return body.hits.some((h: { uscc: string }) => h.uscc === firm.uscc);
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(true);
  const searchMs = Date.now() - committedAt;
  test.info().annotations.push({ type: 'freshness', description: `page ${pageMs} ms, search ${searchMs} ms` });

  // And back: suspending two of them (objection handling) makes the firm yellow again.
  await updateRecords(ids.slice(0, 2), { status: 'suspended' });
  await expect.poll(() => levelOnPage(page, firm.uscc), { timeout: 10_000, intervals: [200] }).toBe('yellow');
  await expect
    .poll(
      async () => {
        const body = await (await request.get(`/api/v1/search?q=${encodeURIComponent(firm.name)}&level=yellow`)).json();
        return body.hits.some((h: { uscc: string }) => h.uscc === firm.uscc);
      },
      { timeout: 10_000, intervals: [250] },
    )
    .toBe(true);
});

test('health reports the outbox backlog', async ({ request }) => {
  const body = await (await request.get('/api/health')).json();
  expect(body.outbox).toEqual({ backlog: expect.any(Number), oldestAgeSeconds: body.outbox.backlog ? expect.any(Number) : null });
});

// Public pages are static: the same for every visitor, marked so a shared cache (nginx, a CDN) may
// keep them, and served from the page cache on a repeat request. Pages with a form token, a
// session or a private answer stay private. A page cannot silently fall back to `no-store`.
import { expect, test } from '@playwright/test';
import { closeDb, getSql } from '../../lib/db/client';
import { isWellFormedUscc } from '../../lib/uscc';
import { createEntity, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;
let policyId: number;
let inspectionPlanId: number;

test.beforeAll(async () => {
  const [policy] = await getSql()<{ id: number }[]>`select id from policies where status = 'published' order by id limit 1`;
  policyId = policy!.id;
  // A seeded drawn plan (lib/seed/inspections.ts).
  const [plan] = await getSql()<{ id: number }[]>`select id from inspection_plans where status <> 'draft' order by id limit 1`;
  inspectionPlanId = plan!.id;
  firm = await createEntity({ records: [{ kind: 'abnormal_listing', title: '列入经营异常名录', decisionDate: '2026-01-05' }] });
});
test.afterAll(async () => {
  await closeDb();
});

const PUBLIC = /^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;

test('public pages are cacheable by shared caches and come from the page cache on a repeat visit', async ({ request }) => {
  const paths = [
    '/zh-CN',
    '/en',
    `/zh-CN/entities/${firm.uscc}`,
    `/zh-TW/entities/${firm.uscc}`,
    `/zh-CN/entities/${firm.uscc}?depth=2`,
    '/zh-CN/lists',
    '/zh-CN/lists/abnormal-operations',
    '/zh-CN/lists/abnormal-operations?status=current&district=370102',
    '/zh-CN/lists/recent-changes',
    '/zh-CN/licences',
    '/en/penalties',
    '/zh-CN/penalties?severity=general&district=370102',
    '/zh-TW/licences?kind=licence',
    '/en/stats',
    '/zh-CN/map',
    '/en/map?by=list',
    '/zh-CN/stats/timeliness',
    '/zh-CN/policies',
    '/zh-CN/policies?category=subsidies',
    '/zh-CN/policies/figures',
    `/zh-CN/policies/${policyId}`,
    `/en/policies/${policyId}?page=2`,
    '/zh-CN/small-businesses',
    '/zh-CN/policies/guide',
    '/zh-CN/policies/guide?size=micro&district=370102',
    '/en/developers',
    '/zh-CN/catalogue',
    '/en/catalogue',
    '/zh-CN/inspections',
    '/en/inspections?department=jnamr',
    `/zh-CN/inspections/${inspectionPlanId}`,
    `/zh-TW/inspections/${inspectionPlanId}`,
    '/zh-CN/commitments',
    '/zh-CN/commitments?status=kept&procedure=food-business-licence',
    '/en/commitments/templates',
  ];
  for (const path of paths) {
    const first = await request.get(path, { maxRedirects: 0 });
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toMatch(PUBLIC);
    // A page rendered within a second of an expiry (the factory's, above) is not kept as fresh:
    // it may take one more render before the cache answers.
    await expect
      .poll(
        async () => {
          const again = await request.get(path, { maxRedirects: 0 });
          expect(again.headers()['cache-control'], path).toMatch(PUBLIC);
          return again.headers()['x-nextjs-cache'];
        },
        { message: path, timeout: 5000, intervals: [100, 500, 1000] },
      )
      .toBe('HIT');
  }
});

test('feeds are public and come from the page cache', async ({ request }) => {
  for (const path of [
    '/zh-CN/lists/abnormal-operations/feed.atom',
    `/en/entities/${firm.uscc}/feed.atom`,
    '/zh-CN/policies/feed.atom',
    '/zh-CN/licences/feed.atom',
    '/en/penalties/feed.atom',
    '/zh-CN/inspections/feed.atom',
    '/zh-CN/commitments/feed.atom',
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toMatch(/^public, max-age=300/);
    await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache'], { message: path, timeout: 5000 }).toBe('HIT');
  }
});

test('a filtered list view is its own cached page and really filtered', async ({ request, page }) => {
  const all = await request.get('/zh-CN/lists/abnormal-operations?status=all');
  const now = await request.get('/zh-CN/lists/abnormal-operations?status=current');
  const total = async (res: typeof all) => Number(/data-total="(\d+)"/.exec(await res.text())?.[1]);
  expect(await total(all)).toBeGreaterThanOrEqual(await total(now));
  // Parameter order does not make another page.
  await request.get('/zh-CN/lists/abnormal-operations?district=370102&status=current');
  await expect
    .poll(async () => (await request.get('/zh-CN/lists/abnormal-operations?status=current&district=370102')).headers()['x-nextjs-cache'], { timeout: 5000 })
    .toBe('HIT');
  // The visitor sees the public URL, and the language switcher keeps the filter.
  await page.goto('/zh-CN/lists/abnormal-operations?status=current&district=370102');
  await expect(page).toHaveURL(/\/zh-CN\/lists\/abnormal-operations\?status=current&district=370102$/);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\/en\/lists\/abnormal-operations\?/);
});

test('pages with a form token, a session or a private answer are never shared', async ({ request }) => {
  for (const path of [
    `/zh-CN/entities/${firm.uscc}/objection`,
    `/zh-CN/entities/${firm.uscc}/repair`,
    '/zh-CN/search?q=%E6%B5%8E%E5%8D%97',
    '/zh-CN/policies?q=%E8%B4%B7%E6%AC%BE',
    '/admin/sign-in',
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()['cache-control'], path).toMatch(/private|no-store/);
    expect(res.headers()['cache-control'], path).not.toMatch(/public/);
  }
});

test('an unknown but well-formed code is a 404 that shared caches keep only briefly', async ({ request }) => {
  const body = `${firm.uscc.slice(0, 8)}000000000`;
  const code = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((c) => body + c).find(isWellFormedUscc)!;
  const res = await request.get(`/zh-CN/entities/${code}`);
  expect(res.status()).toBe(404);
  expect(res.headers()['cache-control'] ?? '').toMatch(/^public, s-maxage=10$|no-store/);
  const again = await request.get(`/zh-CN/entities/${code}`);
  expect(again.status()).toBe(404);
  expect(again.headers()['x-nextjs-cache']).not.toBe('HIT');
});

test("a profile's district map is a static image browsers keep too", async ({ request }) => {
  const html = await (await request.get(`/zh-CN/entities/${firm.uscc}`)).text();
  const src = /<img[^>]+src="(\/maps\/district\/\d{6})"/.exec(html)?.[1];
  expect(src, 'the profile links its district map').toBeTruthy();
  const res = await request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/svg+xml');
  expect(res.headers()['cache-control']).toMatch(/^public, max-age=86400\b/);
  expect(await res.text()).toContain('#08519c');
  expect((await request.get('/maps/district/999999')).status()).toBe(404);
});

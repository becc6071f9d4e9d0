// Who the client is (lib/security/client-address.mjs, stamped by scripts/serve.mjs): a client that
// writes X-Forwarded-For, or the internal address header, itself gets no fresh quota.
// - The suite's server runs with TRUSTED_PROXY_HOPS=1 (scripts/test.ts: the test runner plays the
//   proxy, as nginx does in production), so only the right-most entry counts.
// - A site process of its own runs with the default, TRUSTED_PROXY_HOPS=0 (no proxy), small limits
//   and no Redis (its counters are not the suite's): X-Forwarded-For is ignored altogether.
import { expect, test } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { startSiteProcess, type SiteProcess } from '../support/site-process';

const OWN_API_LIMIT = 5;
const OWN_SIGN_IN_LIMIT = 2;
/** A client address of this run behind the "proxy" (documentation range, not used by other specs). */
const CLIENT = '203.0.113.90';

let site: SiteProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startSiteProcess({
    TRUSTED_PROXY_HOPS: undefined,
    REDIS_URL: undefined,
    API_RATE_LIMIT_PER_MINUTE: String(OWN_API_LIMIT),
    STAFF_SIGN_IN_PER_MINUTE: String(OWN_SIGN_IN_LIMIT),
  });
});

test.afterAll(async () => {
  await site?.stop();
  await closeDb();
});

test('behind the proxy, addresses the client prepends to X-Forwarded-For do not reset the API limit', async ({ request }) => {
  expect(process.env.TRUSTED_PROXY_HOPS, "run through `npm test` (scripts/test.ts sets TRUSTED_PROXY_HOPS=1 for the suite's server)").toBe('1');
  const asClient = (spoofed: string) => ({ 'X-Forwarded-For': `${spoofed}, ${CLIENT}`, 'Accept-Language': 'en' });
  const limit = Number((await request.get('/api/v1/search?q=x', { headers: asClient('198.51.100.1') })).headers()['ratelimit-limit']);
  expect(limit).toBeGreaterThan(0);
  let limited: Awaited<ReturnType<typeof request.get>> | undefined;
  // A counting window may end during the burst, so allow for twice the limit.
  for (let i = 0; i < limit * 2 && !limited; i++) {
    const res = await request.get('/api/v1/search?q=x', { headers: asClient(`198.51.${Math.floor(i / 250)}.${i % 250}`) });
    if (res.status() === 429) limited = res;
  }
  expect(limited, 'no 429 within twice the limit: the spoofed entries were counted as clients').toBeDefined();
  // Yet another made-up entry, and the internal header sent by the client itself: still refused.
  const again = await request.get('/api/v1/search?q=x', { headers: { ...asClient('192.0.2.77'), 'X-Credit-Client-Address': '192.0.2.78' } });
  expect(again.status()).toBe(429);
  expect(Number(again.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  // The proxy's entry for another client is another client.
  expect((await request.get('/api/v1/search?q=x', { headers: { 'X-Forwarded-For': `198.51.100.1, 203.0.113.91` } })).status()).toBe(200);
});

test('with no trusted proxy (the default), X-Forwarded-For is ignored: the API limit holds whatever it says', async ({ request }) => {
  for (let i = 0; i < OWN_API_LIMIT; i++) {
    const res = await request.get(`${site.url}/api/v1/search?q=x`, {
      headers: { 'X-Forwarded-For': `198.51.100.${i + 10}`, 'X-Credit-Client-Address': `198.51.100.${i + 50}` },
    });
    expect(res.status()).toBe(200);
    expect(res.headers()['ratelimit-limit']).toBe(String(OWN_API_LIMIT));
  }
  const refused = await request.get(`${site.url}/api/v1/search?q=x`, { headers: { 'X-Forwarded-For': '198.51.100.99', 'Accept-Language': 'en' } });
  expect(refused.status()).toBe(429);
  expect(refused.headers()['ratelimit-remaining']).toBe('0');
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
});

test('with no trusted proxy, a new X-Forwarded-For per attempt does not reset the staff sign-in brake', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: site.url });
  const page = await context.newPage();
  const attempt = async (i: number) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${150 + i}` });
    await page.goto('/admin/sign-in');
    await page.getByLabel('用户名').fill(`nobody-${i}`);
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    return page.locator('main [role="alert"]');
  };
  for (let i = 0; i < OWN_SIGN_IN_LIMIT; i++) await expect(await attempt(i)).toContainText('用户名或密码不正确');
  await expect(await attempt(OWN_SIGN_IN_LIMIT)).toContainText('登录尝试过于频繁');
  await context.close();
});

// Security headers (lib/security/security-headers.mjs, applied by scripts/serve.mjs). Cached public
// pages keep being cached and shared, and get a static policy: the hashes of their own inline
// scripts, no nonce. Pages rendered per request get a fresh nonce that Next puts on every script.
// And the browser itself reports no violation while a visitor uses the site, scripts and all.
import { createHash } from 'node:crypto';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, uniqueNamePart, type CreatedEntity } from '../factories/entities';

let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({
    name: `济南${uniqueNamePart()}安防器材有限公司`,
    records: [{ kind: 'penalty', title: '未按规定公示年度报告', docNo: '济市监处罚〔2026〕955号', decisionDate: daysAgo(20), severity: 'general' }],
  });
});
test.afterAll(async () => {
  await closeDb();
});

const PUBLIC = /^public, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/;
/** The test server's public origin (scripts/test.ts leaves SITE_URL at its http default). */
const SITE_HTTPS = /^https:/i.test(process.env.SITE_URL ?? '');

/** A policy as directive name → its sources. */
function directives(policy: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** The headers every response carries, and the directives every page's policy has. */
function expectCommonHeaders(res: APIResponse, path: string) {
  const h = res.headers();
  expect(h['x-content-type-options'], path).toBe('nosniff');
  expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], path).toMatch(/(^|, )camera=\(\)(,|$)/);
  expect(h['x-frame-options'], path).toBe('DENY');
  if (SITE_HTTPS) expect(h['strict-transport-security'], path).toMatch(/^max-age=\d+/);
  else expect(h['strict-transport-security'], path).toBeUndefined();
  const d = directives(h['content-security-policy']);
  expect(d.get('default-src'), path).toEqual(["'self'"]);
  expect(d.get('object-src'), path).toEqual(["'none'"]);
  expect(d.get('base-uri'), path).toEqual(["'self'"]);
  expect(d.get('form-action'), path).toEqual(["'self'"]);
  expect(d.get('frame-ancestors'), path).toEqual(["'none'"]);
  expect(d.get('style-src'), path).not.toContain("'unsafe-inline'");
  return d;
}

/** Inline scripts (no src) of an HTML body, found with a regular expression of this test's own. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

test('cached public pages: a static policy with the hashes of their inline scripts, still public and still a cache HIT', async ({ request }) => {
  const paths = [
    `/zh-CN/entities/${firm.uscc}`,
    `/en/entities/${firm.uscc}`,
    '/zh-CN/lists/abnormal-operations',
    '/zh-CN/lists/abnormal-operations?status=current&district=370102',
    '/zh-CN',
  ];
  for (const path of paths) {
    await request.get(path);
    // The first answer may be a render (a streamed one gets the 'unsafe-inline' fallback); the
    // cache's answer is what everyone else gets.
    let hit: APIResponse | undefined;
    await expect
      .poll(
        async () => {
          hit = await request.get(path, { maxRedirects: 0 });
          return hit.headers()['x-nextjs-cache'];
        },
        { message: path, timeout: 5000, intervals: [100, 500, 1000] },
      )
      .toBe('HIT');
    expect(hit!.status(), path).toBe(200);
    expect(hit!.headers()['cache-control'], path).toMatch(PUBLIC);
    const d = expectCommonHeaders(hit!, path);
    const scriptSrc = d.get('script-src') ?? [];
    expect(scriptSrc[0], path).toBe("'self'");
    expect(
      scriptSrc.filter((s) => /nonce-|unsafe-inline|strict-dynamic|unsafe-eval/.test(s)),
      path,
    ).toEqual([]);
    const body = await hit!.text();
    const scripts = inlineScripts(body);
    // The App Router inlines its payload: a page with no inline script would mean this test looks at the wrong thing.
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(scriptSrc, `${path}: ${script.slice(0, 60)}`).toContain(sha256(script));
    expect(scriptSrc.length, path).toBe(1 + new Set(scripts.map(sha256)).size);
    // Static: the next visitor gets the same page, the same policy, from the cache.
    const again = await request.get(path, { maxRedirects: 0 });
    expect(again.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(again.headers()['cache-control'], path).toMatch(PUBLIC);
    expect(again.headers()['content-security-policy'], path).toBe(hit!.headers()['content-security-policy']);
  }
});

test('pages rendered per request: a nonce policy, a new nonce each time, on every script of the page', async ({ request }) => {
  const paths = [
    `/zh-CN/entities/${firm.uscc}/objection?record=${firm.recordIds[0]}`,
    '/admin/sign-in',
    `/zh-CN/search?q=${encodeURIComponent(firm.name.slice(2, 5))}`,
    '/zh-CN/policies?q=%E8%B4%B7%E6%AC%BE',
  ];
  for (const path of paths) {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['cache-control'], path).toMatch(/private|no-store/);
      const d = expectCommonHeaders(res, path);
      const scriptSrc = d.get('script-src') ?? [];
      expect(scriptSrc, path).toContain("'strict-dynamic'");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      const nonce = scriptSrc.map((s) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(s)?.[1]).find(Boolean);
      expect(nonce, path).toBeTruthy();
      const tags = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[1], path).not.toBe(nonces[0]);
  }
});

/** Collects what the browser reports: CSP violations (the DOM event and the console) and page errors. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
        report(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy|Refused to|Permissions-Policy/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error at ${page.url()}: ${error.message}`));
  return problems;
}

test('the browser reports no CSP violation while a visitor searches, reads, objects and a clerk signs in', async ({ page }) => {
  const problems = await watchForViolations(page);

  // A cached page: the typeahead needs the page's scripts (hydration) and a fetch to the API.
  await page.goto('/zh-CN');
  const box = page.getByRole('combobox', { name: '查询市场主体' });
  await box.fill(firm.name.slice(2, 5));
  const option = page.getByRole('option').filter({ hasText: firm.name });
  await expect(option).toBeVisible({ timeout: 20_000 });
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/zh-CN/entities/${firm.uscc}$`));

  // The profile loaded as a document of its own, then on to the objection form (rendered per request).
  await page.goto(`/zh-CN/entities/${firm.uscc}`);
  await expect(page.getByRole('heading', { level: 1, name: firm.name })).toBeVisible();
  await page.getByRole('link', { name: '对此记录提出异议' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/zh-CN/entities/${firm.uscc}/objection\\?record=`));
  // The character count is the form's script at work: it ran under the nonce policy.
  await page.getByLabel('具体说明').fill('文号有误。');
  await expect(page.getByText(/已输入 5 \//)).toBeVisible();

  // Lists and statistics (server-drawn SVG charts), cached.
  for (const path of ['/zh-CN/lists/abnormal-operations?status=current', '/zh-CN/stats', '/en/policies']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }

  // Search results, per request.
  await page.goto(`/zh-CN/search?q=${encodeURIComponent(firm.name.slice(2, 5))}`);
  await expect(page.getByTestId('search-result').filter({ hasText: firm.name })).toBeVisible();

  // Staff sign-in: with scripts the form posts through a Server Action (a fetch), not a page load.
  await page.goto('/admin/sign-in');
  await page.getByLabel('用户名').fill(`nobody-${Date.now().toString(36)}`);
  await page.getByLabel('密码').fill('wrong-password');
  const actionCall = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: '登录' }).click();
  await actionCall;
  await expect(page.locator('main [role="alert"]')).toContainText('用户名或密码不正确');
  await page.waitForLoadState('networkidle');

  expect(problems).toEqual([]);
});

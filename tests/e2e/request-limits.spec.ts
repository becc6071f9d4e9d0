// Bad requests against the real server (scripts/serve.mjs in front of Next): bodies above their
// route's limit, cross-origin Server Actions, malformed percent-encoding in every route family, and
// a forged bound argument of the objection form. Each gets its own 4xx with a translated answer,
// never a 500. Oversized bodies go through Node's fetch, which reads the early 413 reliably.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { closeDb } from '../../lib/db/client';
import { createEntity, daysAgo, type CreatedEntity } from '../factories/entities';

const MB = 1024 * 1024;
let firm: CreatedEntity;

test.beforeAll(async () => {
  firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20), severity: 'general' }] });
});

test.afterAll(async () => {
  await closeDb();
});

/** The no-JavaScript form of a page: its action id, bound arguments field and anti-forgery token. */
async function objectionForm(request: APIRequestContext, uscc: string) {
  const html = await (await request.get(`/zh-CN/entities/${uscc}/objection`)).text();
  const unescape = (s: string) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  const hidden = (name: string) => {
    const match = html.match(new RegExp(`name="${name.replace(/\$/g, '\\$')}" value="([^"]*)"`));
    return match ? unescape(match[1]!) : null;
  };
  const ref = [...html.matchAll(/name="(\$ACTION_\d+:0)" value="([^"]*)"/g)][0];
  expect(ref).toBeTruthy();
  const prefix = ref![1]!.replace(/:0$/, '');
  return { prefix, idField: unescape(ref![2]!), bound: hidden(`${prefix}:1`)!, csrf: hidden('csrf')! };
}

test("a 63 MB objection post is refused with 413 and a page in the path's language, not a 500", async ({ baseURL }) => {
  const form = new FormData();
  form.append('evidence', new Blob([new Uint8Array(63 * MB)], { type: 'application/pdf' }), 'huge.pdf');
  const res = await fetch(new URL(`/en/entities/${firm.uscc}/objection`, baseURL), { method: 'POST', body: form });
  expect(res.status).toBe(413);
  const html = await res.text();
  expect(html).toContain('What you sent is too large');
  expect(html).toContain('62 MB');
});

test('small forms get small limits: the status look-up and staff sign-in refuse 100 KB', async ({ baseURL }) => {
  for (const path of ['/zh-CN/objections/YY20260101000001', '/admin/sign-in']) {
    const res = await fetch(new URL(path, baseURL), {
      method: 'POST',
      headers: { 'next-action': '00', 'content-type': 'text/plain;charset=UTF-8' },
      body: 'a'.repeat(100_000),
    });
    expect(res.status, path).toBe(413);
    expect(await res.text()).toContain('提交的内容过大');
  }
});

test('the intake API refuses a body above 16 MB with 413 and a non-JSON body with 415, in its error format', async ({ baseURL, request }) => {
  const big = await fetch(new URL('/api/v1/intake/records', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: 'Bearer cdi_x' },
    body: new Uint8Array(17 * MB),
  });
  expect(big.status).toBe(413);
  expect((await big.json()).error.code).toBe('payload_too_large');
  // 415 needs a department that passes authentication first: without one, 401 comes first.
  const text = await request.post('/api/v1/intake/records', { headers: { 'content-type': 'text/plain', authorization: 'Bearer cdi_wrong' }, data: 'records' });
  expect(text.status()).toBe(401);
});

test('a cross-origin Server Action is refused with 403 and a translated page; the same post from the site is not', async ({ request, baseURL }) => {
  const { prefix, idField, bound, csrf } = await objectionForm(request, firm.uscc);
  const fields = {
    [`${prefix.replace('$ACTION_', '$ACTION_REF_')}`]: '',
    [`${prefix}:0`]: idField,
    [`${prefix}:1`]: bound,
    csrf,
    applicantType: 'person',
    applicantName: '张三',
    phone: '13812345678',
    reason: 'wrong',
    description: '文号有误。',
    declaration: 'yes',
  };
  const cross = await request.post(`/zh-CN/entities/${firm.uscc}/objection`, {
    headers: { origin: 'https://evil.example', 'x-forwarded-for': '10.79.0.1' },
    multipart: fields,
  });
  expect(cross.status()).toBe(403);
  expect(await cross.text()).toContain('请求被拒绝');
  const same = await request.post(`/zh-CN/entities/${firm.uscc}/objection`, {
    headers: { origin: new URL(baseURL!).origin, 'x-forwarded-for': '10.79.0.2' },
    multipart: fields,
  });
  // Received, or at worst refused by the per-address limit: either way the form's own answer.
  expect(same.status()).toBe(200);
  // (Rendered text, not the form messages the page embeds for the browser.)
  expect(await same.text()).toMatch(/>申请已受理<|>[^<]*提交过于频繁[^<]*</);
});

test('an edited bound argument of the objection form (kind = "evil") gets the form\'s error, not a 500', async ({ request }) => {
  const { prefix, idField, bound, csrf } = await objectionForm(request, firm.uscc);
  const evil = bound.replace('"objection"', '"evil"');
  expect(evil).not.toBe(bound);
  const res = await request.post(`/zh-CN/entities/${firm.uscc}/objection`, {
    headers: { 'x-forwarded-for': '10.79.0.3' },
    multipart: {
      [`${prefix.replace('$ACTION_', '$ACTION_REF_')}`]: '',
      [`${prefix}:0`]: idField,
      [`${prefix}:1`]: evil,
      csrf,
      applicantType: 'person',
      applicantName: '张三',
      phone: '13812345678',
      reason: 'wrong',
      description: '文号有误。',
      declaration: 'yes',
    },
  });
  expect(res.status()).toBe(200);
  // The page embeds every form message for the browser, so look at what was rendered: the form's
  // error, and no receipt.
  const html = await res.text();
  expect(html).toMatch(/>[^<]*无法读取此表单[^<]*</);
  expect(html).not.toMatch(/>申请已受理</);
});

test('malformed percent-encoding in any route family is a 400 or 404, never a 500', async ({ request }) => {
  const paths = [
    '/api/v1/entities/%E0',
    '/api/v1/entities/%25E0',
    '/api/v1/lists/%E0',
    '/api/v1/policies/%E0',
    '/api/v1/dumps/%E0',
    '/zh-CN/entities/%E0',
    '/zh-CN/entities/%25E0',
    '/en/entities/%25E0/feed.atom',
    '/zh-CN/entities/%E0/feed.atom',
    '/zh-CN/entities/%25E0/objection',
    '/zh-CN/entities/%25E0/repair?record=1',
    '/zh-TW/objections/%E0',
    '/zh-CN/objections/%25E0',
    '/zh-CN/lists/%E0',
    '/zh-CN/policies/%E0',
    '/zh-CN/%E0',
    '/sitemaps/%E0',
  ];
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect([400, 404], path).toContain(res.status());
  }
  const page = await request.get('/en/entities/%E0');
  expect(page.status()).toBe(400);
  expect(await page.text()).toContain('This address is malformed');
});

test("the page-expiry endpoint answers 401 to a non-ASCII bearer of the secret's length", async ({ baseURL }) => {
  // Raw bytes: 32 × 0xE9 (Latin-1 é), 64 bytes once the server encodes it as UTF-8.
  const res = await fetch(new URL('/api/internal/revalidate', baseURL), {
    method: 'POST',
    headers: { authorization: `Bearer ${'é'.repeat(32)}`, 'content-type': 'application/json' },
    body: '{"tags":["x"]}',
  });
  expect(res.status).toBe(401);
});

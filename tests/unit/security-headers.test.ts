// Security headers (lib/security/security-headers.mjs): the policy builder, the inline-script hashes
// of cached pages, which routes get a nonce, and the serving hook on a real HTTP server behind the
// compression middleware Next wraps every response in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_SCRIPT_HASHES,
  baseSecurityHeaders,
  buildContentSecurityPolicy,
  createSecurityHeaders,
  inlineScriptHashes,
  isHttpsRequest,
  isPerRequestPath,
  securityOptionsFromEnv,
} from '../../lib/security/security-headers.mjs';
import { PAGE_VERSION_HEADER } from '../../lib/cache/page-version.mjs';

/** A policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

describe('the policy builder', () => {
  const REQUIRED: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];

  it('gives a page rendered per request a strict nonce policy: strict-dynamic, no unsafe-inline', () => {
    const d = directives(buildContentSecurityPolicy({ scripts: { nonce: NONCE } }));
    for (const [name, sources] of REQUIRED) expect(d.get(name), name).toEqual(sources);
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(d.get('style-src')).toEqual(["'self'", `'nonce-${NONCE}'`]);
    expect(d.has('upgrade-insecure-requests')).toBe(false);
  });

  it('gives a cached page its script hashes and nothing inline besides them', () => {
    const hashes = [sha256('a()'), sha256('b()')];
    const d = directives(buildContentSecurityPolicy({ scripts: { hashes } }));
    for (const [name, sources] of REQUIRED) expect(d.get(name), name).toEqual(sources);
    expect(d.get('script-src')).toEqual(["'self'", ...hashes]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(buildContentSecurityPolicy({ scripts: { hashes: [] } })).toContain("script-src 'self';");
  });

  it("falls back to 'unsafe-inline' scripts only when asked to, with the same other directives", () => {
    const d = directives(buildContentSecurityPolicy({ scripts: { unsafeInline: true } }));
    for (const [name, sources] of REQUIRED) expect(d.get(name), name).toEqual(sources);
    expect(d.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
  });

  it('upgrades insecure requests over HTTPS only', () => {
    for (const scripts of [{ nonce: NONCE }, { hashes: [] }, { unsafeInline: true as const }]) {
      expect(directives(buildContentSecurityPolicy({ scripts, https: true })).has('upgrade-insecure-requests')).toBe(true);
      expect(directives(buildContentSecurityPolicy({ scripts, https: false })).has('upgrade-insecure-requests')).toBe(false);
    }
  });

  it("allows eval and inline styles in development only, where Next's overlay needs them", () => {
    const d = directives(buildContentSecurityPolicy({ scripts: { nonce: NONCE }, dev: true }));
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // A nonce in style-src would make browsers ignore 'unsafe-inline'.
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    for (const scripts of [{ nonce: NONCE }, { hashes: [] }, { unsafeInline: true as const }]) {
      const policy = buildContentSecurityPolicy({ scripts });
      expect(policy).not.toContain('unsafe-eval');
      expect(directives(policy).get('style-src')).not.toContain("'unsafe-inline'");
    }
  });

  it('refuses a nonce or a hash that could smuggle in another source', () => {
    expect(() => buildContentSecurityPolicy({ scripts: { nonce: "x' 'unsafe-inline" } })).toThrow(/nonce/);
    expect(() => buildContentSecurityPolicy({ scripts: { nonce: 'short' } })).toThrow(/nonce/);
    expect(() => buildContentSecurityPolicy({ scripts: { hashes: ["'unsafe-inline'"] } })).toThrow(/sha256/);
    expect(() => buildContentSecurityPolicy({ scripts: { hashes: [`${sha256('a')}; script-src *`] } })).toThrow(/sha256/);
  });
});

describe('headers on every response', () => {
  it('sets nosniff, a referrer policy, a permissions policy and frame denial; HSTS only over HTTPS', () => {
    const http = new Map(baseSecurityHeaders({ https: false }));
    expect(http.get('X-Content-Type-Options')).toBe('nosniff');
    expect(http.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(http.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)(,|$)/);
    expect(http.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)(,|$)/);
    expect(http.get('X-Frame-Options')).toBe('DENY');
    expect(http.has('Strict-Transport-Security')).toBe(false);
    expect(new Map(baseSecurityHeaders({ https: true })).get('Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it('counts a request as HTTPS from the public origin, a TLS socket, or a trusted proxy only', () => {
    const req = (headers: Record<string, string>, encrypted = false) => ({ headers, socket: { encrypted } }) as unknown as http.IncomingMessage;
    const untrusted = { siteHttps: false, trustForwardedProto: false };
    const trusted = { siteHttps: false, trustForwardedProto: true };
    expect(isHttpsRequest(req({}), { siteHttps: true, trustForwardedProto: false })).toBe(true);
    expect(isHttpsRequest(req({}, true), untrusted)).toBe(true);
    expect(isHttpsRequest(req({ 'x-forwarded-proto': 'https' }), untrusted)).toBe(false);
    expect(isHttpsRequest(req({ 'x-forwarded-proto': 'https' }), trusted)).toBe(true);
    expect(isHttpsRequest(req({ 'x-forwarded-proto': 'HTTPS, http' }), trusted)).toBe(true);
    expect(isHttpsRequest(req({ 'x-forwarded-proto': 'http' }), trusted)).toBe(false);
    expect(isHttpsRequest(req({}), trusted)).toBe(false);
  });

  it('reads SITE_URL and TRUSTED_PROXY_HOPS from the environment', () => {
    expect(securityOptionsFromEnv({ SITE_URL: 'https://xy.jinan.gov.cn' })).toEqual({ siteHttps: true, trustForwardedProto: false, dev: false });
    expect(securityOptionsFromEnv({ SITE_URL: 'http://localhost:3000', TRUSTED_PROXY_HOPS: '1' }, { dev: true })).toEqual({
      siteHttps: false,
      trustForwardedProto: true,
      dev: true,
    });
    expect(securityOptionsFromEnv({ TRUSTED_PROXY_HOPS: '0' }).trustForwardedProto).toBe(false);
    expect(securityOptionsFromEnv({ TRUSTED_PROXY_HOPS: '' }).trustForwardedProto).toBe(false);
    expect(securityOptionsFromEnv({}).siteHttps).toBe(false);
  });
});

describe('inline script hashes of a cached page', () => {
  it('hashes as CSP does (the example of the CSP specification)', () => {
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it("finds every inline script of Next's and React's output in order, once each, and skips external ones", () => {
    const flight1 = 'self.__next_f.push([1,"0:[\\"$\\",\\"div\\",null,{\\"children\\":\\"济南华通商贸 \\u003cb\\u003e\\"}]\\n"])';
    const html =
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
      '<script src="/_next/static/chunks/webpack-1.js" async="" nonce=""></script>' +
      '<noscript>no script</noscript></head><body><main>济南</main>' +
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      `<script>${flight1}</script>` +
      '<script id="_R_">requestAnimationFrame(function(){$RT=performance.now()});</script>' +
      `<script>${flight1}</script>` +
      '<script type="module" src="/_next/static/chunks/main.js"></script>' +
      '<scripts-list>not a script</scripts-list>' +
      '</body></html>';
    expect(inlineScriptHashes(html)).toEqual([
      sha256('(self.__next_f=self.__next_f||[]).push([0])'),
      sha256(flight1),
      sha256('requestAnimationFrame(function(){$RT=performance.now()});'),
    ]);
    expect(inlineScriptHashes('<html><body><p>no scripts</p></body></html>')).toEqual([]);
  });

  it('hashes line breaks as the HTML parser hands them to the browser (CR LF and CR become LF)', () => {
    expect(inlineScriptHashes('<script>a();\r\nb();\rc();</script>')).toEqual([sha256('a();\nb();\nc();')]);
  });

  it('gives up (null: the fallback policy) past the number of hashes that fit a header', () => {
    const scripts = (n: number) => Array.from({ length: n }, (_, i) => `<script>f(${i})</script>`).join('');
    expect(inlineScriptHashes(scripts(MAX_SCRIPT_HASHES))).toHaveLength(MAX_SCRIPT_HASHES);
    expect(inlineScriptHashes(scripts(MAX_SCRIPT_HASHES + 1))).toBeNull();
  });
});

describe('which pages get a nonce', () => {
  const appDir = path.resolve(import.meta.dirname, '../../app');
  const SAMPLE: Record<string, string> = {
    '[locale]': 'zh-CN',
    '[uscc]': '91370102MA3C5PRX3E',
    '[trackingNo]': 'YS2601010000000A',
    '[reportNo]': '20260301-7K3M9Q2XH4B8N6TD',
    '[id]': '12',
    '[planId]': '7',
    '[slug]': 'serious-illegal',
    '[view]': 'c3RhdHVzPXJlbW92ZWQ',
    '[...rest]': 'no/such/page',
  };
  function pages(dir: string, segments: string[] = []): { route: string; sample: string; perRequest: boolean }[] {
    const out: { route: string; sample: string; perRequest: boolean }[] = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) out.push(...pages(path.join(dir, entry.name), [...segments, entry.name]));
      else if (entry.name === 'page.tsx') {
        const source = fs.readFileSync(path.join(dir, entry.name), 'utf8');
        const sample = segments.map((s) => {
          if (!s.startsWith('[')) return s;
          const value = SAMPLE[s];
          if (!value) throw new Error(`No sample value for the route segment ${s}: add one to this test.`);
          return value;
        });
        out.push({ route: `/${segments.join('/')}`, sample: `/${sample.join('/')}`, perRequest: /export const dynamic = 'force-dynamic'/.test(source) });
      }
    }
    return out;
  }

  it('a nonce for exactly the pages rendered per request (force-dynamic), checked against every page under app/', () => {
    const all = pages(appDir);
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((p) => p.perRequest).length).toBeGreaterThan(10);
    const wrong = all.filter((p) => isPerRequestPath(p.sample) !== p.perRequest).map((p) => `${p.route} (${p.perRequest ? 'per request' : 'cached'})`);
    expect(wrong).toEqual([]);
  });

  it('no nonce for a path under a per-request route that Next answers from its static 404', () => {
    for (const pathname of [
      '/admin/no-such-page',
      '/admin/objections/1/extra',
      '/zh-CN/search/extra',
      '/zh-CN/entities/91370102MA3C5PRX3E/objection/x',
      '/zh-CN/policies/find',
      '/zh-CN/entities/91370102MA3C5PRX3E',
      '/zh-CN/verify/20260301-7K3M9Q2XH4B8N6TD',
    ]) {
      expect(isPerRequestPath(pathname), pathname).toBe(false);
    }
    for (const pathname of [
      '/admin',
      '/admin/sign-in',
      '/admin/policies/new',
      '/en/search',
      '/zh-TW/objections/XF2601010000000B',
      '/en/policies/find/cT1sb2Fu',
      '/zh-TW/verify',
    ]) {
      expect(isPerRequestPath(pathname), pathname).toBe(true);
    }
  });
});

describe('the serving hook on a real server, behind the compression Next applies', () => {
  const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    next: () => void,
  ) => void;
  const apply = createSecurityHeaders({ siteHttps: false, trustForwardedProto: false });
  const page = (text: string) =>
    `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>${'信用公示 '.repeat(300)}</p>` +
    `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"${text}"])</script></body></html>`;
  /** What the handler saw of the request's CSP header, by path. */
  const seenRequestPolicy = new Map<string, string | undefined>();
  let base = '';
  let server: http.Server;

  /** As Next's sendRenderResult sends a cached page: headers, then the whole body in one res.end. */
  function sendCached(req: http.IncomingMessage, res: http.ServerResponse, html: string, etag: string, versionHeader = 'ETag') {
    res.setHeader('Cache-Control', 'public, s-maxage=60, stale-while-revalidate=86340, stale-if-error=86400');
    res.setHeader(versionHeader, etag);
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(html));
    res.end(req.method === 'HEAD' ? null : html);
  }

  beforeAll(async () => {
    let version = 1;
    server = http.createServer((req, res) => {
      apply(req, res);
      compression()(req, res, () => {});
      const url = new URL(req.url ?? '/', 'http://x');
      seenRequestPolicy.set(url.pathname, req.headers['content-security-policy'] as string | undefined);
      if (url.pathname === '/zh-CN/lists') return sendCached(req, res, page(`v${version}`), `"v${version}"`);
      // Next with generateEtags off: the version header our cache handler stores with each page.
      if (url.pathname === '/zh-CN/versioned') return sendCached(req, res, page(`w${version}`), `w${version}`, PAGE_VERSION_HEADER);
      if (url.pathname === '/zh-CN/many-scripts') {
        const many = Array.from({ length: MAX_SCRIPT_HASHES + 1 }, (_, i) => `<script>self.__next_f.push([1,"${i}"])</script>`).join('');
        return sendCached(req, res, `<!DOCTYPE html><html><body>${many}</body></html>`, '"many"');
      }
      if (url.pathname === '/next-version') {
        version += 1;
        return res.end();
      }
      if (url.pathname === '/zh-CN/streamed' || url.pathname === '/zh-CN/search') {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.write('<!DOCTYPE html><html><body><script>self.__next_f.push([1,"a"])</script>');
        setTimeout(() => res.end('<script>self.__next_f.push([1,"b"])</script></body></html>'), 5);
        return;
      }
      if (url.pathname === '/api/v1/health') {
        res.setHeader('Content-Type', 'application/json');
        return res.end('{"ok":true}');
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  function get(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
        });
      });
      req.on('error', reject);
      req.end();
    });
  }

  /** The inline scripts of a body, found independently of the module under test. */
  const inlineScripts = (body: string) => [...body.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

  it('gives a cached page, gzipped by Next, the hashes of its own inline scripts and no nonce', async () => {
    const res = await get('/zh-CN/lists', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    const policy = directives(String(res.headers['content-security-policy']));
    const scripts = inlineScripts(res.body);
    expect(scripts).toHaveLength(2);
    expect(policy.get('script-src')).toEqual(["'self'", ...scripts.map(sha256)]);
    expect(res.headers['content-security-policy']).toBe(buildContentSecurityPolicy({ scripts: { hashes: scripts.map(sha256) } }));
    expect(String(res.headers['content-security-policy'])).not.toMatch(/nonce-|unsafe-inline|strict-dynamic/);
    expect(res.headers['cache-control']).toMatch(/^public, /);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Uncompressed, the same policy.
    const plain = await get('/zh-CN/lists');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-security-policy']).toBe(res.headers['content-security-policy']);
  });

  it('follows a new version of the page (a new ETag), answers HEAD with the policy of the page it has seen, 304 with none', async () => {
    const before = await get('/zh-CN/lists');
    const head = await get('/zh-CN/lists', {}, 'HEAD');
    expect(head.headers['content-security-policy']).toBe(before.headers['content-security-policy']);
    const notModified = await get('/zh-CN/lists', { 'if-none-match': String(before.headers.etag) });
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-security-policy']).toBeUndefined();
    await get('/next-version');
    const after = await get('/zh-CN/lists');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(directives(String(after.headers['content-security-policy'])).get('script-src')).toEqual(["'self'", ...inlineScripts(after.body).map(sha256)]);
    expect(after.headers['content-security-policy']).not.toBe(before.headers['content-security-policy']);
  });

  it('without an ETag, keys on the page version header: the same version keeps its policy, a new one gets its own', async () => {
    const before = await get('/zh-CN/versioned');
    expect(before.headers.etag).toBeUndefined();
    expect(directives(String(before.headers['content-security-policy'])).get('script-src')).toEqual(["'self'", ...inlineScripts(before.body).map(sha256)]);
    const head = await get('/zh-CN/versioned', {}, 'HEAD');
    expect(head.headers['content-security-policy']).toBe(before.headers['content-security-policy']);
    await get('/next-version');
    const after = await get('/zh-CN/versioned');
    expect(after.headers[PAGE_VERSION_HEADER]).not.toBe(before.headers[PAGE_VERSION_HEADER]);
    expect(directives(String(after.headers['content-security-policy'])).get('script-src')).toEqual(["'self'", ...inlineScripts(after.body).map(sha256)]);
    expect(after.headers['content-security-policy']).not.toBe(before.headers['content-security-policy']);
  });

  it("gives a streamed page on a cached route the 'unsafe-inline' fallback, never a policy that would block it", async () => {
    const res = await get('/zh-CN/streamed', { 'accept-encoding': 'gzip' });
    expect(res.body).toContain('</html>');
    expect(directives(String(res.headers['content-security-policy'])).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("falls back to 'unsafe-inline' when a page has more inline scripts than a header should hold", async () => {
    const res = await get('/zh-CN/many-scripts');
    expect(directives(String(res.headers['content-security-policy'])).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('gives a page rendered per request a fresh nonce, in the request header Next reads and in the response', async () => {
    const first = await get('/zh-CN/search?q=%E6%B5%8E%E5%8D%97');
    const seenFirst = seenRequestPolicy.get('/zh-CN/search');
    const second = await get('/zh-CN/search?q=%E6%B5%8E%E5%8D%97');
    const nonceOf = (policy: unknown) => /'nonce-([^']+)'/.exec(String(policy))?.[1];
    expect(nonceOf(first.headers['content-security-policy'])).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(seenFirst).toBe(first.headers['content-security-policy']);
    expect(nonceOf(second.headers['content-security-policy'])).not.toBe(nonceOf(first.headers['content-security-policy']));
    expect(directives(String(first.headers['content-security-policy'])).get('script-src')).toContain("'strict-dynamic'");
    expect(String(first.headers['content-security-policy'])).not.toContain('unsafe-inline');
  });

  it('never lets a client choose the nonce: its own CSP request header is dropped on a cached route and replaced on a per-request one', async () => {
    const forged = "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='";
    await get('/zh-CN/lists', { 'content-security-policy': forged, 'content-security-policy-report-only': forged });
    expect(seenRequestPolicy.get('/zh-CN/lists')).toBeUndefined();
    const res = await get('/zh-CN/search', { 'content-security-policy': forged });
    expect(seenRequestPolicy.get('/zh-CN/search')).toBe(res.headers['content-security-policy']);
    expect(seenRequestPolicy.get('/zh-CN/search')).not.toContain('AAAAAAAAAAAAAAAAAAAAAA');
  });

  it('puts no CSP on JSON but the other headers on everything', async () => {
    const res = await get('/api/v1/health');
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('adds HSTS and upgrade-insecure-requests when a trusted proxy says the visitor came over HTTPS', async () => {
    const behindProxy = createSecurityHeaders({ trustForwardedProto: true });
    const res = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      const srv = http.createServer((req, response) => {
        behindProxy(req, response);
        sendCached(req, response, page('x'), '"x"');
      });
      srv.listen(0, '127.0.0.1', () => {
        const port = (srv.address() as AddressInfo).port;
        http
          .get(`http://127.0.0.1:${port}/zh-CN`, { headers: { 'x-forwarded-proto': 'https' } }, (r) => {
            r.resume();
            r.on('end', () => srv.close(() => resolve(r.headers)));
          })
          .on('error', reject);
      });
    });
    expect(res['strict-transport-security']).toBe('max-age=31536000');
    expect(directives(String(res['content-security-policy'])).has('upgrade-insecure-requests')).toBe(true);
    expect(res['content-security-policy']).toBe(buildContentSecurityPolicy({ scripts: { hashes: inlineScriptHashes(page('x'))! }, https: true }));
  });
});

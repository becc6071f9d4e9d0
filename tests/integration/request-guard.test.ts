// The guards scripts/serve.mjs runs before Next (lib/security/request-guard.mjs), over real HTTP on
// loopback: a server that runs the guards and then reads the body as Next would, so what reaches
// "Next" and what the client sees are both checked. No other service is needed.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitFor, guardRequest, hasMalformedPath, isCrossOriginAction } from '../../lib/security/request-guard.mjs';

let server: http.Server;
let base: string;
/** What the handler behind the guards saw of each request: the bytes it read, or that it was aborted. */
const seen: { path: string; bytes: number; aborted: boolean }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (guardRequest(req, res)) return;
    let bytes = 0;
    const entry = { path: req.url ?? '', bytes: 0, aborted: false };
    seen.push(entry);
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      entry.bytes = bytes;
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`read ${bytes}`);
    });
    req.on('aborted', () => {
      entry.aborted = true;
    });
    req.on('error', () => {
      entry.aborted = true;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A body sent chunked (no Content-Length): `size` bytes in 64 KB pieces. */
function chunkedBody(size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(65_536, size - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
}

describe('body limits by route', () => {
  it('gives the evidence limit only to the objection and repair forms, the upload limit only to the template upload', () => {
    expect(bodyLimitFor('/zh-CN/entities/91370102MA3C5PRX3E/objection')).toBe(BODY_LIMITS.evidence);
    expect(bodyLimitFor('/en/entities/91370102MA3C5PRX3E/repair')).toBe(BODY_LIMITS.evidence);
    expect(bodyLimitFor('/en/verify')).toBe(BODY_LIMITS.verify);
    expect(BODY_LIMITS.verify).toBeLessThan(3 * 1024 * 1024);
    expect(bodyLimitFor('/en/verify/20260301-7K3M9Q2XH4B8N6TD')).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor('/admin/intake')).toBe(BODY_LIMITS.upload);
    expect(bodyLimitFor('/api/v1/intake/records')).toBe(16 * 1024 * 1024);
    expect(bodyLimitFor('/admin/sign-in')).toBe(BODY_LIMITS.signIn);
    expect(BODY_LIMITS.signIn).toBeLessThanOrEqual(16 * 1024);
    expect(bodyLimitFor('/admin/policies/new')).toBe(BODY_LIMITS.staff);
    // Status look-up, the profile page, anything else: a form without files.
    expect(bodyLimitFor('/zh-CN/objections/YY20260101000001')).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor('/zh-CN/entities/91370102MA3C5PRX3E')).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor('/zh-CN/entities/91370102MA3C5PRX3E/objection/x')).toBe(BODY_LIMITS.other);
    expect(BODY_LIMITS.other).toBeLessThanOrEqual(64 * 1024);
  });

  it('answers 413 from Content-Length alone, with a translated page, before the handler sees the request', async () => {
    const before = seen.length;
    const res = await fetch(`${base}/en/objections/YY20260101000001`, {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-type': 'text/plain' },
      body: 'x'.repeat(BODY_LIMITS.other + 1),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('text/html');
    // The rest of a declared body is read and dropped, so a client still uploading reads this answer.
    expect(res.headers.get('connection')).not.toBe('close');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('What you sent is too large');
    expect(html).toContain('64 KB');
    expect(seen.length).toBe(before);
    const zh = await fetch(`${base}/zh-TW/entities/91370102MA3C5PRX3E/objection`, { method: 'POST', body: Buffer.alloc(BODY_LIMITS.evidence + 1) });
    expect(zh.status).toBe(413);
    expect(await zh.text()).toContain('提交的內容過大');
    // A multipart upload well past the limit (a 53 MB file), as a browser sends it: the client gets
    // the 413 page, not a connection reset while it is still sending.
    const form = new FormData();
    form.append('evidence', new Blob([new Uint8Array(BODY_LIMITS.evidence + 8 * 1024 * 1024)], { type: 'application/pdf' }), 'huge.pdf');
    const big = await fetch(`${base}/en/entities/91370102MA3C5PRX3E/objection`, { method: 'POST', body: form });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('What you sent is too large');
    expect(seen.length).toBe(before);
  });

  it('counts a chunked body as it arrives: over the limit the handler never sees its end', async () => {
    const res = await fetch(`${base}/zh-CN/objections/YY20260101000002`, {
      method: 'POST',
      body: chunkedBody(BODY_LIMITS.other * 4),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('提交的内容过大');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const entry = seen.find((s) => s.path === '/zh-CN/objections/YY20260101000002');
    expect(entry?.bytes ?? 0).toBeLessThanOrEqual(BODY_LIMITS.other);
  });

  it('lets a body within its limit through whole, chunked or not', async () => {
    const small = await fetch(`${base}/zh-CN/objections/YY20260101000003`, {
      method: 'POST',
      body: chunkedBody(BODY_LIMITS.other),
      duplex: 'half',
    } as RequestInit);
    expect(small.status).toBe(200);
    expect(await small.text()).toBe(`read ${BODY_LIMITS.other}`);
    const evidence = await fetch(`${base}/zh-CN/entities/91370102MA3C5PRX3E/objection`, { method: 'POST', body: Buffer.alloc(5 * 1024 * 1024) });
    expect(evidence.status).toBe(200);
  });

  it("answers the API with its JSON error format in the caller's language", async () => {
    const res = await fetch(`${base}/api/v1/intake/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: Buffer.alloc(BODY_LIMITS.intake + 1),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request body is too large (at most 16 MB).' } });
  });
});

describe('malformed paths', () => {
  it('recognises percent-encoding that cannot be decoded, in the path only', () => {
    expect(hasMalformedPath('/zh-CN/entities/%E0')).toBe(true);
    expect(hasMalformedPath('/api/v1/entities/%E0%A4')).toBe(true);
    expect(hasMalformedPath('/zh-CN/entities/%25E0')).toBe(false);
    expect(hasMalformedPath('/zh-CN/search?q=%E0')).toBe(false);
    expect(hasMalformedPath('/zh-CN/entities/%E4%B8%AD')).toBe(false);
  });

  it('answers 400 with a page for a page path and JSON for an API path', async () => {
    const page = await fetch(`${base}/en/entities/%E0`);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).toContain('This address is malformed');
    // Its own strict policy: nothing runs, and the one style it allows is the page's own.
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("frame-ancestors 'none'");
    const style = /<style>(.*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/<script|style="/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const api = await fetch(`${base}/api/v1/entities/%E0`);
    expect(api.status).toBe(400);
    expect((await api.json()).error.code).toBe('bad_request');
  });
});

describe('cross-origin server actions', () => {
  const action = (headers: Record<string, string>) => ({
    method: 'POST',
    url: '/zh-CN/objections/X',
    headers: { host: 'site.example', 'next-action': 'abc', ...headers },
  });

  it('compares the Origin with the forwarded host, else the host, as Next does', () => {
    expect(isCrossOriginAction(action({ origin: 'https://site.example' }))).toBe(false);
    expect(isCrossOriginAction(action({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossOriginAction(action({ origin: 'null' }))).toBe(true);
    expect(isCrossOriginAction(action({ origin: 'not a url' }))).toBe(true);
    expect(isCrossOriginAction(action({ origin: 'https://public.example', 'x-forwarded-host': 'public.example' }))).toBe(false);
    // No Origin (a hand-made request): Next lets it through, and so do we.
    expect(isCrossOriginAction(action({}))).toBe(false);
    // A multipart form post is an action too (no JavaScript); a GET or an API call is not.
    expect(
      isCrossOriginAction({
        method: 'POST',
        url: '/zh-CN/x',
        headers: { host: 'site.example', origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
      }),
    ).toBe(true);
    expect(
      isCrossOriginAction({ method: 'GET', url: '/zh-CN/x', headers: { host: 'site.example', origin: 'https://evil.example', 'next-action': 'abc' } }),
    ).toBe(false);
    expect(
      isCrossOriginAction({
        method: 'POST',
        url: '/api/v1/intake/records',
        headers: { host: 'site.example', origin: 'https://evil.example', 'content-type': 'multipart/form-data' },
      }),
    ).toBe(false);
  });

  it('answers 403 with a translated page', async () => {
    const res = await fetch(`${base}/zh-CN/objections/YY20260101000004`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'next-action': 'abc' },
      body: '[]',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('请求被拒绝');
  });
});

// The client's address over real sockets, through the same layer as scripts/serve.mjs
// (stampClientAddress) into the app's reader (requestClientAddress) and the real rate limits of
// the public API and the staff sign-in. A client that changes X-Forwarded-For, or sends the
// internal header itself, is still the same client. Each run connects from its own loopback
// address (Linux answers on all of 127/8), so runs never share a counter.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPublicApi } from '../../lib/api/public-api';
import { env } from '../../lib/env';
import { CLIENT_ADDRESS_HEADER, stampClientAddress } from '../../lib/security/client-address.mjs';
import { takeRateLimit } from '../../lib/security/rate-limits';
import { requestClientAddress } from '../../lib/security/request-address';

const api = withPublicApi(async () => new Response('ok', { headers: { 'content-type': 'text/plain' } }));

/** A site front: the serving layer's stamp, then the app's reader, the API wrapper or the sign-in brake. */
async function startFront(trustedHops: number, host: string): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    stampClientAddress(req, trustedHops);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    void (async () => {
      if (req.url === '/whoami') {
        res.end(requestClientAddress(headers));
      } else if (req.url === '/sign-in') {
        res.statusCode = (await takeRateLimit('staffSignIn', requestClientAddress(headers))).ok ? 200 : 429;
        res.end();
      } else {
        const answer = await api(new Request(`http://front${req.url}`, { headers }), {});
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(await answer.text());
      }
    })();
  });
  await new Promise<void>((r) => server.listen(0, host, () => r()));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}

function get(
  port: number,
  path: string,
  options: { headers?: Record<string, string>; from?: string; host?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: options.host ?? '127.0.0.1', port, path, headers: options.headers, localAddress: options.from, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const loopback = () => `127.${crypto.randomInt(1, 255)}.${crypto.randomInt(0, 256)}.${crypto.randomInt(1, 255)}`;
const spoof = (i: number) => `198.51.100.${i % 250}`;

describe('client address with no trusted proxy (TRUSTED_PROXY_HOPS=0)', () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    // '::' takes IPv4 too: an IPv4 client then arrives as ::ffff:a.b.c.d.
    front = await startFront(0, '::');
  });
  afterAll(() => front.close());

  it("is the socket's address, IPv4-mapped written as IPv4, whatever the client writes into headers", async () => {
    const from = loopback();
    expect((await get(front.port, '/whoami', { from })).body).toBe(from);
    expect((await get(front.port, '/whoami', { from, headers: { 'X-Forwarded-For': '203.0.113.1', [CLIENT_ADDRESS_HEADER]: '203.0.113.2' } })).body).toBe(from);
    expect((await get(front.port, '/whoami', { host: '::1' })).body).toBe('::1');
  });

  it('a changed X-Forwarded-For does not reset the public API limit', async () => {
    const from = loopback();
    const limit = env.API_RATE_LIMIT_PER_MINUTE;
    let refusedAt = -1;
    for (let i = 0; i <= limit && refusedAt < 0; i += 1) {
      const res = await get(front.port, '/api/v1/search?q=x', { from, headers: { 'X-Forwarded-For': spoof(i), [CLIENT_ADDRESS_HEADER]: spoof(i + 1) } });
      if (res.status === 429) refusedAt = i;
      else expect(res.status).toBe(200);
    }
    expect(refusedAt).toBe(limit);
    const again = await get(front.port, '/api/v1/search?q=x', { from, headers: { 'X-Forwarded-For': '192.0.2.200' } });
    expect(again.status).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(again.headers['ratelimit-remaining']).toBe('0');
    // Another client is unaffected.
    expect((await get(front.port, '/api/v1/search?q=x', { from: loopback() })).status).toBe(200);
  });

  it('a changed X-Forwarded-For does not reset the staff sign-in brake', async () => {
    const from = loopback();
    const limit = env.STAFF_SIGN_IN_PER_MINUTE;
    let refusedAt = -1;
    for (let i = 0; i <= limit && refusedAt < 0; i += 1) {
      if ((await get(front.port, '/sign-in', { from, headers: { 'X-Forwarded-For': spoof(i) } })).status === 429) refusedAt = i;
    }
    expect(refusedAt).toBe(limit);
    expect((await get(front.port, '/sign-in', { from: loopback() })).status).toBe(200);
  }, 60_000);
});

describe('client address behind one trusted proxy (TRUSTED_PROXY_HOPS=1)', () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront(1, '127.0.0.1');
  });
  afterAll(() => front.close());

  it("is the entry the proxy wrote (right-most), never the client's own entries", async () => {
    expect((await get(front.port, '/whoami', { headers: { 'X-Forwarded-For': '203.0.113.50' } })).body).toBe('203.0.113.50');
    expect((await get(front.port, '/whoami', { headers: { 'X-Forwarded-For': '1.2.3.4, 203.0.113.50' } })).body).toBe('203.0.113.50');
    expect((await get(front.port, '/whoami', { headers: { 'X-Forwarded-For': '::ffff:203.0.113.51' } })).body).toBe('203.0.113.51');
    // Straight to the site, around the proxy: the socket.
    const from = loopback();
    expect((await get(front.port, '/whoami', { from })).body).toBe(from);
  });

  it('a client that prepends addresses of its choosing does not reset the public API limit', async () => {
    const client = `203.0.113.${crypto.randomInt(100, 250)}`;
    const proxied = (i: number) => ({ 'X-Forwarded-For': `${spoof(i)}, ${client}` });
    const limit = env.API_RATE_LIMIT_PER_MINUTE;
    let refusedAt = -1;
    // A fresh address each run would be better still; a rerun within the minute starts part-used.
    for (let i = 0; i <= limit && refusedAt < 0; i += 1)
      if ((await get(front.port, '/api/v1/search?q=x', { headers: proxied(i) })).status === 429) refusedAt = i;
    expect(refusedAt).toBeGreaterThanOrEqual(0);
    expect((await get(front.port, '/api/v1/search?q=x', { headers: proxied(999) })).status).toBe(429);
  });
});

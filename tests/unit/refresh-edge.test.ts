// The worker's edge refresher against a plain HTTP server standing in for nginx (the real nginx
// path is covered by tests/e2e/cluster.spec.ts): which URLs, which header, how many, and that a
// front server that is down costs nothing but a log line.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EdgeRefresher } from '@/lib/worker/refresh-edge';

const seen: { url: string; refresh: string | undefined; at: number }[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ url: req.url!, refresh: req.headers['x-edge-refresh'] as string | undefined, at: Date.now() });
    res.statusCode = req.url!.includes('missing') ? 404 : 200;
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('EdgeRefresher', () => {
  it('GETs every locale of each changed profile with X-Edge-Refresh, after the tag re-check delay', async () => {
    seen.length = 0;
    const refresher = new EdgeRefresher({ baseUrl: base, delayMs: 120 });
    const queuedAt = Date.now();
    refresher.refresh(['91370100MA3C4QXK6W', '91370100MA3C4QXK6W', '92370102MA3N9RLT2B']);
    await refresher.idle();
    expect(seen.map((s) => s.url).sort()).toEqual([
      '/en/entities/91370100MA3C4QXK6W',
      '/en/entities/92370102MA3N9RLT2B',
      '/zh-CN/entities/91370100MA3C4QXK6W',
      '/zh-CN/entities/92370102MA3N9RLT2B',
      '/zh-TW/entities/91370100MA3C4QXK6W',
      '/zh-TW/entities/92370102MA3N9RLT2B',
    ]);
    expect(seen.every((s) => s.refresh === '1')).toBe(true);
    expect(Math.min(...seen.map((s) => s.at)) - queuedAt).toBeGreaterThanOrEqual(100);
    expect(refresher.totals).toEqual({ refreshed: 6, failed: 0, skipped: 0, notHeld: 0 });
  });

  it('refreshes at most maxPages per round and counts the rest as skipped', async () => {
    seen.length = 0;
    const refresher = new EdgeRefresher({ baseUrl: base, delayMs: 0, maxPages: 6 });
    refresher.refresh(['A1', 'A2', 'A3', 'A4']);
    await refresher.idle();
    expect(seen).toHaveLength(6);
    expect(refresher.totals).toEqual({ refreshed: 6, failed: 0, skipped: 6, notHeld: 0 });
  });

  it('firms changed while a round runs are refreshed in the next round', async () => {
    seen.length = 0;
    const refresher = new EdgeRefresher({ baseUrl: base, delayMs: 50 });
    refresher.refresh(['B1']);
    refresher.refresh(['B2']);
    await new Promise((r) => setTimeout(r, 80));
    refresher.refresh(['B3']);
    await refresher.idle();
    expect(new Set(seen.map((s) => s.url.split('/').pop()))).toEqual(new Set(['B1', 'B2', 'B3']));
    expect(refresher.totals.refreshed).toBe(9);
  });

  it('refreshes only the pages the front server may still hold', async () => {
    seen.length = 0;
    const asked: string[] = [];
    const refresher = new EdgeRefresher({
      baseUrl: base,
      delayMs: 0,
      stillHeld: async (paths) => {
        asked.push(...paths);
        return paths.map((p) => p === '/en/entities/D1' || p === '/zh-CN/entities/D2');
      },
    });
    refresher.refresh(['D1', 'D2', 'D3']);
    await refresher.idle();
    expect(asked).toHaveLength(9);
    expect(seen.map((s) => s.url).sort()).toEqual(['/en/entities/D1', '/zh-CN/entities/D2']);
    expect(refresher.totals).toEqual({ refreshed: 2, failed: 0, skipped: 0, notHeld: 7 });
  });

  it('among many changed firms, the one page nginx holds is refreshed, whatever its place in the queue', async () => {
    seen.length = 0;
    const firms = Array.from({ length: 500 }, (_, i) => `E${i}`);
    const refresher = new EdgeRefresher({ baseUrl: base, delayMs: 0, stillHeld: async (paths) => paths.map((p) => p === '/zh-CN/entities/E499') });
    refresher.refresh(firms);
    await refresher.idle();
    expect(seen.map((s) => s.url)).toEqual(['/zh-CN/entities/E499']);
    expect(refresher.totals).toEqual({ refreshed: 1, failed: 0, skipped: 0, notHeld: 1499 });
  });

  it('a front server that is down fails the round quietly', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refresher = new EdgeRefresher({ baseUrl: `http://127.0.0.1:${port}`, delayMs: 0 });
    refresher.refresh(['C1']);
    await refresher.idle();
    expect(refresher.totals).toEqual({ refreshed: 0, failed: 3, skipped: 0, notHeld: 0 });
  });
});

// The front server's marks (lib/cache/edge-seen.mjs) in the suite's real Redis: a page marked by a
// site process is "still held" for the mark's lifetime and not after; unknown answers "refresh".
import crypto from 'node:crypto';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { EDGE_SEEN_MS, closeEdgeSeen, connectEdgeSeen, edgeSeen, markEdgeSeen } from '@/lib/cache/edge-seen.mjs';

const redisUrl = process.env.REDIS_URL;
const run = crypto.randomBytes(4).toString('hex');

async function eventually(check: () => Promise<boolean>, timeoutMs = 2000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

afterAll(() => closeEdgeSeen());

describe('edge-seen marks', () => {
  it('a marked page is held for the mark’s lifetime, an unmarked one is not', async () => {
    expect(redisUrl, 'scripts/test.ts starts redis-server and sets REDIS_URL').toBeTruthy();
    const marked = `/zh-CN/entities/${run}A`;
    const other = `/en/entities/${run}A`;
    connectEdgeSeen(redisUrl);
    // The connection opens in the background; until then nothing is known and every page counts as held.
    expect(await eventually(async () => (await edgeSeen(redisUrl, [other]))[0] === false)).toBe(true);
    markEdgeSeen(redisUrl, marked);
    expect(await edgeSeen(redisUrl, [marked, other])).toEqual([true, false]);
    await new Promise((r) => setTimeout(r, EDGE_SEEN_MS + 200));
    expect(await edgeSeen(redisUrl, [marked, other])).toEqual([false, false]);
  });

  it('without Redis, or with Redis down, every page counts as held (refreshed as before)', async () => {
    expect(await edgeSeen(undefined, ['/a', '/b'])).toEqual([true, true]);
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const down = `redis://127.0.0.1:${port}`;
    markEdgeSeen(down, '/a');
    expect(await edgeSeen(down, ['/a', '/b'])).toEqual([true, true]);
  });
});

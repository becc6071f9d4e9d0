// Rate limits with more than one site process: two RateLimits instances, each with its own Redis
// connection and its own memory (what two processes behind nginx create), draw on ONE quota and
// share one sign-in brake. Against the suite's real Redis (REDIS_URL; scripts/test.ts starts one).
import net from 'node:net';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_KEY_PREFIX, rateLimits, RateLimits, type RateLimitsOptions } from '../../lib/security/rate-limits';

const redisUrl = process.env.REDIS_URL;
const keyPrefix = `test:rl:${process.pid}-${Date.now().toString(36)}:`;
const policies: RateLimitsOptions['policies'] = {
  api: { points: 5, durationSeconds: 60 },
  staffSignIn: { points: 3, durationSeconds: 60 },
  statusLookup: { points: 4, durationSeconds: 60 },
};
const connections: Redis[] = [];

function connect(url = redisUrl!): Redis {
  // The same fail-fast settings as the site's own connection.
  const redis = new Redis(url, { enableOfflineQueue: false, commandTimeout: 300, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => 1000 });
  redis.on('error', () => {});
  connections.push(redis);
  return redis;
}

async function connected(redis: Redis): Promise<Redis> {
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  return redis;
}

/** One "site process": its own connection, its own in-memory state, the shared Redis. */
async function processLimits(): Promise<RateLimits> {
  return new RateLimits({ redis: await connected(connect()), keyPrefix, policies });
}

let admin: Redis;
beforeAll(async () => {
  expect(redisUrl, 'scripts/test.ts starts redis-server and sets REDIS_URL').toBeTruthy();
  admin = await connected(connect());
});

afterAll(async () => {
  const keys = await admin.keys(`${keyPrefix}*`);
  if (keys.length) await admin.del(...keys);
  for (const redis of connections) redis.disconnect();
});

describe('single-use tokens shared through Redis', () => {
  it('a proof of work spent in one process is spent in the other; unspent ones stay unspent', async () => {
    const [a, b] = [await processLimits(), await processLimits()];
    const token = `pow:test-${Date.now()}-${Math.random()}`;
    expect(await a.wasSpent(token)).toBe(false);
    expect(await b.wasSpent(token)).toBe(false);
    await a.spend(token, 60);
    expect(await a.wasSpent(token)).toBe(true);
    expect(await b.wasSpent(token)).toBe(true);
    expect(await b.wasSpent(`${token}-other`)).toBe(false);
    // Kept no longer than the token could be used.
    const [key] = await admin.keys(`${keyPrefix}spent:*`);
    const ttl = await admin.ttl(key!);
    expect(ttl).toBeGreaterThan(50);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('without Redis, a process still remembers what it spent', async () => {
    const alone = new RateLimits({ keyPrefix, policies });
    await alone.spend('pow:memory-only', 60);
    expect(await alone.wasSpent('pow:memory-only')).toBe(true);
    expect(await new RateLimits({ keyPrefix, policies }).wasSpent('pow:memory-only')).toBe(false);
  });
});

describe('rate limits shared through Redis', () => {
  it('two processes give an address one quota, not one each', async () => {
    const [a, b] = [await processLimits(), await processLimits()];
    expect(a.shared && b.shared).toBe(true);
    const address = '198.51.100.21';
    const allowed = [];
    for (let i = 0; i < 5; i += 1) allowed.push((await (i % 2 === 0 ? a : b).consume('api', address)).ok);
    expect(allowed).toEqual([true, true, true, true, true]);
    const refusedByB = await b.consume('api', address);
    const refusedByA = await a.consume('api', address);
    expect(refusedByB).toMatchObject({ ok: false, limit: 5, remaining: 0 });
    expect(refusedByA).toMatchObject({ ok: false, limit: 5, remaining: 0 });
    expect(refusedByB.resetSeconds).toBeGreaterThan(50);
    expect(refusedByB.resetSeconds).toBeLessThanOrEqual(60);
    // Another address is untouched on either process.
    expect((await a.consume('api', '198.51.100.22')).ok).toBe(true);
    expect((await b.consume('api', '198.51.100.22')).remaining).toBe(3);
  });

  it('a sign-in brake tripped through one process holds on the other, and on a process started later', async () => {
    const [a, b] = [await processLimits(), await processLimits()];
    const address = '203.0.113.31';
    for (let i = 0; i < 3; i += 1) expect((await a.consume('staffSignIn', address)).ok).toBe(true);
    expect((await a.consume('staffSignIn', address)).ok).toBe(false);
    const onB = await b.consume('staffSignIn', address);
    expect(onB.ok).toBe(false);
    const late = await processLimits();
    expect((await late.consume('staffSignIn', address)).ok).toBe(false);
    // The brake is per address, and the other limits are separate counters.
    expect((await b.consume('staffSignIn', '203.0.113.32')).ok).toBe(true);
    expect((await b.consume('statusLookup', address)).ok).toBe(true);
  });

  it('without a shared store, two processes would each give the full quota (the bug this prevents)', async () => {
    const [a, b] = [new RateLimits({ policies }), new RateLimits({ policies })];
    let allowed = 0;
    for (let i = 0; i < 12; i += 1) if ((await (i % 2 === 0 ? a : b).consume('api', '198.51.100.23')).ok) allowed += 1;
    expect(allowed).toBe(10);
  });

  it('keeps its counters under its own key prefix, each expiring with its window', async () => {
    const a = await processLimits();
    await a.consume('statusLookup', '2001:db8:7:8::5');
    const key = `${keyPrefix}status:2001:db8:7:8::/64`;
    expect(await admin.get(key)).toBe('1');
    const ttl = await admin.pttl(key);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(RATE_LIMIT_KEY_PREFIX).toBe('credit:rl:');
  });

  it("the site's own limits use REDIS_URL when it is set", () => {
    expect(rateLimits().shared).toBe(true);
  });
});

describe('rate limits when Redis cannot be reached', () => {
  let closedPort: number;
  beforeAll(async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    closedPort = (srv.address() as net.AddressInfo).port;
    await new Promise((r) => srv.close(r));
  });

  it("still limit, in the process's own memory, and answer at once", async () => {
    const down = new RateLimits({ redis: connect(`redis://127.0.0.1:${closedPort}`), keyPrefix, policies });
    const started = Date.now();
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await down.consume('staffSignIn', '198.51.100.41')).ok);
    expect(answers).toEqual([true, true, true, false]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

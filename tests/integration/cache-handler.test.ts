// The page cache handler against the suite's real Redis (scripts/test.ts starts one and sets
// REDIS_URL). Each import with its own query string is a separate module instance, i.e. what two
// site processes see: its own LRU and its own connection, one shared Redis.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Handler = {
  get(key: string, ctx: Record<string, unknown>): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
type HandlerClass = new (ctx: Record<string, unknown>) => Handler;

const redisUrl = process.env.REDIS_URL;
const modulePath = '../../lib/cache/cache-handler.mjs';

async function loadHandler(instance: string, env: Record<string, string | undefined> = {}): Promise<Handler> {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    const mod = (await import(`${modulePath}?instance=${instance}`)) as { default: HandlerClass };
    const handler = new mod.default({});
    // Touch the module's Redis connection so it is open before the test measures anything.
    await handler.get('warm-up', { kind: 'FETCH' });
    return handler;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const prefix = `test-${Date.now()}-`;
const page = (html: string, status = 200, tags = 'entity:X') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc ${html}`),
  segmentData: new Map([['/_index', Buffer.from('seg')]]),
  headers: { 'x-next-cache-tags': tags },
  status,
  postponed: undefined,
});
const pageCtx = { cacheControl: { revalidate: 3600, expire: 86400 } };
const getCtx = { kind: 'APP_PAGE' };

describe('page cache handler (shared Redis)', () => {
  let a: Handler;
  let b: Handler;
  beforeAll(async () => {
    expect(redisUrl, 'scripts/test.ts starts redis-server and sets REDIS_URL').toBeTruthy();
    a = await loadHandler('a');
    b = await loadHandler('b');
  });

  it('an entry stored by one process is served by another, Buffers and Maps intact', async () => {
    await a.set(`${prefix}p1`, page('<p>one</p>'), pageCtx);
    const got = (await b.get(`${prefix}p1`, getCtx)) as { value: ReturnType<typeof page> } | null;
    expect(got?.value.html).toBe('<p>one</p>');
    expect(Buffer.isBuffer(got?.value.rscData)).toBe(true);
    expect(got?.value.rscData.toString()).toBe('rsc <p>one</p>');
    expect(got?.value.segmentData.get('/_index')?.toString()).toBe('seg');
  });

  it('every stored page carries a version header of its own, the same in every process', async () => {
    await a.set(`${prefix}v1`, page('<p>v</p>'), pageCtx);
    const first = (await b.get(`${prefix}v1`, getCtx)) as { value: { headers: Record<string, string> } } | null;
    const version = first?.value.headers['x-page-version'];
    expect(version).toMatch(/^[0-9a-z]+-[0-9a-z]+-[0-9a-z]+$/);
    expect(first?.value.headers['x-next-cache-tags']).toBe('entity:X');
    expect(((await a.get(`${prefix}v1`, getCtx)) as typeof first)?.value.headers['x-page-version']).toBe(version);
    await a.set(`${prefix}v1`, page('<p>v2</p>'), pageCtx);
    expect(((await a.get(`${prefix}v1`, getCtx)) as typeof first)?.value.headers['x-page-version']).not.toBe(version);
  });

  it('a tag expired through one process expires the entry in every process', async () => {
    const tag = `entity:${prefix}T`;
    await a.set(`${prefix}p2`, page('<p>two</p>', 200, `${tag},level-counts`), pageCtx);
    expect(await a.get(`${prefix}p2`, getCtx)).not.toBeNull();
    expect(await b.get(`${prefix}p2`, getCtx)).not.toBeNull();
    await b.revalidateTag([tag]);
    // The expiring process sees it at once; another within its re-check interval (250 ms).
    expect(await b.get(`${prefix}p2`, getCtx)).toBeNull();
    await new Promise((r) => setTimeout(r, 300));
    expect(await a.get(`${prefix}p2`, getCtx)).toBeNull();
  });

  it('a render that read the database before a change but stored after its expiry is not kept fresh', async () => {
    const tag = `entity:${prefix}R`;
    await a.revalidateTag([tag]);
    // Stored right after the expiry, as a render under way at that moment would be.
    await b.set(`${prefix}p3`, page('<p>old data</p>', 200, tag), pageCtx);
    expect(await a.get(`${prefix}p3`, getCtx)).toBeNull();
  });

  it('never stores error pages: a flood of unknown codes costs no storage', async () => {
    await a.set(`${prefix}missing`, page('<p>not found</p>', 404), pageCtx);
    await a.set(`${prefix}failed`, page('<p>error</p>', 500), pageCtx);
    expect(await a.get(`${prefix}missing`, getCtx)).toBeNull();
    expect(await b.get(`${prefix}missing`, getCtx)).toBeNull();
    expect(await b.get(`${prefix}failed`, getCtx)).toBeNull();
  });

  it('serves an expired page stale while PostgreSQL is down, rather than failing', async () => {
    const tag = `entity:${prefix}D`;
    await a.set(`${prefix}p4`, page('<p>last good</p>', 200, tag), pageCtx);
    await a.revalidateTag([tag]);
    await new Promise((r) => setTimeout(r, 1100)); // past the expiry's grace
    const health = ((globalThis as { __creditSiteHealth?: { dbDownSince: number | null } }).__creditSiteHealth ??= { dbDownSince: null });
    health.dbDownSince = Date.now();
    try {
      const stale = await b.get(`${prefix}p4`, getCtx);
      expect((stale?.value as { html: string }).html).toBe('<p>last good</p>');
      // Old enough that Next re-renders it in the background.
      expect(Date.now() - (stale?.lastModified ?? Date.now())).toBeGreaterThan(3600_000);
    } finally {
      health.dbDownSince = null;
    }
    expect(await b.get(`${prefix}p4`, getCtx)).toBeNull();
  });

  it("keeps each process's in-memory tier within its cap (LRU)", async () => {
    const small = await loadHandler('small', { CACHE_LOCAL_MAX_MB: '1', REDIS_URL: undefined });
    const big = 'x'.repeat(300_000);
    for (let i = 0; i < 6; i++) await small.set(`${prefix}big${i}`, page(big + i), pageCtx);
    // 6 × 300 KB does not fit in 1 MB: the oldest are gone, the newest kept.
    expect(await small.get(`${prefix}big0`, getCtx)).toBeNull();
    expect(await small.get(`${prefix}big5`, getCtx)).not.toBeNull();
  });
});

describe('page cache handler when Redis is down', () => {
  let closedPort: number;
  beforeAll(async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    closedPort = (srv.address() as net.AddressInfo).port;
    await new Promise<void>((r) => srv.close(() => r()));
  });
  afterAll(() => {});

  it('is a miss, quickly, and a store does not fail the request', async () => {
    const down = await loadHandler('down', { REDIS_URL: `redis://127.0.0.1:${closedPort}` });
    const started = Date.now();
    await down.set(`${prefix}x`, page('<p>x</p>'), pageCtx);
    // The in-process tier still answers; expiry cannot be checked, so it is not trusted while the database is up.
    expect(await down.get(`${prefix}x`, getCtx)).toBeNull();
    expect(await down.get(`${prefix}nothing`, getCtx)).toBeNull();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(down.revalidateTag(['entity:x'])).rejects.toThrow();
  });
});

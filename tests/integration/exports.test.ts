// List exports cannot starve the connection pool, against the real PostgreSQL and through the real
// route handler: a bounded number of exports at once (advisory locks, so the bound holds across
// site processes), 429 with Retry-After beyond it, slots freed when a reader cancels; JSON paging
// capped in depth; public reads under a statement timeout that a long export's cursor escapes.
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

// Small limits for the test, set before lib/env loads.
process.env.EXPORT_CONCURRENCY = '2';
process.env.EXPORTS_PER_ADDRESS = '1';
process.env.PUBLIC_STATEMENT_TIMEOUT_MS = '1000';
process.env.EXPORT_WAIT_SECONDS = '1';

const { GET: getList } = await import('../../app/api/v1/lists/[slug]/route');
const { closeDb, getReadSql, getSql } = await import('../../lib/db/client');
const { openListExport, queryListEntries } = await import('../../lib/db/queries/list-entries');
const { LIST_KINDS } = await import('../../lib/lists/list-definitions');
const { MAX_LIST_DEPTH, parseListQuery } = await import('../../lib/lists/parse-list-query');
const { ratingDate } = await import('../../lib/env');

const dataDirectory = process.env.DATA_DIR ?? '.data/test';
const databaseUrl =
  process.env.DATABASE_URL ?? (JSON.parse(fs.readFileSync(path.join(dataDirectory, 'services.json'), 'utf8')) as { databaseUrl: string }).databaseUrl;
/** A connection of its own: "another site process". */
const other = postgres(databaseUrl, { max: 1, onnotice: () => {} });

afterAll(async () => {
  await other.end({ timeout: 5 });
  await closeDb();
});

const SLOT_KEY = 0x45585054;
const list = (query: string, headers: Record<string, string> = {}) =>
  getList(
    new Request(`http://localhost/api/v1/lists/abnormal-operations?${query}`, {
      headers: { 'x-forwarded-for': '10.9.0.1', 'accept-language': 'en', ...headers },
    }),
    { params: Promise.resolve({ slug: 'abnormal-operations' }) },
  );
const limits = { slots: 2, perAddress: 1, maxSeconds: 60 };
const kinds = LIST_KINDS['abnormal-operations'];

describe('concurrent exports', () => {
  it('answers 429 with Retry-After when another process holds every export slot, and 200 once one is free', async () => {
    const reserved = await other.reserve();
    try {
      for (const slot of [0, 1]) expect((await reserved`select pg_try_advisory_lock(${SLOT_KEY}::int, ${slot}::int) as ok`)[0]!.ok).toBe(true);
      const started = Date.now();
      const busy = await list('format=csv');
      expect(busy.status).toBe(429);
      // Refused only after waiting EXPORT_WAIT_SECONDS (1 s here) for a slot.
      expect(Date.now() - started).toBeGreaterThanOrEqual(800);
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await busy.json()).error).toMatchObject({ code: 'too_many_exports', message: expect.stringMatching(/^Too many exports are running right now/) });
      await reserved`select pg_advisory_unlock(${SLOT_KEY}::int, 1)`;
      const ok = await list('format=csv');
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/^uscc,name,list/);
    } finally {
      await reserved`select pg_advisory_unlock_all()`;
      reserved.release();
    }
  });

  it('waits up to EXPORT_WAIT_SECONDS for a slot: a short burst is served, not refused', async () => {
    const reserved = await other.reserve();
    try {
      for (const slot of [0, 1]) expect((await reserved`select pg_try_advisory_lock(${SLOT_KEY}::int, ${slot}::int) as ok`)[0]!.ok).toBe(true);
      const started = Date.now();
      const waiting = list('format=csv');
      // Another process's export ends 300 ms later: the waiting one gets its slot.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await reserved`select pg_advisory_unlock(${SLOT_KEY}::int, 0)`;
      const res = await waiting;
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^uscc,name,list/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      await reserved`select pg_advisory_unlock_all()`;
      reserved.release();
    }
  });

  it('keeps a slot while a reader holds the stream, and frees it when the reader cancels', async () => {
    const first = await list('format=jsonl');
    expect(first.status).toBe(200);
    // Same client, while the first export is unread: over its per-address limit.
    const second = await list('format=jsonl');
    expect(second.status).toBe(429);
    await first.body!.cancel();
    const third = await list('format=jsonl');
    expect(third.status).toBe(200);
    const lines = (await third.text()).trim().split('\n');
    expect(JSON.parse(lines[0]!)).toHaveProperty('uscc');
    // Read to the end, the export freed its slot too.
    const fourth = await list('format=csv');
    expect(fourth.status).toBe(200);
    await fourth.text();
  });

  it('bounds exports per address and in all, whatever the process', async () => {
    const q = parseListQuery({});
    const today = ratingDate();
    const a = await openListExport(kinds, q, today, '10.9.1.1', limits);
    expect(a).not.toBeNull();
    expect(await openListExport(kinds, q, today, '10.9.1.1', limits)).toBeNull();
    const b = await openListExport(kinds, q, today, '10.9.1.2', limits);
    expect(b).not.toBeNull();
    expect(await openListExport(kinds, q, today, '10.9.1.3', limits)).toBeNull();
    // The locks are visible to every session: the bound holds for a second site process too.
    const [held] = await other<{ n: number }[]>`select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = ${SLOT_KEY}`;
    expect(held!.n).toBe(2);
    await a!.close();
    await a!.close();
    const c = await openListExport(kinds, q, today, '10.9.1.3', limits);
    expect(c).not.toBeNull();
    await b!.close();
    await c!.close();
    // Pages keep their connections meanwhile and after.
    expect((await queryListEntries(kinds, q, today)).entries.length).toBeGreaterThan(0);
  });

  it('streams exports on connections of their own: every read-pool connection stays free for pages', async () => {
    const q = parseListQuery({});
    const today = ratingDate();
    const open = [await openListExport(kinds, q, today, '10.9.2.1', limits), await openListExport(kinds, q, today, '10.9.2.2', limits)];
    expect(open.every(Boolean)).toBe(true);
    // Start both cursors, as two slow readers would.
    for (const exp of open) expect((await exp!.batches.next()).done).toBe(false);
    // All ten read connections at once: with the exports on the read pool, two of these would wait forever.
    const timeout = new Promise<'starved'>((resolve) => setTimeout(() => resolve('starved'), 3000));
    const all = Promise.all(Array.from({ length: 10 }, () => getReadSql().reserve()));
    const got = await Promise.race([all, timeout]);
    expect(got).not.toBe('starved');
    for (const connection of got as Awaited<typeof all>) connection.release();
    for (const exp of open) await exp!.close();
  });
});

describe('statement timeouts', () => {
  it('cancels a public read that runs past PUBLIC_STATEMENT_TIMEOUT_MS, but not a write-side query', async () => {
    await expect(getReadSql()`select pg_sleep(1.5)`).rejects.toMatchObject({ code: '57014' });
    await expect(getSql()`select pg_sleep(1.2)`).resolves.toBeDefined();
    // One slow query is not an outage: the next public read runs at once.
    await expect(getReadSql()`select 1 as one`).resolves.toEqual([{ one: 1 }]);
  });

  it('lets an export cursor run longer than the public timeout, with a slow reader', async () => {
    const q = parseListQuery({ status: 'all' });
    const today = ratingDate();
    const open = await openListExport(kinds, q, today, '10.9.2.1', limits, 20);
    expect(open).not.toBeNull();
    let rows = 0;
    try {
      for await (const batch of open!.batches) {
        rows += batch.length;
        // Slower than the public timeout between two fetches of the same cursor.
        if (rows === batch.length) await new Promise((resolve) => setTimeout(resolve, 1500));
      }
    } finally {
      await open!.close();
    }
    const { total } = await queryListEntries(kinds, { ...q, limit: 1 }, today);
    expect(total).toBeGreaterThan(20);
    expect(rows).toBe(total);
    // Its connection went back to the pool with the public timeout again.
    expect((await getReadSql()`show statement_timeout`)[0]).toEqual({ statement_timeout: '1s' });
  });
});

describe('JSON paging depth', () => {
  it(`answers 400 naming page beyond ${MAX_LIST_DEPTH} entries deep, and pages up to it`, async () => {
    const deep = await list('page=100000&limit=500');
    expect(deep.status).toBe(400);
    const body = await deep.json();
    expect(body.error).toMatchObject({ code: 'bad_parameter', param: 'page' });
    expect(body.error.message).toContain('format=csv');
    expect((await list('page=201&limit=50')).status).toBe(400);
    expect((await list('page=21&limit=500')).status).toBe(400);
    expect((await list('page=200&limit=50')).status).toBe(200);
    expect((await list('page=20&limit=500')).status).toBe(200);
  });
});

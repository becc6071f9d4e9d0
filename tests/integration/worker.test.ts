// The regeneration worker against real PostgreSQL and Meilisearch: crash safety (SIGKILL in the
// middle of 10,000 changes loses nothing) and time-driven changes (a publicity period ends).
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, rateEntity, selectRuleSet, subtractYears } from '../../lib/credit';
import { closeDb, getSql } from '../../lib/db/client';
import { insertRecords, updateRecords } from '../../lib/db/mutations/change-records';
import { getRatingInputs } from '../../lib/db/queries/get-rating-inputs';
import { getOutboxStats } from '../../lib/db/queries/outbox-stats';
import { refreshEntities } from '../../lib/entities/refresh-entities';
import { ratingDate } from '../../lib/env';
import { ensureEntityIndex, getSearchClient, indexName, reindexAllEntities, searchEntities } from '../../lib/search';
import { buildUscc } from '../../lib/uscc';
import { processOutboxBatch } from '../../lib/worker/process-outbox-batch';
import { runScheduledReview } from '../../lib/worker/run-worker';
import { createEntity, daysAgo, TEST_DEPARTMENT } from '../factories/entities';

const sql = getSql();

afterAll(async () => {
  await closeDb();
});

function startWorker(): ChildProcess {
  // No SITE_INTERNAL_URL: no Next.js server here, so page expiry is skipped.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.SITE_INTERNAL_URL;
  // `node --import tsx` rather than the tsx wrapper: one process, so SIGKILL really kills the worker.
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env, stdio: 'inherit' });
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function searchLevels(usccs: string[]): Promise<Map<string, string>> {
  const index = getSearchClient().index(indexName('entities'));
  const out = new Map<string, string>();
  for (let i = 0; i < usccs.length; i += 1000) {
    const chunk = usccs.slice(i, i + 1000);
    const res = await index.getDocuments<{ uscc: string; creditLevel: string }>({ ids: chunk, fields: ['uscc', 'creditLevel'], limit: 1000 });
    for (const d of res.results) out.set(d.uscc, d.creditLevel);
  }
  return out;
}

async function waitForSearchIdle(): Promise<void> {
  const client = getSearchClient();
  await waitFor(
    async () => {
      const tasks = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
      return tasks.results.length === 0;
    },
    120_000,
    200,
  );
}

describe('regeneration worker', () => {
  it('applies 10,000 changes exactly once in effect even when killed with SIGKILL partway', async () => {
    const today = ratingDate();
    const [dept] = await sql<{ id: number }[]>`
      insert into departments (code, name_zh_cn, name_zh_tw, name_en) values (${TEST_DEPARTMENT.code}, ${TEST_DEPARTMENT.nameZhCn}, ${TEST_DEPARTMENT.nameZhTw}, ${TEST_DEPARTMENT.nameEn})
      on conflict (code) do update set code = excluded.code returning id`;
    // Its own 2,000 firms, so the seeded city other tests read stays as it was.
    const run = `crash-${Date.now()}`;
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const uscc = buildUscc({
        department: '9',
        category: '1',
        divisionCode: '370105',
        orgCodeBody: crypto
          .randomBytes(6)
          .toString('hex')
          .toUpperCase()
          .replace(/[IOSVZ]/g, '1')
          .slice(0, 8),
      });
      const name = `济南压测${i}号商贸有限公司`;
      return {
        uscc,
        name,
        name_normalized: name,
        type: 'company',
        legal_representative: '压测',
        established_on: '2020-01-01',
        address: '济南市天桥区测试路',
        district_code: '370105',
      };
    });
    const entities = await sql<{ id: number; uscc: string }[]>`insert into entities ${sql(rows)} on conflict (uscc) do nothing returning id::int as id, uscc`;
    expect(entities.length).toBeGreaterThan(1990);
    await sql`delete from outbox`;
    // 10,000 changes: 4 rounds of one penalty per entity (8,000), then 2,000 suspensions.
    const recordIds: string[][] = [];
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < entities.length; i += 500) {
        const ids = await insertRecords(
          entities.slice(i, i + 500).map((e) => ({
            entityId: e.id,
            departmentId: dept!.id,
            sourceRef: `${run}-${e.id}-${round}`,
            kind: 'penalty' as const,
            title: `压力测试处罚${round}`,
            decisionDate: daysAgo(10 + round),
            collectedOn: today,
            publicityEnd: addDays(today, 300),
          })),
        );
        recordIds.push(ids);
      }
    }
    // Suspend rounds 0 and 1 for every other slice of 500: those firms keep 2 penalties (yellow), the rest 4 (red).
    for (const ids of recordIds.filter((_, k) => k < 8 && k % 2 === 0)) await updateRecords(ids, { status: 'suspended' });
    const before = await getOutboxStats();
    expect(before.backlog).toBeGreaterThanOrEqual(4 * entities.length + 2 * 500 * 2 - 40);

    const first = startWorker();
    await waitFor(async () => (await getOutboxStats()).backlog < before.backlog - 1500, 120_000, 20);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const midway = await getOutboxStats();
    expect(midway.backlog).toBeGreaterThan(0); // killed partway, work left
    // Leases of the killed worker must run out before its rows come back; shorten them for the test.
    await sql`update outbox set available_at = now()`;

    const second = startWorker();
    try {
      await waitFor(async () => (await getOutboxStats()).backlog === 0, 180_000, 200);
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }
    await waitForSearchIdle();

    // Final state equals a recomputation from scratch, in PostgreSQL and in the search index.
    const since = subtractYears(today, selectRuleSet(today).windowYears);
    const inputs = await getRatingInputs(
      entities.map((e) => e.id),
      since,
    );
    const stored = new Map(
      (
        await sql<
          { id: number; level: string }[]
        >`select id::int as id, credit_level as level from entities where id = any(${entities.map((e) => e.id)}::bigint[])`
      ).map((r) => [r.id, r.level]),
    );
    const expected = new Map(inputs.map((i) => [i.uscc, rateEntity(i, today).level]));
    const wrongInDb = inputs.filter((i) => stored.get(i.entityId) !== expected.get(i.uscc));
    expect(wrongInDb.map((i) => i.uscc)).toEqual([]);
    const indexed = await searchLevels(entities.map((e) => e.uscc));
    const wrongInIndex = [...expected].filter(([uscc, level]) => indexed.get(uscc) !== level);
    expect(wrongInIndex).toEqual([]);
    // Every entity has at least two public penalties now, so none is green any more.
    expect([...expected.values()].filter((l) => l === 'green')).toEqual([]);
  }, 600_000);

  it('re-rates an entity when time alone ends a penalty’s publicity', async () => {
    const today = ratingDate();
    const tomorrow = addDays(today, 1);
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(100), publicityEnd: today }] });
    expect(firm.level).toBe('yellow'); // public through today
    const [row] = await sql<{ next: string }[]>`select next_review_on as next from entities where id = ${firm.id}`;
    expect(row!.next).toBe(tomorrow);
    await sql`delete from outbox`;

    // The clock moves to tomorrow: the daily job finds the firm and the worker re-rates it.
    const due = await runScheduledReview(tomorrow);
    expect(due).toBeGreaterThanOrEqual(1);
    while (await processOutboxBatch(5000, { today: tomorrow }));
    const [after] = await sql<{ level: string }[]>`select credit_level as level from entities where id = ${firm.id}`;
    expect(after!.level).toBe('green');
    await waitForSearchIdle();
    expect((await searchLevels([firm.uscc])).get(firm.uscc)).toBe('green');
    // Back to today's rating for the rest of the suite.
    await refreshEntities([firm.id], today, { waitForIndex: true });
  }, 120_000);

  it('rebuilds a missing search index from PostgreSQL when it starts', async () => {
    const client = getSearchClient();
    const uid = indexName('entities');
    await client.tasks.waitForTask((await client.deleteIndex(uid)).taskUid);
    const n = (await sql<{ n: number }[]>`select count(*)::int as n from entities`)[0]!.n;
    const worker = startWorker();
    try {
      await waitFor(
        async () => {
          const stats = await client
            .index(uid)
            .getStats()
            .catch(() => null);
          return stats?.numberOfDocuments === n && !stats.isIndexing;
        },
        120_000,
        250,
      );
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.once('exit', r));
    }
    const [firm] = await sql<{ uscc: string }[]>`select uscc from entities order by id desc limit 1`;
    const found = await searchEntities({ q: firm!.uscc });
    expect(found.exactMatch).toBe(true);
  }, 180_000);

  it('rebuilds an index built with an older release’s attributes (codes searchable, not filterable)', async () => {
    const client = getSearchClient();
    const uid = indexName('entities');
    const index = client.index(uid);
    const older = {
      searchableAttributes: ['name', 'aliases', 'formerNames', 'uscc', 'regNo', 'legalRepresentative', 'nameGrams', 'pinyin', 'address'],
      filterableAttributes: ['creditLevel', 'districtCode', 'industryCode', 'type', 'status'],
    };
    await client.tasks.waitForTask((await index.updateSettings(older)).taskUid);
    expect((await ensureEntityIndex()).outdated).toBe(true);
    const [firm] = await sql<{ uscc: string }[]>`select uscc from entities order by id limit 1`;
    // Until the rebuild, a code still finds its firm (through the full-text fallback).
    expect((await searchEntities({ q: firm!.uscc })).hits[0]?.uscc).toBe(firm!.uscc);
    const worker = startWorker();
    try {
      await waitFor(async () => !(await ensureEntityIndex()).outdated && !(await index.getStats()).isIndexing, 120_000, 250);
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.once('exit', r));
    }
    const found = await searchEntities({ q: firm!.uscc });
    expect(found.exactMatch).toBe(true);
    expect(found.hits[0]?.uscc).toBe(firm!.uscc);
  }, 180_000);

  it('a full reindex swaps in the new index while searches keep answering', async () => {
    let searches = 0;
    let failures = 0;
    let done = false;
    const searching = (async () => {
      while (!done) {
        try {
          const r = await searchEntities({ q: '济南' });
          if (r.total === 0) failures++;
        } catch {
          failures++;
        }
        searches++;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const result = await reindexAllEntities();
    done = true;
    await searching;
    const n = (await sql<{ n: number }[]>`select count(*)::int as n from entities`)[0]!.n;
    expect(result.documents).toBe(n);
    expect(searches).toBeGreaterThan(10);
    expect(failures).toBe(0);
    const stats = await getSearchClient().index(indexName('entities')).getStats();
    expect(stats.numberOfDocuments).toBe(n);
  }, 180_000);
});

// `npm run bench:freshness -- [--url http://localhost:3000] [--changes 1000] [--rate 50] [--sample 200]`
// Against a running site and worker (e.g. `DATA_DIR=.data/bench DEMO_ENTITIES=1000000 API_RATE_LIMIT_PER_MINUTE=100000 npm run demo`:
// the benchmark polls the search API faster than the default rate limit allows):
//  1. applies --changes changes at a steady --rate per second, each a domain mutation (three new
//     penalties for a green firm, which turns it red), and for a --sample of them measures
//     commit → the profile HTML shows red, and commit → search filtered by red returns the firm;
//  2. measures worker throughput: 20,000 changes committed at once, time until the outbox is empty.
// Prints JSON and writes bench/out/freshness.json.
import fs from 'node:fs';
import os from 'node:os';
import { closeDb, getSql } from '../lib/db/client';
import { enqueueEntityChanges, inTransaction } from '../lib/db/mutations/enqueue-entity-changes';
import { insertRecords } from '../lib/db/mutations/change-records';
import { getOutboxStats } from '../lib/db/queries/outbox-stats';
import { addDays } from '../lib/credit';
import { ratingDate } from '../lib/env';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const base = arg('url', 'http://localhost:3000');
const changes = Number(arg('changes', '1000'));
const rate = Number(arg('rate', '50'));
const sampleSize = Math.min(changes, Number(arg('sample', '20')));
const today = ratingDate();
const sql = getSql();

const firms = await sql<{ id: number; uscc: string; name: string }[]>`
  select id::int as id, uscc, name from entities e where credit_level = 'green' and status = 'active'
    and not exists (select 1 from records r where r.entity_id = e.id and r.source_ref like 'bench-%')
  order by md5(uscc) limit ${changes}`;
if (firms.length < changes) throw new Error(`Only ${firms.length} green firms; seed more.`);
const [dept] = await sql<{ id: number }[]>`select id from departments order by id limit 1`;
// Sampled changes are spread evenly over the run, so the measuring itself adds little load.
const step = Math.max(1, Math.floor(changes / sampleSize));
const sampledFirms = firms.filter((_, i) => i % step === 0).slice(0, sampleSize);
const sample = new Set(sampledFirms.map((f) => f.id));

async function pageLevel(uscc: string): Promise<string | undefined> {
  const html = await (await fetch(`${base}/zh-CN/entities/${uscc}`)).text();
  return /aria-labelledby="credit-heading"[\s\S]*?data-level="(\w+)"/.exec(html)?.[1];
}
async function searchHas(name: string, uscc: string): Promise<boolean> {
  const res = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(name)}&level=red&limit=20`);
  if (res.status === 429) throw new Error('The site rate-limited the benchmark: start it with API_RATE_LIMIT_PER_MINUTE=100000.');
  if (!res.ok) throw new Error(`search answered ${res.status}`);
  const body = (await res.json()) as { hits: { uscc: string }[] };
  return body.hits.some((h) => h.uscc === uscc);
}
async function until(check: () => Promise<boolean>, intervalMs: number, timeoutMs = 60_000): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now();
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return null;
}

// Warm the sampled profiles so the change has to expire a cached page.
for (const f of sampledFirms) if ((await pageLevel(f.uscc)) !== 'green') throw new Error(`${f.uscc} is not green on its page`);

const pageMs: number[] = [];
const searchMs: number[] = [];
let timeouts = 0;
const pending: Promise<void>[] = [];
const startedAt = Date.now();
for (const [i, f] of firms.entries()) {
  const due = startedAt + (i * 1000) / rate;
  if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
  await insertRecords(
    [1, 2, 3].map((n) => ({
      entityId: f.id,
      departmentId: dept!.id,
      sourceRef: `bench-${startedAt}-${f.id}-${n}`,
      kind: 'penalty' as const,
      title: `基准测试处罚${n}`,
      decisionDate: addDays(today, -n),
      collectedOn: today,
      severity: 'general' as const,
      publicityEnd: addDays(today, 365),
    })),
  );
  const committed = Date.now();
  if (sample.has(f.id)) {
    pending.push(
      (async () => {
        const [p, s] = await Promise.all([until(async () => (await pageLevel(f.uscc)) === 'red', 500), until(() => searchHas(f.name, f.uscc), 250)]);
        if (p === null || s === null) timeouts++;
        if (p !== null) pageMs.push(p - committed);
        if (s !== null) searchMs.push(s - committed);
      })(),
    );
  }
}
const applySeconds = (Date.now() - startedAt) / 1000;
await Promise.all(pending);

// Throughput: 20,000 changes at once (re-announcing existing firms: the work per event is the same).
const burst = await sql<{ id: number }[]>`select id::int as id from entities order by md5(uscc || 'burst') limit 20000`;
await new Promise((r) => setTimeout(r, 2000));
const burstStart = Date.now();
await inTransaction((tx) =>
  enqueueEntityChanges(
    tx,
    burst.map((b) => b.id),
  ),
);
while ((await getOutboxStats()).backlog > 0) await new Promise((r) => setTimeout(r, 100));
const burstSeconds = (Date.now() - burstStart) / 1000;
await closeDb();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : null;
};
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  changes,
  ratePerSecond: rate,
  appliedInSeconds: applySeconds,
  sampled: sampleSize,
  timeouts,
  pageMs: { p50: pct(pageMs, 50), p95: pct(pageMs, 95), max: pct(pageMs, 100) },
  // Every sample, sorted: with 20 samples the p95 is the slowest but one, so outliers are worth seeing.
  pageSamplesMs: [...pageMs].sort((a, b) => a - b),
  searchMs: { p50: pct(searchMs, 50), p95: pct(searchMs, 95), max: pct(searchMs, 100) },
  workerThroughput: { changes: burst.length, seconds: burstSeconds, changesPerSecond: Math.round(burst.length / burstSeconds) },
};
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/freshness.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));

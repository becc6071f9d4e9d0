// `npm run bench:pages -- [--cluster FILE] [--nginx URL] [--sites URL,URL] [--site URL] [--only a,b,c,d,e]
//   [--runs 5] [--duration 10] [--crawl 100000] [--unknown 100000] [--concurrency 8]
//   [--freshness-runs 3] [--changes 1000] [--rate 50] [--sample 40]`
// Against a running `npm run cluster -- --bench` (it writes <DATA_DIR>/cluster.json with the ports
// and pids read here; flags override it). Load comes from autocannon; every figure is the median of
// --runs runs unless said otherwise.
//  a. one cached profile straight to one site process (req/s, p50/p95/p99), and in the same run a
//     /_next/static chunk of similar size from the same process: the ratio (target ≥ 1,000 req/s, ≥ 30%);
//  b. the same profile through nginx, and nginx serving the same bytes from a file (target ≥ 50%);
//  c. after a warm-up of 1% more (at most 1,000, not counted), a crawl of --crawl distinct profiles
//     (sampled from PostgreSQL) over the site processes, round robin: first-visit latency p50/p95
//     (target p95 ≤ 300 ms), each site process's RSS every 2 s
//     (flat over the second half, < 1 GB), Redis used_memory against its maxmemory;
//  d. --unknown requests for well-formed but unknown codes: all 404, storage and RSS unchanged (RSS
//     read after a full collection, before and after: the cluster's --bench mode allows one);
//  e. bench:freshness through nginx (commit → new page p95 ≤ 2 s).
// Prints JSON and writes bench/out/bench-pages-<date>.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import { closeDb, getSql } from '../lib/db/client';
import { dataDir } from '../lib/env';
import { USCC_ALPHABET, buildUscc } from '../lib/uscc';
import { runCommand } from './lib/run';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

interface ClusterManifest {
  nginx: { url: string; prefix: string };
  sites: { url: string; pid?: number }[];
  redis: { url: string; maxmemoryMb: number };
  bench: boolean;
}
const manifestFile = arg('cluster', path.join(dataDir(), 'cluster.json'));
const manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ClusterManifest) : undefined;
const nginxUrl = arg('nginx', manifest?.nginx.url ?? '');
const siteUrls = arg('sites', manifest?.sites.map((s) => s.url).join(',') ?? '')
  .split(',')
  .filter(Boolean);
const siteUrl = arg('site', siteUrls[0] ?? '');
const only = new Set(arg('only', 'a,b,c,d,e').split(','));
const runs = Number(arg('runs', '5'));
const durationS = Number(arg('duration', '10'));
const crawlCount = Number(arg('crawl', '100000'));
const unknownCount = Number(arg('unknown', '100000'));
const concurrency = Number(arg('concurrency', '8'));
if (!siteUrl || (only.has('b') && !nginxUrl) || (only.has('e') && !nginxUrl)) {
  console.error(`No cluster found (${manifestFile}): start \`npm run cluster -- --bench\`, or pass --nginx URL --sites URL,URL.`);
  process.exit(2);
}

// autocannon ships no types; this is the part used here.
interface CannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type CannonInstance = EventEmitter & PromiseLike<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => CannonInstance;

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);

interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  statuses: Record<string, number>;
  errors: number;
  latencies: Float64Array;
  /** In the order the responses arrived. */
  arrivals: number[];
}
/** One autocannon run; latencies are collected per response (autocannon itself reports no p95). */
async function load(opts: Record<string, unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({ pipelining: 1, ...opts });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: Math.round(result.requests.average),
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    p99: round(percentile(sorted, 99), 2),
    requests: latencies.length,
    statuses,
    errors: result.errors + result.timeouts,
    latencies: sorted,
    arrivals: latencies,
  };
}
function summarize(results: LoadResult[]) {
  return {
    rps: median(results.map((r) => r.rps)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    runs: results.map((r) => r.rps),
    non200: results.reduce((n, r) => n + r.requests - (r.statuses['200'] ?? 0) + r.errors, 0),
  };
}

/** Alternates the two targets run by run (so drifting machine load hits both alike); medians and their ratio. */
async function compare(first: { url: string; connections: number }, second: { url: string; connections: number }) {
  const a: LoadResult[] = [];
  const b: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await load({ ...first, duration: durationS }));
    b.push(await load({ ...second, duration: durationS }));
  }
  const [sa, sb] = [summarize(a), summarize(b)];
  return { first: sa, second: sb, ratio: round(sa.rps / sb.rps, 3) };
}

const sql = getSql();
const [{ n: entityCount } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from entities`;
const [profileFirm] = await sql<{ uscc: string }[]>`select uscc from entities where status = 'active' order by id limit 1`;
const profilePath = `/zh-CN/entities/${profileFirm!.uscc}`;

async function get(url: string) {
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  return { res, body };
}

/** A /_next/static file referenced by the page whose size is closest to the page's. */
async function staticChunkLike(base: string, html: string, size: number) {
  const paths = [...new Set([...html.matchAll(/["'](\/_next\/static\/[^"'?#]+\.(?:js|css))["']/g)].map((m) => m[1]!))];
  let best: { path: string; bytes: number } | undefined;
  for (const p of paths) {
    const { res, body } = await get(base + p);
    if (res.ok && (!best || Math.abs(body.length - size) < Math.abs(best.bytes - size))) best = { path: p, bytes: body.length };
  }
  if (!best) throw new Error(`no /_next/static file referenced by ${profilePath}`);
  return best;
}

// Resident memory of the site processes and the cache's storage, sampled during c and d.
const sitePids = (manifest?.sites ?? []).map((s) => s.pid).filter((p): p is number => typeof p === 'number');
function rssMb(pid: number): number {
  try {
    return round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return NaN;
  }
}
/**
 * Each site process's RSS right after a full garbage collection (SIGUSR2; the cluster's --bench mode
 * starts them with --expose-gc), so two readings compare what is kept, not where V8's collector
 * happened to be. Without --bench the signal would kill them: then the plain reading, marked so.
 */
async function collectedRssMb(): Promise<{ rssMb: number[]; collected: boolean; rounds?: number[][] }> {
  if (!manifest?.bench) return { rssMb: sitePids.map(rssMb), collected: false };
  // V8 hands freed pages back some seconds after a collection, and the young generation it
  // keeps committed varies by tens of MB (after the 100,000-code run, with 64 MB semi-spaces, one
  // process read 482 MB after two rounds, 280 MB idle minutes later). So: collect, pause 5 s,
  // read; after at least 30 s (V8's memory reducer works on idle processes at ~8 s intervals),
  // until every process moves by less than 5 MB between rounds (at most 12 rounds, 60 s).
  const rounds: number[][] = [];
  for (let i = 0; i < 12; i++) {
    for (const pid of sitePids) process.kill(pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 5000));
    rounds.push(sitePids.map(rssMb));
    const [prev, last] = [rounds.at(-2), rounds.at(-1)!];
    if (i >= 5 && prev && last.every((mb, j) => Math.abs(mb - prev[j]!) < 5)) break;
  }
  return { rssMb: rounds.at(-1)!, collected: true, rounds };
}
function redisInfo(): { usedMb: number; maxMb: number; keys: number; evicted: number } | undefined {
  if (!manifest) return undefined;
  const cli = (...args: string[]) => spawnSync('redis-cli', ['-u', manifest.redis.url, ...args], { encoding: 'utf8' }).stdout ?? '';
  const info = cli('info');
  const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? NaN);
  return {
    usedMb: round(field('used_memory') / 2 ** 20),
    maxMb: round(field('maxmemory') / 2 ** 20),
    keys: Number(cli('dbsize').trim()),
    evicted: field('evicted_keys'),
  };
}
interface Sample {
  s: number;
  rssMb: number[];
  redisUsedMb?: number;
}
function sampler(everyMs = 2000) {
  const started = Date.now();
  const samples: Sample[] = [];
  const take = () => samples.push({ s: round((Date.now() - started) / 1000), rssMb: sitePids.map(rssMb), redisUsedMb: redisInfo()?.usedMb });
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
/** Least-squares slope (MB per minute) of each process's RSS over the second half of the samples. */
function secondHalf(samples: Sample[]) {
  const half = samples.slice(Math.floor(samples.length / 2));
  return sitePids.map((pid, i) => {
    const xs = half.map((s) => s.s / 60);
    const ys = half.map((s) => s.rssMb[i]!);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const slope = xs.reduce((a, x, j) => a + (x - mx) * (ys[j]! - my), 0) / (xs.reduce((a, x) => a + (x - mx) ** 2, 0) || 1);
    const growth = slope * ((xs.at(-1) ?? 0) - (xs[0] ?? 0));
    const maxRss = Math.max(...samples.map((s) => s.rssMb[i]!));
    // Flat: the fitted growth over the second half is within 5% of the mean (or 25 MB, GC noise).
    return {
      pid,
      slopeMbPerMin: round(slope),
      secondHalfGrowthMb: round(growth),
      maxRssMb: maxRss,
      flat: growth <= Math.max(25, 0.05 * my),
      under1Gb: maxRss < 1024,
    };
  });
}

/** Spreads `paths` over the site processes (one autocannon instance per process, sharing one queue). */
async function crawl(paths: string[], expectStatus: number) {
  let next = 0;
  const perSite = Math.max(1, Math.round(concurrency / siteUrls.length));
  const results = await Promise.all(
    siteUrls.map((url, i) =>
      load({
        url,
        connections: perSite,
        amount: Math.floor(paths.length / siteUrls.length) + (i < paths.length % siteUrls.length ? 1 : 0),
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[next++ % paths.length] }) }],
      }),
    ),
  );
  const statuses: Record<string, number> = {};
  for (const r of results) for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  const latencies = Float64Array.from(results.flatMap((r) => [...r.latencies])).sort();
  return {
    requests: results.reduce((n, r) => n + r.requests, 0),
    rpsPerSite: results.map((r) => r.rps),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(percentile(latencies, 100)),
    },
    // Whether first visits get slower as the crawl goes on (caches filling, memory growing).
    p95ByQuarter: [0, 1, 2, 3].map((q) => {
      const part = results.flatMap((r) => r.arrivals.slice(Math.floor((q * r.arrivals.length) / 4), Math.floor(((q + 1) * r.arrivals.length) / 4)));
      return round(percentile(Float64Array.from(part).sort(), 95));
    }),
    statuses,
    unexpected:
      results.reduce((n, r) => n + r.errors, 0) +
      Object.entries(statuses)
        .filter(([k]) => Number(k) !== expectStatus)
        .reduce((n, [, v]) => n + v, 0),
  };
}

/** `count` random codes with valid check characters that name no firm in the database. */
async function unknownCodes(count: number): Promise<string[]> {
  const codes = new Set<string>();
  const body = () => Array.from({ length: 8 }, () => USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)]).join('');
  while (codes.size < count) {
    const batch = Array.from({ length: Math.min(10_000, count - codes.size) }, () =>
      buildUscc({ department: '9', category: '1', divisionCode: '370100', orgCodeBody: body() }),
    );
    const known = new Set((await sql<{ uscc: string }[]>`select uscc from entities where uscc = any(${batch})`).map((r) => r.uscc));
    for (const c of batch) if (!known.has(c)) codes.add(c);
  }
  return [...codes];
}

const out: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os
    .loadavg()
    .map((l) => round(l, 2))
    .join(' ')}`,
  entities: entityCount,
  profile: profilePath,
  sites: siteUrls,
  nginx: nginxUrl || null,
  runs,
  durationSeconds: durationS,
};
const targets: Record<string, boolean> = {};

if (only.has('a')) {
  const { res, body } = await get(siteUrl + profilePath);
  if (!res.ok) throw new Error(`${siteUrl}${profilePath} answered ${res.status}`);
  const chunk = await staticChunkLike(siteUrl, body.toString('utf8'), body.length);
  const r = await compare({ url: siteUrl + profilePath, connections: 8 }, { url: siteUrl + chunk.path, connections: 8 });
  out.a_siteProcess = {
    cacheControl: res.headers.get('cache-control'),
    pageBytes: body.length,
    page: r.first,
    staticChunk: { ...chunk, ...r.second },
    ratio: r.ratio,
  };
  targets['a: ≥ 1,000 req/s'] = r.first.rps >= 1000;
  targets['a: ≥ 30% of a static chunk'] = r.ratio >= 0.3;
}

if (only.has('b')) {
  const { res, body } = await get(nginxUrl + profilePath);
  if (!res.ok) throw new Error(`${nginxUrl}${profilePath} answered ${res.status}`);
  if (!manifest) throw new Error('scenario b writes the page under the nginx prefix: it needs cluster.json');
  fs.writeFileSync(path.join(manifest.nginx.prefix, 'bench-static', 'profile.html'), body);
  const staticUrl = `${nginxUrl}/__bench-static/profile.html`;
  if ((await fetch(staticUrl)).status !== 200) throw new Error(`${staticUrl} is not served: start the cluster with \`npm run cluster -- --bench\``);
  const r = await compare({ url: nginxUrl + profilePath, connections: 32 }, { url: staticUrl, connections: 32 });
  out.b_nginx = { cacheStatus: res.headers.get('x-cache-status'), pageBytes: body.length, proxied: r.first, staticFile: r.second, ratio: r.ratio };
  targets['b: ≥ 50% of nginx serving a file'] = r.ratio >= 0.5;
}

if (only.has('c')) {
  const seed = arg('crawl-seed', String(Date.now()));
  // A warm-up of profiles not counted (1%, at most 1,000, disjoint from the measured ones): on fresh
  // processes the first minute of renders runs before V8 has compiled the render path, and its p95
  // (390 ms on a 6,000 crawl, against 280-300 ms for the rest) is start-up, not first-visit cost.
  const warmUpCount = Math.min(1000, Math.ceil(crawlCount / 100));
  const all = await sql<{ uscc: string }[]>`select uscc from entities order by md5(uscc || ${seed}) limit ${crawlCount + warmUpCount}`;
  const [warmUp, rows] = [all.slice(0, warmUpCount), all.slice(warmUpCount)];
  await crawl(
    warmUp.map((row) => `/zh-CN/entities/${row.uscc}`),
    200,
  );
  const redisBefore = redisInfo();
  const samples = sampler();
  const started = Date.now();
  const r = await crawl(
    rows.map((row) => `/zh-CN/entities/${row.uscc}`),
    200,
  );
  const seconds = (Date.now() - started) / 1000;
  const trace = samples.stop();
  const memory = secondHalf(trace);
  const afterCollection = await collectedRssMb();
  const redisAfter = redisInfo();
  const p95 = r.latencyMs.p95;
  out.c_crawl = {
    urls: rows.length,
    warmUpUrls: warmUp.length,
    seed,
    seconds: round(seconds),
    pagesPerSecond: round(rows.length / seconds),
    ...r,
    memory,
    rssAfterCollectionMb: afterCollection,
    redisBefore,
    redisAfter,
    samples: trace,
  };
  targets['c: first-visit p95 ≤ 300 ms'] = p95 <= 300 && r.unexpected === 0;
  targets['c: RSS < 1 GB and flat over the second half'] = memory.length > 0 && memory.every((m) => m.flat && m.under1Gb);
  if (redisAfter) targets['c: cache storage under its cap'] = redisAfter.usedMb <= redisAfter.maxMb;
}

if (only.has('d')) {
  const codes = await unknownCodes(unknownCount);
  // A warm-up of codes not counted (the 404 path's code loaded and compiled), then readings after a
  // full collection on both sides: the question is whether 404s keep anything, not where V8's heap
  // happened to stand (unsettled, "before" read 275 MB just after V8 shrank the heap, "after" 600).
  const warmUp = await unknownCodes(Math.min(2000, Math.ceil(unknownCount / 10)));
  await crawl(
    warmUp.map((c) => `/zh-CN/entities/${c}`),
    404,
  );
  const before = { ...(await collectedRssMb()), redis: redisInfo() };
  const samples = sampler();
  const started = Date.now();
  const r = await crawl(
    codes.map((c) => `/zh-CN/entities/${c}`),
    404,
  );
  const seconds = (Date.now() - started) / 1000;
  const trace = samples.stop();
  const after = { ...(await collectedRssMb()), redis: redisInfo() };
  out.d_unknownCodes = {
    codes: codes.length,
    seconds: round(seconds),
    ...r,
    before,
    after,
    maxRssMb: sitePids.map((_, i) => Math.max(...trace.map((s) => s.rssMb[i]!))),
    memory: secondHalf(trace),
    samples: trace,
  };
  targets['d: every unknown code a 404'] = r.unexpected === 0;
  if (before.redis && after.redis) targets['d: no cache keys added'] = after.redis.keys <= before.redis.keys;
  targets['d: RSS unchanged (±50 MB)'] = sitePids.every((_, i) => after.rssMb[i]! - before.rssMb[i]! <= 50);
}
await closeDb();

if (only.has('e')) {
  const freshnessRuns = Number(arg('freshness-runs', '3'));
  type Freshness = { pageMs: { p50: number; p95: number }; timeouts: number };
  const freshness = async (url: string): Promise<Freshness> => {
    const code = await runCommand('node_modules/.bin/tsx', [
      'scripts/bench-freshness.ts',
      '--url',
      url,
      '--changes',
      arg('changes', '1000'),
      '--rate',
      arg('rate', '50'),
      // 40 samples: with 20, the p95 is the slowest sample but one.
      '--sample',
      arg('sample', '40'),
    ]);
    if (code !== 0) throw new Error(`bench:freshness exited with ${code}`);
    return JSON.parse(fs.readFileSync('bench/out/freshness.json', 'utf8')) as Freshness;
  };
  const results: Freshness[] = [];
  for (let i = 0; i < freshnessRuns; i++) results.push(await freshness(nginxUrl));
  // One run straight to a site process, for the part nginx's micro-cache adds.
  const direct = await freshness(siteUrl);
  const p95 = median(results.map((r) => r.pageMs.p95));
  out.e_freshnessThroughNginx = {
    runs: results.map((r) => ({ pageMs: r.pageMs, timeouts: r.timeouts })),
    pageMsP50: median(results.map((r) => r.pageMs.p50)),
    pageMsP95: p95,
    straightToSiteProcess: { pageMs: direct.pageMs, timeouts: direct.timeouts },
  };
  targets['e: commit → new page through nginx p95 ≤ 2 s'] = p95 <= 2000 && results.every((r) => r.timeouts === 0);
}

out.targets = targets;
fs.mkdirSync('bench/out', { recursive: true });
const file = `bench/out/bench-pages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
fs.writeFileSync(file, JSON.stringify(out, null, 2));
const withoutSamples = (part: unknown) => (part ? { ...(part as object), samples: undefined } : undefined);
console.log(JSON.stringify({ ...out, c_crawl: withoutSamples(out.c_crawl), d_unknownCodes: withoutSamples(out.d_unknownCodes) }, null, 2));
console.log(`[bench:pages] wrote ${file}`);

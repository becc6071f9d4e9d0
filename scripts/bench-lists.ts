// `npm run bench:lists [-- --runs 30 --depth 1000]`
// The 双公示 lists (licences, penalties) straight against DATA_DIR's database, in this process (no
// server: the page's data function without its cache, i.e. what a cache miss costs): for each list
// and a few filter mixes, the first page and the page `depth` pages deep (its cursor computed once
// by dualCursorAfter; the page itself is then one keyset query like any other), `runs` times each.
// Prints and writes bench/out/lists.json: p50/p95/max per case. Target at 1M firms (issue 18):
// p95 ≤ 100 ms for both the first and the deep page.
import fs from 'node:fs';
import os from 'node:os';

const { closeDb } = await import('../lib/db/client');
const { dualCursorAfter, queryDualPage } = await import('../lib/db/queries/dual-publicity');
const { ratingDate } = await import('../lib/env');
const { DUAL_PAGE_SIZE } = await import('../lib/dual-publicity/query-schema');
type DualQuery = import('../lib/dual-publicity/query-schema').DualQuery;
type DualSlug = import('../lib/domain/dual-publicity').DualSlug;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const runs = arg('runs', 30);
const depth = arg('depth', 1000);
const today = ratingDate();

// Filter mixes on the seeded Jinan city (lib/reference): the market regulator (the largest
// provider), a central district (历下区), retail (F52), and both together (a common pair, read in
// date order), and a rare pair (farming, A01, in the same district: built firm by firm); penalties
// add severity.
const base: DualQuery = { limit: DUAL_PAGE_SIZE };
const MIXES: Record<DualSlug, Record<string, DualQuery>> = {
  licences: {
    all: base,
    department: { ...base, department: 'jnamr' },
    district: { ...base, district: '370102' },
    'district+industry': { ...base, district: '370102', industry: 'F52' },
    'district+rare industry': { ...base, district: '370102', industry: 'A01' },
    kind: { ...base, kind: 'qualification' },
    'date range': { ...base, from: `${Number(today.slice(0, 4)) - 2}-01-01`, to: `${Number(today.slice(0, 4)) - 1}-12-31` },
  },
  penalties: {
    all: base,
    department: { ...base, department: 'jnamr' },
    district: { ...base, district: '370102' },
    severity: { ...base, severity: 'serious' },
    'department+severity': { ...base, department: 'jnamr', severity: 'general' },
    'district+industry': { ...base, district: '370102', industry: 'F52' },
    'district+rare industry': { ...base, district: '370102', industry: 'A01' },
  },
};

const round = (n: number) => Math.round(n * 10) / 10;
function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1]!) };
}
async function time(slug: DualSlug, q: DualQuery): Promise<{ times: number[]; entries: number }> {
  await queryDualPage(slug, q, today); // warm-up, not counted
  const times: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    entries = (await queryDualPage(slug, q, today)).entries.length;
    times.push(performance.now() - t0);
  }
  return { times, entries };
}

const cases: Record<string, unknown>[] = [];
const all: number[] = [];
for (const slug of ['licences', 'penalties'] as const) {
  for (const [mix, q] of Object.entries(MIXES[slug])) {
    const first = await time(slug, q);
    all.push(...first.times);
    cases.push({ list: slug, filters: mix, page: 1, entries: first.entries, ...stats(first.times) });
    const t0 = performance.now();
    const cursor = await dualCursorAfter(slug, q, today, depth - 1);
    const cursorMs = round(performance.now() - t0);
    if (!cursor) {
      cases.push({ list: slug, filters: mix, page: depth, entries: 0, note: `fewer than ${depth} pages`, cursorMs });
      continue;
    }
    const deep = await time(slug, { ...q, after: cursor });
    all.push(...deep.times);
    cases.push({ list: slug, filters: mix, page: depth, entries: deep.entries, cursorMs, ...stats(deep.times) });
  }
}
await closeDb();

const worst = Math.max(...cases.map((c) => (typeof c.p95Ms === 'number' ? c.p95Ms : 0)));
const result = {
  today,
  runs,
  depth,
  pageSize: DUAL_PAGE_SIZE,
  overall: stats(all),
  worstP95Ms: worst,
  targets: { p95Ms: 100 },
  cases,
  cpus: os.cpus().length,
  dataDir: process.env.DATA_DIR ?? '.data/demo',
};
for (const c of cases)
  console.log(
    `[bench:lists] ${String(c.list).padEnd(9)} ${String(c.filters).padEnd(20)} page ${String(c.page).padStart(4)}: ${c.p95Ms === undefined ? c.note : `p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (${c.entries} entries)`}`,
  );
console.log(`[bench:lists] overall p95 ${result.overall.p95Ms} ms; worst case p95 ${worst} ms (target ≤ 100 ms: ${worst <= 100 ? 'met' : 'not met'})`);
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/lists.json', JSON.stringify(result, null, 2));

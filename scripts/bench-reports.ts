// `npm run bench:reports [-- --count 1000]`
// Issues --count credit reports for as many different firms of DATA_DIR's database, in this
// process (no server): each through the same service as GET /{locale}/entities/{uscc}/report.pdf
// (profile query, snapshot, Ed25519 signature, PDF, stored row), rotating the three languages.
// Prints and writes bench/out/reports.json: p50/p95/max generation time and mean/max file size.
// Targets at 1M firms (issue 16): p95 ≤ 500 ms, mean ≤ 300 KB. The reports stay in credit_reports,
// as issued reports do. One warm-up report (it loads the fonts) is not counted.
import fs from 'node:fs';
import os from 'node:os';
import { register } from 'node:module';

// The services are written for the Next server: outside it, `server-only` must load as nothing,
// and Next's data cache needs the incremental cache that route-handler tests install (with no
// handler behind it, so every report reads PostgreSQL, as a report request does).
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(specifier, context, next) { return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context); }",
  )}`,
);
await import('../tests/support/next-route-context');

const { closeDb, getSql } = await import('../lib/db/client');
const { LOCALES } = await import('../lib/domain/vocabulary');
const { ratingDate } = await import('../lib/env');
const { issueReport } = await import('../lib/reports/issue-report');

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const count = arg('count', 1000);
const today = ratingDate();

// Different firms, spread over the table (a hash order, stable for a given count).
const firms = await getSql()<{ uscc: string; level: string }[]>`
  select uscc, credit_level as level from entities order by md5(id::text) limit ${count + 1}`;
if (firms.length < 2) throw new Error('No firms: seed the database first (npm run db:seed).');

const warmUp = firms[0]!;
await issueReport({ uscc: warmUp.uscc, locale: 'zh-CN', today });

const times: number[] = [];
const sizes: number[] = [];
const byLevel: Record<string, number> = {};
const started = performance.now();
for (const [i, firm] of firms.slice(1).entries()) {
  const t0 = performance.now();
  const report = await issueReport({ uscc: firm.uscc, locale: LOCALES[i % LOCALES.length]!, today });
  times.push(performance.now() - t0);
  sizes.push(report.pdf.byteLength);
  byLevel[report.level] = (byLevel[report.level] ?? 0) + 1;
}
const seconds = (performance.now() - started) / 1000;
await closeDb();

const sorted = [...times].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const round = (n: number) => Math.round(n * 10) / 10;
const entities = firms.length - 1;
const result = {
  reports: entities,
  byLevel,
  p50Ms: round(at(0.5)),
  p95Ms: round(at(0.95)),
  maxMs: round(sorted[sorted.length - 1]!),
  meanKb: round(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024),
  maxKb: round(Math.max(...sizes) / 1024),
  reportsPerSecond: round(entities / seconds),
  targets: { p95Ms: 500, meanKb: 300 },
  cpus: os.cpus().length,
  dataDir: process.env.DATA_DIR ?? '.data/demo',
};
console.log(
  `[bench:reports] ${result.reports} reports: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms; mean ${result.meanKb} KB, max ${result.maxKb} KB`,
);
console.log(JSON.stringify(result, null, 2));
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/reports.json', JSON.stringify(result, null, 2));

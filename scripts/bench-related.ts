// `npm run bench:related [-- --count 1000]`
// Times the profile's related-firm (网图) query for --count firms sampled from DATA_DIR's
// database, in this process (no server, no cache): depth 1 as a profile reads it (the links of
// every relation and their counts, lib/db/queries/related-entities.ts), then depth 2 (the links
// of the depth-1 firms shown). Prints p50/p95/max and writes bench/out/related.json.
// Target at 1M firms (issue 20): depth 1 p95 ≤ 50 ms. Five warm-up firms are not counted.
import fs from 'node:fs';
import os from 'node:os';
import { register } from 'node:module';

// The queries are written for the Next server: outside it, `server-only` must load as nothing.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(specifier, context, next) { return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context); }",
  )}`,
);

const { closeDb, getSql } = await import('../lib/db/client');
const { countRelations, findLinkedFirms, getNetworkOrigin } = await import('../lib/db/queries/related-entities');
const { assembleNetwork } = await import('../lib/network/assemble-network');

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
};
const count = arg('count', 1000);
const WARM_UP = 5;

// Different firms, spread over the table (a hash order, stable for a given count).
const firms = await getSql()<{ uscc: string }[]>`select uscc from entities order by md5(id::text) limit ${count + WARM_UP}`;
if (firms.length <= WARM_UP) throw new Error('Too few firms: seed the database first (npm run db:seed).');

const depth1: number[] = [];
const depth2: number[] = [];
let related = 0;
let withLinks = 0;
for (const [i, { uscc }] of firms.entries()) {
  const t0 = performance.now();
  const origin = (await getNetworkOrigin(uscc))!;
  const [links, counts] = await Promise.all([findLinkedFirms([origin.id]), countRelations(origin.id)]);
  const t1 = performance.now();
  const shown = assembleNetwork(origin, links, [], counts, new Map());
  const frontier = [...new Set(links.filter((l) => shown.firms.some((f) => f.uscc === l.firm.uscc)).map((l) => l.firm.id))];
  await findLinkedFirms(frontier);
  const t2 = performance.now();
  if (i < WARM_UP) continue;
  depth1.push(t1 - t0);
  depth2.push(t2 - t0);
  related += shown.firms.length;
  if (shown.firms.length > 0) withLinks += 1;
}
const [{ n: entities } = { n: 0 }] = await getSql()<{ n: number }[]>`select count(*)::float8 as n from entities`;
await closeDb();

const round = (n: number) => Math.round(n * 10) / 10;
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted[sorted.length - 1]!) };
};
const result = {
  firms: depth1.length,
  entities,
  depth1: stats(depth1),
  depth2: stats(depth2),
  meanRelatedShown: round(related / depth1.length),
  firmsWithLinks: withLinks,
  target: { depth1P95Ms: 50 },
  cpus: os.cpus().length,
  dataDir: process.env.DATA_DIR ?? '.data/demo',
};
console.log(
  `[bench:related] ${result.firms} firms of ${entities}: depth 1 p50 ${result.depth1.p50Ms} ms, p95 ${result.depth1.p95Ms} ms (target ≤ 50); depth 2 p50 ${result.depth2.p50Ms} ms, p95 ${result.depth2.p95Ms} ms`,
);
console.log(JSON.stringify(result, null, 2));
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/related.json', JSON.stringify(result, null, 2));

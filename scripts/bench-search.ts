// `npm run bench:search -- [--url http://localhost:3000] [--requests 500] [--concurrency 4]`
// Measures GET /api/v1/search latency against a running site (the demo), with queries made from
// real rows: 2–3 character name fragments, traditional names, USCCs, legal representatives,
// pinyin of the core name and its initials. Prints the overall and the per-kind percentiles.
import * as OpenCC from 'opencc-js';
import { closeDb, getSql } from '../lib/db/client';
import { coreName, syllablesOf } from '../lib/search/build-entity-document';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const base = arg('url', 'http://localhost:3000');
const requests = Number(arg('requests', '500'));
const concurrency = Number(arg('concurrency', '4'));

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const rows = await getSql()<{ uscc: string; name: string; rep: string }[]>`
  select uscc, name, legal_representative as rep from entities tablesample system (5) limit 2000`;
await closeDb();
if (rows.length === 0) throw new Error('No entities: seed the database first.');

const KINDS = ['fragment2', 'fragment3', 'traditional', 'uscc', 'representative', 'pinyin', 'initials'] as const;
type Kind = (typeof KINDS)[number];
const queries: { kind: Kind; q: string }[] = [];
for (let i = 0; queries.length < requests; i++) {
  const r = rows[i % rows.length]!;
  const core = r.name.replace(/^济南市?/, '');
  const kind = KINDS[i % KINDS.length]!;
  const head = () => coreName(r.name).slice(0, 4);
  const q = {
    fragment2: () => core.slice(0, 2),
    fragment3: () => core.slice(1, 4),
    traditional: () => toTraditional(r.name),
    uscc: () => r.uscc,
    representative: () => r.rep,
    // What people type for the trade name: huatongshangmao, htsm.
    pinyin: () => syllablesOf(head()).join(''),
    initials: () =>
      syllablesOf(head())
        .map((x) => x.charAt(0))
        .join(''),
  }[kind]();
  if (q) queries.push({ kind, q });
}

const latencies: number[] = [];
const byKind = new Map<Kind, number[]>();
let next = 0;
let failures = 0;
async function worker() {
  while (next < queries.length) {
    const { kind, q } = queries[next++]!;
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`);
    await res.arrayBuffer();
    if (!res.ok) failures++;
    const ms = performance.now() - started;
    latencies.push(ms);
    const ofKind = byKind.get(kind);
    if (ofKind) ofKind.push(ms);
    else byKind.set(kind, [ms]);
  }
}
// Warm up the connection and the server's code paths.
await fetch(`${base}/api/v1/search?q=%E6%B5%8E%E5%8D%97`).then((r) => r.arrayBuffer());
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
};
const kinds = Object.fromEntries([...byKind].map(([kind, values]) => [kind, { p50ms: pct(values, 50), p95ms: pct(values, 95) }]));
console.log(
  JSON.stringify({
    requests: latencies.length,
    concurrency,
    failures,
    p50ms: pct(latencies, 50),
    p95ms: pct(latencies, 95),
    p99ms: pct(latencies, 99),
    reqPerSec: (latencies.length / seconds).toFixed(0),
    kinds,
  }),
);

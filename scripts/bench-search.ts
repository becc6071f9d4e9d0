// `npm run bench:search -- [--url http://localhost:3000] [--requests 500] [--concurrency 4]`
// Measures GET /api/v1/search latency against a running site (the demo), with queries made from
// real rows: 2–3 character name fragments, traditional names, USCCs, legal representatives.
import * as OpenCC from 'opencc-js';
import { closeDb, getSql } from '../lib/db/client';

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

const queries: string[] = [];
for (let i = 0; queries.length < requests; i++) {
  const r = rows[i % rows.length]!;
  const core = r.name.replace(/^济南市?/, '');
  switch (i % 5) {
    case 0: queries.push(core.slice(0, 2)); break;
    case 1: queries.push(core.slice(1, 4)); break;
    case 2: queries.push(toTraditional(r.name)); break;
    case 3: queries.push(r.uscc); break;
    default: queries.push(r.rep);
  }
}

const latencies: number[] = [];
let next = 0;
let failures = 0;
async function worker() {
  while (next < queries.length) {
    const q = queries[next++]!;
    const started = performance.now();
    const res = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}`);
    await res.arrayBuffer();
    if (!res.ok) failures++;
    latencies.push(performance.now() - started);
  }
}
// Warm up the connection and the server's code paths.
await fetch(`${base}/api/v1/search?q=%E6%B5%8E%E5%8D%97`).then((r) => r.arrayBuffer());
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
console.log(JSON.stringify({ requests: latencies.length, concurrency, failures, p50ms: pct(50), p95ms: pct(95), p99ms: pct(99), reqPerSec: (latencies.length / seconds).toFixed(0) }));

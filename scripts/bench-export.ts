// `npm run bench:export -- [--url http://localhost:3000] [--entries 200000]`
// Makes sure the abnormal-operations list holds at least --entries entries (bulk-inserting
// synthetic listings for existing firms if needed: benchmark data, loaded directly, not through the
// outbox, and all of them already removed so that no firm's rating changes), then downloads the whole list as CSV from the running site while sampling the server
// process's resident memory every 50 ms. Prints rows, bytes, seconds and RSS before/peak/after.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { closeDb, getSql } from '../lib/db/client';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const base = arg('url', 'http://localhost:3000');
const wanted = Number(arg('entries', '200000'));
const sql = getSql();

const have = (await sql<{ n: number }[]>`select count(*)::int as n from records where kind = 'abnormal_listing' and status = 'published'`)[0]!.n;
if (have < wanted) {
  const missing = wanted - have;
  console.log(`[bench:export] adding ${missing} synthetic listings`);
  await sql`
    insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, collected_on, grounds, removed_on, removal_reason)
    select e.id, d.id, 'bench-export-' || g, 'warning', 'abnormal_listing', '列入经营异常名录', '济市监异〔2025〕' || g || '号',
           date '2024-01-01' + (g % 600), date '2024-01-02' + (g % 600), '未按规定期限公示年度报告',
           date '2025-09-01' + (g % 60), '已补报年度报告并公示'
    from generate_series(1, ${missing}) g
    join lateral (select id from entities where id = 1 + (g * 7919) % (select max(id) from entities)) e on true
    cross join (select id from departments where code = 'jnamr') d
    on conflict (department_id, source_ref) do nothing`;
}
const total = (await sql<{ n: number }[]>`select count(*)::int as n from records where kind = 'abnormal_listing' and status = 'published'`)[0]!.n;
await closeDb();

const port = new URL(base).port || '80';
const ssOut = execFileSync('ss', ['-ltnpH', `sport = :${port}`]).toString();
const pid = Number(/pid=(\d+)/.exec(ssOut)?.[1]);
if (!pid) throw new Error(`No process listens on port ${port}`);
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
const started = performance.now();
const res = await fetch(`${base}/api/v1/lists/abnormal-operations?status=all&format=csv`);
if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
let bytes = 0;
let rows = -1; // the header row
const decoder = new TextDecoder();
const reader = res.body.getReader();
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  bytes += value.byteLength;
  rows += (decoder.decode(value, { stream: true }).match(/\n/g) ?? []).length;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const expected = ((await (await fetch(`${base}/api/v1/lists/abnormal-operations?status=all&limit=1`)).json()) as { total: number }).total;
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  listEntries: total,
  rowsExported: rows,
  rowsSelected: expected,
  megabytes: Math.round((bytes / 2 ** 20) * 10) / 10,
  seconds: Math.round(seconds * 10) / 10,
  serverRssMb: { before: Math.round(before), peak: Math.round(peak), after: Math.round(rssMb()) },
};
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/export.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));

// `npm run bench:intake [-- --records 1000000 --entities 1000000 --batch 20000 --runs 1]`: loads records
// through the template-import path (CSV parsing, the shared zod schema, COPY into the staging table,
// set-based matching by USCC / registration number / organisation code / name, set-based merge,
// timeliness, outbox and audit per batch) and reports records per second.
// Uses its own embedded services in DATA_DIR (default .data/bench-intake), seeded once with
// `--entities` firms; the CSV (deterministic) is generated once and reused. Each run imports it for
// a new department, so every run inserts all its records into the growing records table.
// Prints JSON and writes bench/out/intake.json.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { mustRun } from './lib/run';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    entities: { type: 'string', default: '1000000' },
    batch: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '1' },
  },
});
const RECORDS = Number(values.records);
const ENTITIES = Number(values.entities);
const BATCH = Number(values.batch);
const RUNS = Number(values.runs);

process.env.DATA_DIR ??= '.data/bench-intake';
process.env.SEARCH_INDEX_PREFIX ??= 'benchintake_';
process.env.LOG_LEVEL ??= 'warn';
const env = { ...process.env };

await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start'], env);
await mustRun('node_modules/.bin/tsx', ['scripts/db-migrate.ts'], env);

// lib/env reads DATA_DIR when first imported: only now.
const { closeDb, getSql } = await import('../lib/db/client');
const { importRecords } = await import('../lib/intake/import-records');
const { csvField } = await import('../lib/lists/export-list');
const { RECORD_TEMPLATE_COLUMNS } = await import('../lib/domain/intake');
const { ratingDate } = await import('../lib/env');
const { generateDepartmentToken } = await import('../lib/intake/tokens');
const { insertDepartmentToken } = await import('../lib/db/mutations/department-tokens');

const sql = getSql();
const [{ n: existing } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from entities`;
if (existing < ENTITIES) {
  console.error(`[bench:intake] seeding ${ENTITIES} entities`);
  await mustRun('node_modules/.bin/tsx', ['scripts/db-seed.ts', '--entities', String(ENTITIES), '--seed', '11', '--reset'], env);
}

// ---- the CSV: deterministic, generated once per size -------------------------------------------
const dataDir = path.resolve(process.env.DATA_DIR);
const csvPath = path.join(dataDir, `bench-records-${RECORDS}-${ENTITIES}.csv`);
if (!fs.existsSync(csvPath)) {
  console.error(`[bench:intake] writing ${csvPath}`);
  const firms = await sql<{ uscc: string; regNo: string | null; name: string }[]>`
    select uscc, reg_no as "regNo", name from entities order by id limit ${ENTITIES}`;
  // Names held by more than one firm go to the unmatched queue; the bench counts them as queued.
  const today = ratingDate();
  const day = (offset: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - offset);
    return d.toISOString().slice(0, 10);
  };
  const kinds = ['licence', 'penalty', 'inspection', 'honour', 'credit_commitment', 'qualification', 'abnormal_listing'] as const;
  const headers = RECORD_TEMPLATE_COLUMNS.map((c) => c.header);
  const out = fs.createWriteStream(csvPath);
  out.write(`\uFEFF${headers.map(csvField).join(',')}\r\n`);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < RECORDS; i += 1) {
    const firm = firms[Math.floor(rand() * firms.length)]!;
    const r = rand();
    // Identity mix: 90 % USCC, 4 % registration number, 3 % organisation code, 3 % name.
    const identity =
      r < 0.9 || (r < 0.94 && !firm.regNo)
        ? { uscc: firm.uscc }
        : r < 0.94
          ? { regNo: firm.regNo! }
          : r < 0.97
            ? { orgCode: firm.uscc.slice(8, 17) }
            : { entityName: firm.name };
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const decided = 5 + Math.floor(rand() * 60);
    const produced = Math.max(0, decided - Math.floor(rand() * 3));
    const row: Record<string, string | undefined> = {
      sourceRef: `B${i.toString(36).padStart(6, '0')}`,
      ...identity,
      kind,
      title: `${kind === 'penalty' ? '行政处罚决定' : kind === 'licence' ? '食品经营许可' : '信用信息'}第${i}号`,
      docNo: `济测〔2026〕${i}号`,
      decisionDate: day(decided),
      producedOn: day(produced),
      ...(kind === 'penalty' ? { severity: rand() < 0.5 ? '一般' : '轻微', publicityEnd: day(-365) } : {}),
      ...(kind === 'abnormal_listing' ? { grounds: '通过登记的住所或者经营场所无法联系' } : {}),
      content: '依据相关规定作出决定。',
      legalBasis: '《中华人民共和国行政许可法》',
    };
    const line = `${RECORD_TEMPLATE_COLUMNS.map((c) => csvField(row[c.field] ?? '')).join(',')}\r\n`;
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', () => resolve(undefined)));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

// ---- the runs --------------------------------------------------------------------------------
const results = [];
for (let run = 1; run <= RUNS; run += 1) {
  const code = `bench${Date.now().toString(36)}`;
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken({ code, nameZhCn: `压测部门${run}` }, { name: 'bench', prefix: token.prefix, hash: token.hash });
  const [before] = await sql<{ records: number }[]>`select count(*)::int as records from records`;
  let reportRows = 0;
  // The merge waits for the event loop between statements: its delays show whether parsing holds it up.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const summary = await importRecords({
    departmentId,
    departmentCode: code,
    input: fs.createReadStream(csvPath),
    format: 'csv',
    fileName: path.basename(csvPath),
    actor: { type: 'system', id: 'bench:intake' },
    batchSize: BATCH,
    onReport: (rows) => {
      reportRows += rows.length;
    },
    onProgress: (rows) => process.stderr.write(`\r[bench:intake] run ${run}: ${rows.toLocaleString('en')} rows`),
  });
  loop.disable();
  process.stderr.write('\n');
  const [after] = await sql<{ records: number; outbox: number; timeliness: number }[]>`
    select (select count(*)::int from records) as records, (select count(*)::int from outbox) as outbox,
           (select sum(records)::int from timeliness_stats where department_id = ${departmentId}) as timeliness`;
  const { report: _report, ...counts } = summary;
  const result = {
    run,
    ...counts,
    reportRows,
    recordsBefore: before!.records,
    recordsAfter: after!.records,
    outboxBacklog: after!.outbox,
    timelinessMeasured: after!.timeliness,
    recordsPerSecond: Math.round(summary.rows / summary.seconds),
    eventLoopDelayMs: { p50: Math.round(loop.percentile(50) / 1e6), p99: Math.round(loop.percentile(99) / 1e6), max: Math.round(loop.max / 1e6) },
  };
  console.error(`[bench:intake] run ${run}: ${result.rows} rows in ${summary.seconds.toFixed(1)} s = ${result.recordsPerSecond} records/s`);
  results.push(result);
}
const rates = results.map((r) => r.recordsPerSecond).sort((a, b) => a - b);
const output = { records: RECORDS, entities: ENTITIES, batch: BATCH, runs: results, medianRecordsPerSecond: rates[Math.floor(rates.length / 2)] };
console.log(JSON.stringify(output, null, 2));
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/intake.json', JSON.stringify(output, null, 2));
await closeDb();

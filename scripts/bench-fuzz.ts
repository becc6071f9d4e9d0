// `npm run bench:fuzz -- [--url http://localhost:3000] [--cases 100000] [--seed N] [--concurrency 8] [--exports]`
// The fuzz test's properties (tests/integration/fuzz.test.ts) at scale, over HTTP against a running
// site, with the same generators (tests/support/fuzz-arbitraries.ts): the public API, the intake
// API, the objection/repair form and the status look-up (posted as a browser without JavaScript
// posts them, tests/support/fuzz-http.ts). Reports the answers per status, every failure once per
// kind with inputs that reproduce it (the case itself, and seed/chunk/index), and cases per second;
// writes bench/out/fuzz.json; exits 1 on any failure.
//
// The site must run with the same DATA_DIR as this command (the bench creates its two
// departments and their tokens, picks firms and policies, and takes the storage snapshots in that
// PostgreSQL), and with limits that let one address send this much, e.g.
//   DATA_DIR=.data/demo API_RATE_LIMIT_PER_MINUTE=1000000 SUBMISSIONS_PER_MINUTE=100000 npm run demo
// (the status look-up's 10 a minute and the form's 1 a minute without a proof of work are fixed:
// those answers are the forms' translated "try again later", which count as specific refusals).
// Any 429 from the API stops the run with a message: a rate-limited case proves nothing.
// --exports adds whole-list CSV/JSONL exports to the mix: cheap on a demo, not at a million firms.
//
// No partial writes: read-only cases (API, look-ups) run as one phase per chunk, with a storage
// snapshot before and after; intake calls and form posts run in groups of --concurrency, and a
// group whose every case was refused must leave the snapshot unchanged. (The worker rewrites only
// ratings, which the snapshot leaves out.)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import fc from 'fast-check';
import { closeDb, getSql } from '../lib/db/client';
import { insertDepartmentToken } from '../lib/db/mutations/department-tokens';
import { dataDir, ratingDate } from '../lib/env';
import { generateDepartmentToken } from '../lib/intake/tokens';
import {
  formCaseArb,
  freshUscc,
  fuzzSettings,
  generatedFreshUsccs,
  intakeCaseArb,
  lookupCaseArb,
  publicApiCaseArb,
  type FuzzPools,
  type Verdict,
} from '../tests/support/fuzz-arbitraries';
import { sendFormCase, sendIntakeCase, sendLookupCase, sendPublicApiCase, type FormTarget } from '../tests/support/fuzz-http';
import { evidenceDirOf, snapshotChanges, storageSnapshot, type FuzzScope } from '../tests/support/fuzz-storage';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const base = arg('url', 'http://localhost:3000').replace(/\/$/, '');
const settings = fuzzSettings(100_000);
const totalCases = Number(arg('cases', String(settings.runs)));
const seed = Number(arg('seed', String(settings.seed)));
const concurrency = Number(arg('concurrency', '8'));
const exportsToo = process.argv.includes('--exports');
/** Cases per chunk: each chunk is drawn with seed + chunk number, so any case can be drawn again alone. */
const CHUNK = 1000;
const SHARE = { publicApi: 0.55, intake: 0.35, forms: 0.06, lookups: 0.04 };

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');

async function health() {
  const res = await fetch(`${base}/api/health`).catch((error: Error) => {
    throw new Error(`No site at ${base} (${error.message}): start one, e.g. \`API_RATE_LIMIT_PER_MINUTE=1000000 SUBMISSIONS_PER_MINUTE=100000 npm run demo\`.`);
  });
  await res.arrayBuffer();
}

async function makeDepartment(suffix: string, registrar: boolean) {
  const token = generateDepartmentToken();
  const code = `fzb${run}${suffix}`;
  const { departmentId } = await insertDepartmentToken(
    { code, nameZhCn: `模糊基准部门${suffix}`, isRegistrar: registrar },
    { name: 'bench:fuzz', prefix: token.prefix, hash: token.hash },
  );
  return { id: departmentId, code, token: token.token };
}

async function postJson(path: string, token: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { accepted?: number };
  if (res.status !== 200 || !json.accepted) throw new Error(`setup: ${path} answered ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
}

await health();
const today = ratingDate();
const daysAgo = (d: number) => new Date(Date.parse(`${today}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
const registrar = await makeDepartment('r', true);
const other = await makeDepartment('o', false);
// The bench's own firms, registered by its registrar (so they are its own to update), and one
// penalty old enough for a repair application: the forms' target.
const own = Array.from({ length: 6 }, (_, i) => freshUscc(crypto.randomInt(1_000_000) * 10 + i));
await postJson('/api/v1/intake/entities', registrar.token, {
  entities: own.map((uscc, i) => ({
    uscc,
    name: `模糊基准自有${run}${i}有限公司`,
    type: 'company',
    legalRepresentative: '测试人',
    establishedOn: daysAgo(900),
    address: '济南市历下区测试路1号',
    districtCode: '370102',
    status: 'active',
  })),
});
const targetRef = `fzb-target-${run}`;
await postJson('/api/v1/intake/records', registrar.token, {
  records: [
    {
      sourceRef: targetRef,
      uscc: own[0],
      kind: 'penalty',
      title: '模糊基准处罚',
      decisionDate: daysAgo(400),
      severity: 'general',
      legalBasis: '《测试法》第一条',
    },
  ],
});
const [targetRecord] = await sql<{ id: string }[]>`select id::text as id from records where department_id = ${registrar.id} and source_ref = ${targetRef}`;
const target: FormTarget = { uscc: own[0]!, recordId: targetRecord!.id };
const seeded = await sql<{ uscc: string }[]>`select uscc from entities tablesample system (1) where status = 'active' limit 200`;
const policies = await sql<{ id: number }[]>`select id from policies where status <> 'draft' order by id limit 20`;
const departments = await sql<{ code: string }[]>`select code from departments order by id limit 5`;
const pools: FuzzPools = {
  readUsccs: [...seeded.map((r) => r.uscc), ...own],
  writeUsccs: own,
  policyIds: policies.map((p) => p.id),
  departmentCodes: departments.map((d) => d.code),
  sourceRefs: Array.from({ length: 8 }, (_, i) => `fzb-${i}`),
  exports: exportsToo,
};
const scope: FuzzScope = {
  departmentIds: [registrar.id, other.id],
  usccs: [...own, ...generatedFreshUsccs()],
  evidenceDir: evidenceDirOf(dataDir()),
  liveWorker: true,
};
const publicApiArb = publicApiCaseArb(pools);
const intakeArb = intakeCaseArb(pools, today);
const formArb = formCaseArb();
const receipts: { trackingNo: string }[] = [];

type Surface = keyof typeof SHARE;
const statuses: Record<Surface, Record<string, number>> = { publicApi: {}, intake: {}, forms: {}, lookups: {} };
const failures = new Map<string, { surface: Surface; count: number; examples: { seed: number; chunk: number; index: number; input: unknown }[] }>();
let cases = 0;
let groupsChecked = 0;
let groupsSkipped = 0;
let rateLimited = false;

function record(surface: Surface, status: number, verdict: Verdict, where: { chunk: number; index: number }, input: unknown): boolean {
  cases += 1;
  statuses[surface][status] = (statuses[surface][status] ?? 0) + 1;
  if (verdict.ok) return verdict.refused;
  if (verdict.rateLimited) rateLimited = true;
  const label =
    (input as { route?: string; endpoint?: string; kind?: string }).route ??
    (input as { endpoint?: string }).endpoint ??
    (input as { kind?: string }).kind ??
    '';
  const key = `${surface} ${label}: ${verdict.problem.replace(/"[^"]*"/g, '"…"').slice(0, 160)}`;
  const entry = failures.get(key) ?? { surface, count: 0, examples: [] };
  entry.count += 1;
  if (entry.examples.length < 3) entry.examples.push({ seed: seed + where.chunk, chunk: where.chunk, index: where.index, input });
  failures.set(key, entry);
  return false;
}

function failSnapshot(surface: Surface, chunk: number, changed: string[], inputs: unknown[]) {
  const key = `${surface}: refused, but storage changed (${changed.join(', ')})`;
  const entry = failures.get(key) ?? { surface, count: 0, examples: [] };
  entry.count += 1;
  if (entry.examples.length < 3) entry.examples.push({ seed: seed + chunk, chunk, index: -1, input: inputs });
  failures.set(key, entry);
}

/** Runs `work` over `items` with `concurrency` at a time. */
async function pool<T>(items: T[], work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

const errorText = (error: unknown) => `request failed: ${(error as Error).message}`;

const started = performance.now();
let lastReport = started;
for (let chunk = 0; cases < totalCases && !rateLimited; chunk++) {
  const size = Math.min(CHUNK, totalCases - cases);
  const n = (s: Surface) => Math.max(1, Math.round(size * SHARE[s]));
  const chunkSeed = seed + chunk;
  const api = fc.sample(publicApiArb, { seed: chunkSeed, numRuns: n('publicApi') });
  const intake = fc.sample(intakeArb, { seed: chunkSeed, numRuns: n('intake') });
  const forms = fc.sample(formArb, { seed: chunkSeed, numRuns: n('forms') });
  const lookups = fc.sample(lookupCaseArb(receipts.slice(-50).map((r) => r.trackingNo)), { seed: chunkSeed, numRuns: n('lookups') });

  // Phase 1: what only reads.
  const before = await storageSnapshot(sql, scope);
  await pool(api, async (c, index) => {
    const answer = await sendPublicApiCase(base, c).catch((error) => ({ status: 0, verdict: { ok: false as const, problem: errorText(error) } }));
    record('publicApi', answer.status, answer.verdict, { chunk, index }, c);
  });
  await pool(lookups, async (c, index) => {
    const answer = await sendLookupCase(base, c).catch((error) => ({ status: 0, verdict: { ok: false as const, problem: errorText(error) } }));
    record('lookups', answer.status, answer.verdict, { chunk, index }, c);
  });
  const afterReads = await storageSnapshot(sql, scope);
  const readChanges = snapshotChanges(before, afterReads);
  if (readChanges.length > 0) failSnapshot('publicApi', chunk, readChanges, ['the chunk of GETs and look-ups']);

  // Phase 2: what may write, in groups; a group refused as a whole must leave storage unchanged.
  const writers = [
    ...intake.map((c, index) => ({ surface: 'intake' as const, c, index })),
    ...forms.map((c, index) => ({ surface: 'forms' as const, c, index })),
  ];
  for (let g = 0; g < writers.length; g += concurrency) {
    const group = writers.slice(g, g + concurrency);
    const groupBefore = await storageSnapshot(sql, scope);
    const refused = await Promise.all(
      group.map(async (w) => {
        if (w.surface === 'intake') {
          const answer = await sendIntakeCase(base, w.c, registrar.token, other.token).catch((error) => ({
            status: 0,
            verdict: { ok: false as const, problem: errorText(error) },
          }));
          return record('intake', answer.status, answer.verdict, { chunk, index: w.index }, w.c);
        }
        const answer = await sendFormCase(base, target, w.c).catch((error) => ({ status: 0, verdict: { ok: false as const, problem: errorText(error) } }));
        if ('receipt' in answer && answer.receipt) receipts.push(answer.receipt);
        return record('forms', answer.status, answer.verdict, { chunk, index: w.index }, w.c);
      }),
    );
    if (refused.every(Boolean)) {
      groupsChecked += 1;
      const changed = snapshotChanges(groupBefore, await storageSnapshot(sql, scope));
      if (changed.length > 0)
        failSnapshot(
          group[0]!.surface,
          chunk,
          changed,
          group.map((w) => w.c),
        );
    } else groupsSkipped += 1;
  }
  if (performance.now() - lastReport > 10_000) {
    lastReport = performance.now();
    console.error(
      `[bench:fuzz] ${cases.toLocaleString('en')} cases, ${((cases * 1000) / (lastReport - started)).toFixed(0)}/s, ${[...failures.values()].reduce((a, f) => a + f.count, 0)} failures`,
    );
  }
}
const seconds = (performance.now() - started) / 1000;
await closeDb();

const result = {
  date: new Date().toISOString(),
  url: base,
  machine: `${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
  seed,
  chunkSize: CHUNK,
  cases,
  seconds: Math.round(seconds),
  casesPerSecond: Math.round(cases / seconds),
  statuses,
  noPartialWrites: { refusedGroupsChecked: groupsChecked, groupsWithAcceptedCasesSkipped: groupsSkipped },
  formsReceived: receipts.length,
  failures: [...failures].map(([problem, f]) => ({ problem, count: f.count, examples: f.examples })),
  reproduce: 'fc.sample(<arbitrary>, { seed: example.seed, numRuns: 1000 })[example.index] with the pools of this run; or send example.input again',
};
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/fuzz.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(
  JSON.stringify(
    { ...result, failures: result.failures.map((f) => ({ problem: f.problem, count: f.count, example: JSON.stringify(f.examples[0]?.input).slice(0, 400) })) },
    null,
    2,
  ),
);
if (rateLimited) {
  console.error(
    `[bench:fuzz] stopped: the site answered 429. Start it with API_RATE_LIMIT_PER_MINUTE=1000000 SUBMISSIONS_PER_MINUTE=100000 (see the header of scripts/bench-fuzz.ts).`,
  );
  process.exit(2);
}
process.exit(failures.size > 0 ? 1 : 0);

// `npm run bench:load -- [--url http://localhost:3000] [--duration 60] [--concurrency 200]`
// Mixed visitors against a running site (the 1M dataset in production: `npm run cluster` or
// `npm start`): --concurrency visitors, each sending its next request as soon as the last one is
// answered, for --duration seconds. A visitor's request is one of
//   profile 35 % (/zh-CN/entities/{uscc}), search 20 % (/zh-CN/search?q=…), list 20 %
//   (/zh-CN/lists/{slug} with filters and pages), api 15 % (/api/v1/entities/{uscc},
//   /api/v1/search), export 8 % (a district's list as CSV), form 2 % (one in fifty: an objection,
//   posted the way the browser does: the form page fetched, the proof of work solved, the form
//   posted to its Server Action).
// Reports per kind: requests, errors (a network error, a 4xx/5xx, a form without a receipt),
// p50/p95/p99 in ms; the target is 0 errors. Prints JSON and writes bench/out/load.json.
//
// The site must let one address (this machine) send that much. Start it with
//   API_RATE_LIMIT_PER_MINUTE=1000000 SUBMISSIONS_PER_MINUTE=100000
// (and, behind the shipped nginx, `npm run cluster -- --bench`, which lifts nginx's per-address
// limit for loopback). A 429 is never counted as a success: the run reports them and exits 2.
// The bench reads firms from the site's PostgreSQL (same DATA_DIR) and, for the forms, registers
// its own department, firm and records through the intake API, so applications never land on the
// city's real records.
//
// Not autocannon (as bench:pages uses): the mix needs per-request URLs, a two-step form with a
// solved proof of work and per-kind percentiles; undici's pool gives the same keep-alive
// connections (one per visitor).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { Agent, fetch, FormData } from 'undici';
import { closeDb, getSql } from '../lib/db/client';
import { insertDepartmentToken } from '../lib/db/mutations/department-tokens';
import { LIST_SLUGS } from '../lib/domain/vocabulary';
import { ratingDate } from '../lib/env';
import { translator } from '../lib/i18n/messages';
import { generateDepartmentToken } from '../lib/intake/tokens';
import { solveChallenge } from '../lib/objections/proof-of-work';
import { freshUscc } from '../tests/support/fuzz-arbitraries';
import { hiddenInputs } from '../tests/support/fuzz-http';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const base = arg('url', 'http://localhost:3000').replace(/\/$/, '');
const durationS = Number(arg('duration', '60'));
const concurrency = Number(arg('concurrency', '200'));
const dispatcher = new Agent({ connections: concurrency, pipelining: 1, keepAliveTimeout: 30_000 });

const KINDS = ['profile', 'search', 'list', 'api', 'export', 'form'] as const;
type Kind = (typeof KINDS)[number];
const WEIGHTS: Record<Kind, number> = { profile: 35, search: 20, list: 20, api: 15, export: 8, form: 2 };

const sql = getSql();
const today = ratingDate();
const daysAgo = (d: number) => new Date(Date.parse(`${today}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
const pick = <T>(xs: readonly T[]): T => xs[crypto.randomInt(xs.length)]!;

const health = await fetch(`${base}/api/health`, { dispatcher }).catch((error: Error) => {
  throw new Error(`No site at ${base} (${error.message}).`);
});
await health.arrayBuffer();

// A 1 % block sample at a million firms; a small demo city is read whole.
const [{ n: cityFirms } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from entities`;
const firms =
  cityFirms > 100_000
    ? await sql<
        { uscc: string; name: string; district: string }[]
      >`select uscc, name, district_code as district from entities tablesample system (1) where status = 'active' limit 5000`
    : await sql<
        { uscc: string; name: string; district: string }[]
      >`select uscc, name, district_code as district from entities where status = 'active' order by md5(uscc) limit 5000`;
if (firms.length === 0) throw new Error('No firms: seed the database first.');
const districts = [...new Set(firms.map((f) => f.district))];
const fragments = firms.map((f) => f.name.replace(/^济南市?/, '').slice(0, 2 + crypto.randomInt(2))).filter(Boolean);

// The forms' targets: the bench's own firm and records, registered through the intake API.
const run = crypto.randomBytes(3).toString('hex');
const token = generateDepartmentToken();
const code = `bl${run}`;
await insertDepartmentToken({ code, nameZhCn: '负载基准部门', isRegistrar: true }, { name: 'bench:load', prefix: token.prefix, hash: token.hash });
const ownUscc = freshUscc(crypto.randomInt(1_000_000) * 10 + 7);
async function intake(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    dispatcher,
    headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { accepted?: number };
  if (res.status !== 200 || !json.accepted) throw new Error(`setup: ${path} answered ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
}
await intake('/api/v1/intake/entities', {
  entities: [
    {
      uscc: ownUscc,
      name: `负载基准${run}有限公司`,
      type: 'company',
      legalRepresentative: '测试人',
      establishedOn: daysAgo(900),
      address: '济南市历下区测试路1号',
      districtCode: '370102',
      status: 'active',
    },
  ],
});
const refs = Array.from({ length: 20 }, (_, i) => `bl-${run}-${i}`);
await intake('/api/v1/intake/records', {
  records: refs.map((sourceRef, i) => ({
    sourceRef,
    uscc: ownUscc,
    kind: 'penalty',
    title: `负载基准处罚${i}`,
    decisionDate: daysAgo(30 + i),
    severity: 'general',
    legalBasis: '《测试法》第一条',
  })),
});
const targetRecords = (
  await sql<{ id: string }[]>`select r.id::text as id from records r join departments d on d.id = r.department_id where d.code = ${code}`
).map((r) => r.id);
await closeDb();

interface Outcome {
  ok: boolean;
  status: number;
}

async function get(path: string): Promise<Outcome> {
  const res = await fetch(`${base}${path}`, { dispatcher, redirect: 'manual' });
  await res.arrayBuffer();
  return { ok: res.status === 200, status: res.status };
}

// The rendered "try again in N seconds" (the page also carries the message's template for the browser).
const rateLimitedMessage = new RegExp(
  translator('zh-CN', 'ApplicationErrors')('rateLimited', { seconds: 999_999 })
    .split('999999')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\d+'),
);

/** An objection as the browser sends it: the page, the proof of work, the post; a receipt means success. */
async function submitObjection(): Promise<Outcome> {
  const path = `/zh-CN/entities/${ownUscc}/objection?record=${pick(targetRecords)}`;
  const page = await fetch(`${base}${path}`, { dispatcher });
  const html = await page.text();
  if (page.status !== 200) return { ok: false, status: page.status };
  const hidden = hiddenInputs(html, 'csrf');
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  form.append('pow', solveChallenge(hidden.find(([k]) => k === 'challenge')?.[1] ?? ''));
  const fields = {
    applicantType: 'person',
    applicantName: '负载测试申请人',
    phone: '13812345678',
    email: 'load@example.com',
    reason: 'wrong',
    description: '负载测试：文号与原件不一致。',
    declaration: 'yes',
  };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${base}${path}`, { method: 'POST', dispatcher, body: form, headers: { origin: base } });
  const answer = await res.text();
  // Over its limit the form answers 200 with its translated "try again in N seconds": a 429 in all but status.
  if (res.status === 429 || rateLimitedMessage.test(answer)) return { ok: false, status: 429 };
  return { ok: res.status === 200 && answer.includes('data-testid="tracking-no"'), status: res.status };
}

function request(kind: Kind): Promise<Outcome> {
  switch (kind) {
    case 'profile':
      return get(`/zh-CN/entities/${pick(firms).uscc}`);
    case 'search':
      return get(`/zh-CN/search?q=${encodeURIComponent(pick(fragments))}`);
    case 'list': {
      const params = new URLSearchParams();
      if (crypto.randomInt(3) === 0) params.set('district', pick(districts));
      if (crypto.randomInt(4) === 0) params.set('status', pick(['removed', 'all']));
      if (crypto.randomInt(3) === 0) params.set('page', String(1 + crypto.randomInt(5)));
      const qs = params.toString();
      return get(`/zh-CN/lists/${pick(LIST_SLUGS)}${qs ? `?${qs}` : ''}`);
    }
    case 'api':
      return crypto.randomInt(2) === 0 ? get(`/api/v1/entities/${pick(firms).uscc}`) : get(`/api/v1/search?q=${encodeURIComponent(pick(fragments))}`);
    case 'export':
      return get(`/api/v1/lists/${pick(LIST_SLUGS)}?format=csv&district=${pick(districts)}&industry=${pick(['F52', 'C13', 'I65', 'L72', 'E48'])}`);
    case 'form':
      return submitObjection();
  }
}

const totalWeight = KINDS.reduce((a, k) => a + WEIGHTS[k], 0);
function nextKind(): Kind {
  let r = crypto.randomInt(totalWeight);
  for (const k of KINDS) {
    r -= WEIGHTS[k];
    if (r < 0) return k;
  }
  return 'profile';
}

const stats = Object.fromEntries(
  KINDS.map((k) => [k, { latencies: [] as number[], errors: 0, statuses: {} as Record<string, number>, rateLimited: 0 }]),
) as Record<Kind, { latencies: number[]; errors: number; statuses: Record<string, number>; rateLimited: number }>;
const errorSamples: string[] = [];
const deadline = Date.now() + durationS * 1000;

async function visitor() {
  while (Date.now() < deadline) {
    const kind = nextKind();
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await request(kind);
    } catch (error) {
      outcome = { ok: false, status: 0 };
      if (errorSamples.length < 20) errorSamples.push(`${kind}: ${(error as Error).message}`);
    }
    const s = stats[kind];
    s.latencies.push(performance.now() - started);
    s.statuses[outcome.status] = (s.statuses[outcome.status] ?? 0) + 1;
    if (outcome.status === 429) s.rateLimited += 1;
    if (!outcome.ok) s.errors += 1;
  }
}

console.error(`[bench:load] ${concurrency} visitors for ${durationS} s against ${base} (${firms.length} sampled firms)`);
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, visitor));
const seconds = (performance.now() - started) / 1000;
await dispatcher.close();

const pct = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : null;
const kinds = Object.fromEntries(
  KINDS.map((k) => {
    const sorted = [...stats[k].latencies].sort((a, b) => a - b);
    return [
      k,
      {
        requests: sorted.length,
        errors: stats[k].errors,
        rateLimited: stats[k].rateLimited,
        p50ms: pct(sorted, 50),
        p95ms: pct(sorted, 95),
        p99ms: pct(sorted, 99),
        statuses: stats[k].statuses,
      },
    ];
  }),
);
const requests = KINDS.reduce((a, k) => a + stats[k].latencies.length, 0);
const errors = KINDS.reduce((a, k) => a + stats[k].errors, 0);
const rateLimited = KINDS.reduce((a, k) => a + stats[k].rateLimited, 0);
const result = {
  date: new Date().toISOString(),
  url: base,
  machine: `${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
  concurrency,
  seconds: Math.round(seconds),
  requests,
  reqPerSec: Math.round(requests / seconds),
  errors,
  rateLimited,
  kinds,
  errorSamples,
};
fs.mkdirSync('bench/out', { recursive: true });
fs.writeFileSync('bench/out/load.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
if (rateLimited > 0) {
  console.error(
    `[bench:load] ${rateLimited} answers were 429: the site's limits refused the load, so this run measures nothing. Start the site with API_RATE_LIMIT_PER_MINUTE=1000000 SUBMISSIONS_PER_MINUTE=100000 (and \`npm run cluster -- --bench\` behind nginx).`,
  );
  process.exit(2);
}
process.exit(errors > 0 ? 1 : 0);

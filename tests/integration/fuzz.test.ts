// The fuzz test (issue 15, "Must show"): a few thousand generated requests against the public API,
// the intake API and the public forms, through the same code the site runs: the exported
// GET/POST/DELETE of the app/api route files called with a Request (as tests/integration/intake.test.ts
// does), and the objection and status-lookup actions' lib functions with a FormData. Real
// PostgreSQL, Meilisearch and (with REDIS_URL) Redis. Properties: no answer ≥ 500, every refusal
// specific (tests/support/fuzz-arbitraries.ts), and a refusal writes nothing (a storage snapshot
// before and after each intake call and form submission, tests/support/fuzz-storage.ts; the GETs
// are checked as one batch). The server actions themselves, over HTTP, are fuzzed by
// tests/e2e/fuzz-forms.spec.ts.
//
// Reproducible: a fixed seed (printed with the counterexample when a property fails);
// FUZZ_SEED=<n> explores other cases, FUZZ_RUNS=<n> sets the total number of cases (default 2,500, about a minute).
// FUZZ_SURVEY=1 runs every case instead of stopping (and shrinking) at the first failure, then
// prints each distinct failure once with an input that reproduces it.
import '../support/next-route-context';
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getEntity } from '../../app/api/v1/entities/[uscc]/route';
import { GET as getSearch } from '../../app/api/v1/search/route';
import { GET as getList } from '../../app/api/v1/lists/[slug]/route';
import { GET as getCommitments } from '../../app/api/v1/commitments/route';
import { GET as getPolicies } from '../../app/api/v1/policies/route';
import { GET as getPolicy } from '../../app/api/v1/policies/[id]/route';
import { GET as getSupportStats } from '../../app/api/v1/stats/support/route';
import { GET as getTimeliness } from '../../app/api/v1/stats/timeliness/route';
import { GET as getDumpLatest } from '../../app/api/v1/dumps/latest/route';
import { GET as getDumpFile } from '../../app/api/v1/dumps/[file]/route';
import { GET as getTemplate } from '../../app/api/v1/intake/templates/[file]/route';
import { GET as getOpenApi } from '../../app/api/v1/openapi.json/route';
import { GET as getLicences } from '../../app/api/v1/licences/route';
import { GET as getPenalties } from '../../app/api/v1/penalties/route';
import { DELETE as deleteRecords, POST as postRecords } from '../../app/api/v1/intake/records/route';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { POST as postSupport } from '../../app/api/v1/intake/support/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { appSecret, dataDir, ratingDate } from '../../lib/env';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { lookupApplication } from '../../lib/objections/lookup-application';
import { issueChallenge, solveChallenge } from '../../lib/objections/proof-of-work';
import { answerApplicationForm } from '../../lib/objections/submit-application';
import type { ApplicationFormState } from '../../lib/objections/form-state';
import { publicCsrfToken } from '../../lib/security/csrf';
import { CLIENT_ADDRESS_HEADER } from '../../lib/security/client-address.mjs';
import { exeBytes, pdfBytes, pngBytes } from '../factories/applications';
import { createEntity, daysAgo } from '../factories/entities';
import {
  expectedFieldErrors,
  formCaseArb,
  freshUscc,
  generatedFreshUsccs,
  fuzzSettings,
  INTAKE_ROUTES,
  intakeAuthorization,
  intakeCaseArb,
  judgeFormErrors,
  judgeIntake,
  judgePublicApi,
  lookupCaseArb,
  publicApiCaseArb,
  publicApiPath,
  segmentParam,
  type FormCase,
  type FuzzPools,
  type IntakeCase,
  type PublicApiCase,
  type PublicApiRoute,
  type Verdict,
} from '../support/fuzz-arbitraries';
import { evidenceDirOf, snapshotChanges, storageSnapshot, type FuzzScope } from '../support/fuzz-storage';

const sql = getSql();
const { seed, runs } = fuzzSettings(2500);
// The share of each surface in the total: the GETs are cheapest, forms and look-ups hash passwords.
const RUNS = {
  publicApi: Math.max(1, Math.round(runs * 0.5)),
  intake: Math.max(1, Math.round(runs * 0.36)),
  forms: Math.max(1, Math.round(runs * 0.09)),
  lookups: Math.max(1, Math.round(runs * 0.05)),
};
const run = crypto.randomBytes(3).toString('hex');

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const PUBLIC_HANDLERS: Record<PublicApiRoute, { handler: RouteHandler; param?: string }> = {
  entity: { handler: getEntity as RouteHandler, param: 'uscc' },
  search: { handler: getSearch as RouteHandler },
  list: { handler: getList as RouteHandler, param: 'slug' },
  policies: { handler: getPolicies as RouteHandler },
  policy: { handler: getPolicy as RouteHandler, param: 'id' },
  supportStats: { handler: getSupportStats as RouteHandler },
  timeliness: { handler: getTimeliness as RouteHandler },
  dumpLatest: { handler: getDumpLatest as RouteHandler },
  dumpFile: { handler: getDumpFile as RouteHandler, param: 'file' },
  template: { handler: getTemplate as RouteHandler, param: 'file' },
  openapi: { handler: getOpenApi as RouteHandler },
  licences: { handler: getLicences as RouteHandler },
  penalties: { handler: getPenalties as RouteHandler },
  commitments: { handler: getCommitments as RouteHandler },
};
const INTAKE_HANDLERS = { records: postRecords, recordsDelete: deleteRecords, entities: postEntities, support: postSupport };

// Every case comes from its own address, as distinct clients would: the limits are not under test here.
let addressCounter = 0;
const nextAddress = () => {
  addressCounter += 1;
  return `10.${150 + (process.pid % 50)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
};

let pools: FuzzPools;
let scope: FuzzScope;
let registrarToken: string;
let otherToken: string;
let formTarget: { uscc: string; recordId: string };
const receipts: { trackingNo: string; accessCode: string }[] = [];

const survey = process.env.FUZZ_SURVEY === '1';
const surveyed = new Map<string, { count: number; input: unknown }>();

/**
 * Runs one case's checks: a failure fails the property (fast-check then shrinks it and prints the
 * smallest input with the seed and path), or in survey mode is kept and the run goes on.
 */
async function checkCase(input: unknown, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!survey) throw error;
    // One entry per kind of failure: the message without the echoed input.
    const label =
      typeof input === 'object' && input !== null
        ? ((input as { route?: string; endpoint?: string; kind?: string }).route ??
          (input as { endpoint?: string }).endpoint ??
          (input as { kind?: string }).kind ??
          '')
        : '';
    const key = `${label}: ${String((error as Error).message)
      .split('\n')[0]!
      .replace(/"[^"]*"/g, '"…"')
      .slice(0, 160)}`;
    const seen = surveyed.get(key);
    if (seen) seen.count += 1;
    else surveyed.set(key, { count: 1, input });
  }
}

/** In survey mode: prints what failed, once per kind with a reproducing input, and fails the test if anything did. */
function reportSurvey(surface: string) {
  if (!survey) return;
  const entries = [...surveyed];
  surveyed.clear();
  for (const [problem, { count, input }] of entries) console.log(`[fuzz ${surface}] ${count}× ${problem}\n    input: ${JSON.stringify(input).slice(0, 600)}`);
  expect(entries.map(([problem]) => problem)).toEqual([]);
}

/** Fails the property with the verdict's problem (fast-check prints it with the case, the seed and the path). */
function assertVerdict(verdict: Verdict): asserts verdict is Extract<Verdict, { ok: true }> {
  if (!verdict.ok) throw new Error(verdict.problem);
}

async function makeDepartment(suffix: string, registrar: boolean) {
  const token = generateDepartmentToken();
  const { departmentId } = await insertDepartmentToken(
    { code: `fz${run}${suffix}`, nameZhCn: `模糊测试部门${suffix}`, isRegistrar: registrar },
    { name: 'fuzz', prefix: token.prefix, hash: token.hash },
  );
  return { id: departmentId, code: `fz${run}${suffix}`, token: token.token };
}

beforeAll(async () => {
  const registrar = await makeDepartment('r', true);
  const other = await makeDepartment('o', false);
  registrarToken = registrar.token;
  otherToken = other.token;
  // The fuzz registrar registers its own firms through the API, so they are its own to update.
  const own = Array.from({ length: 6 }, (_, i) => freshUscc(crypto.randomInt(1_000_000) * 10 + i));
  const registered = await postEntities(
    new Request('http://localhost/api/v1/intake/entities', {
      method: 'POST',
      headers: { authorization: `Bearer ${registrar.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        entities: own.map((uscc, i) => ({
          uscc,
          name: `模糊测试自有${run}${i}有限公司`,
          type: 'company',
          legalRepresentative: '测试人',
          establishedOn: daysAgo(900),
          address: '济南市历下区测试路1号',
          districtCode: '370102',
          status: 'active',
        })),
      }),
    }),
  );
  expect(registered.status).toBe(200);
  expect((await registered.json()).accepted).toBe(own.length);
  const seeded = await sql<{ uscc: string }[]>`select uscc from entities where status = 'active' order by id limit 20`;
  const policies = await sql<{ id: number }[]>`select id from policies where status <> 'draft' order by id limit 10`;
  const departments = await sql<{ code: string }[]>`select code from departments order by id limit 5`;
  pools = {
    readUsccs: [...seeded.map((r) => r.uscc), ...own],
    writeUsccs: own,
    policyIds: policies.map((p) => p.id),
    departmentCodes: departments.map((d) => d.code),
    sourceRefs: Array.from({ length: 8 }, (_, i) => `fz-${i}`),
    exports: true,
  };
  const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(400), severity: 'general' }] });
  formTarget = { uscc: firm.uscc, recordId: firm.recordIds[0]! };
  scope = { departmentIds: [registrar.id, other.id], usccs: [...own, firm.uscc, ...generatedFreshUsccs()], evidenceDir: evidenceDirOf(dataDir()) };
});

afterAll(async () => {
  await closeDb();
});

async function callPublicApi(c: PublicApiCase): Promise<{ status: number; contentType: string | null; body: string }> {
  const { handler, param } = PUBLIC_HANDLERS[c.route];
  const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: nextAddress() };
  if (c.acceptLanguage !== null) headers['accept-language'] = c.acceptLanguage;
  const request = new Request(`http://localhost${publicApiPath(c)}`, { headers });
  const response = await handler(request, { params: Promise.resolve(param ? { [param]: segmentParam(c.segment) } : {}) });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

async function callIntake(c: IntakeCase): Promise<{ status: number; body: string }> {
  const route = INTAKE_ROUTES[c.endpoint];
  const headers: Record<string, string> = { [CLIENT_ADDRESS_HEADER]: nextAddress() };
  const authorization = intakeAuthorization(c, registrarToken, otherToken);
  if (authorization) headers.authorization = authorization;
  if (c.contentType) headers['content-type'] = c.contentType;
  if (c.acceptLanguage !== null) headers['accept-language'] = c.acceptLanguage;
  const request = new Request(`http://localhost${route.path}`, { method: route.method, headers, body: c.body });
  const response = await INTAKE_HANDLERS[c.endpoint](request);
  return { status: response.status, body: await response.text() };
}

const FILE_BYTES = {
  pdf: () => pdfBytes('fuzz'),
  png: () => pngBytes(),
  exe: () => exeBytes(),
  empty: () => Buffer.alloc(0),
  text: () => Buffer.from('just text'),
};

/** The FormData a browser would post for a case (the form's own token, challenge and record, then the case's edits). */
function formDataOf(c: FormCase): FormData {
  const form = new FormData();
  const challenge = issueChallenge(appSecret());
  if (c.csrf !== 'missing') form.append('csrf', c.csrf === 'valid' ? publicCsrfToken() : `${publicCsrfToken().slice(0, -3)}abc`);
  form.append('challenge', challenge);
  if (c.pow !== 'missing') form.append('pow', c.pow === 'solved' ? solveChallenge(challenge) : '12345');
  if (c.record !== 'missing') form.append('record', c.record === 'target' ? formTarget.recordId : c.record);
  for (const [k, v] of Object.entries(c.fields)) if (v !== undefined) form.append(k, v);
  for (const f of c.files) form.append('evidence', new File([new Uint8Array(FILE_BYTES[f.content]())], f.name, { type: f.type }));
  // A repair request carries the applicant's proof of role (a valid PDF: the fuzz varies the evidence).
  if (c.kind === 'repair') form.append('authorisation', new File([new Uint8Array(FILE_BYTES.pdf())], 'authorisation.pdf', { type: 'application/pdf' }));
  return form;
}

describe(`fuzz (seed ${seed}; FUZZ_SEED and FUZZ_RUNS to change)`, () => {
  it(`the public API: ${RUNS.publicApi} GETs with arbitrary segments and query parameters, no 5xx, every refusal specific, nothing written`, async () => {
    const before = await storageSnapshot(sql, scope);
    await fc.assert(
      fc.asyncProperty(publicApiCaseArb(pools), (c) =>
        checkCase(c, async () => {
          const answer = await callPublicApi(c);
          assertVerdict(judgePublicApi(answer.status, answer.contentType, answer.body));
        }),
      ),
      { seed, numRuns: RUNS.publicApi },
    );
    reportSurvey('public API');
    expect(snapshotChanges(before, await storageSnapshot(sql, scope))).toEqual([]);
  }, 300_000);

  it(`the intake API: ${RUNS.intake} calls with arbitrary bodies, types and credentials, no 5xx, specific rejections, a refused call writes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(intakeCaseArb(pools, ratingDate()), (c) =>
        checkCase(c, async () => {
          const before = await storageSnapshot(sql, scope);
          const answer = await callIntake(c);
          const verdict = judgeIntake(c, answer.status, answer.body);
          assertVerdict(verdict);
          if (verdict.refused) {
            const changed = snapshotChanges(before, await storageSnapshot(sql, scope));
            if (changed.length > 0) throw new Error(`refused (${answer.status} ${answer.body.slice(0, 200)}) but wrote: ${changed.join(', ')}`);
          }
        }),
      ),
      { seed, numRuns: RUNS.intake },
    );
    reportSurvey('intake');
  }, 300_000);

  it(`the objection and repair form: ${RUNS.forms} submissions with arbitrary fields, tokens and files, no exception, field-specific translated errors, a refusal writes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(formCaseArb(), (c) =>
        checkCase(c, async () => {
          const before = await storageSnapshot(sql, scope);
          let outcome: ApplicationFormState;
          try {
            // What submitApplicationAction does with the bound kind and firm (edited, with `tamper`) and the posted form.
            outcome = await answerApplicationForm(
              { kind: c.tamper ? 'evil' : c.kind, uscc: formTarget.uscc, prev: { version: 0, values: {}, errors: [] }, form: formDataOf(c) },
              nextAddress(),
              crypto.randomUUID(),
            );
          } catch (error) {
            throw new Error(`the action would answer 500: ${(error as Error).stack ?? error}`);
          }
          if (outcome.receipt) {
            receipts.push({ trackingNo: outcome.receipt.trackingNo, accessCode: outcome.receipt.accessCode });
            return;
          }
          assertVerdict(judgeFormErrors(outcome.errors));
          // Once the form itself is read (no form-level refusal), each field the shared schema refuses has its own error.
          if (!outcome.errors.some((e) => e.field === 'form')) {
            for (const e of expectedFieldErrors(c.kind, c.fields)) {
              if (!outcome.errors.some((got) => got.field === e.field && got.code === e.code))
                throw new Error(`no ${e.field} error ${e.code} in ${JSON.stringify(outcome.errors)}`);
            }
          }
          const changed = snapshotChanges(before, await storageSnapshot(sql, scope));
          if (changed.length > 0) throw new Error(`refused (${JSON.stringify(outcome.errors)}) but wrote: ${changed.join(', ')}`);
        }),
      ),
      { seed, numRuns: RUNS.forms },
    );
    reportSurvey('forms');
    // The generators must reach the success path too, or the refusals prove little.
    expect(receipts.length).toBeGreaterThan(0);
  }, 300_000);

  it(`the status look-up: ${RUNS.lookups} look-ups with arbitrary tracking numbers and codes, no exception`, async () => {
    await fc.assert(
      fc.asyncProperty(lookupCaseArb(receipts.map((r) => r.trackingNo)), fc.boolean(), (c, useRealCode) =>
        checkCase({ ...c, useRealCode }, async () => {
          const known = receipts.find((r) => r.trackingNo === c.trackingNo);
          // What lookupApplicationAction does: the code field, at most 40 characters.
          const code = (useRealCode && known ? known.accessCode : (c.accessCode ?? '')).slice(0, 40);
          let outcome;
          try {
            outcome = await lookupApplication(c.trackingNo, code, nextAddress());
          } catch (error) {
            throw new Error(`the action would answer 500: ${(error as Error).stack ?? error}`);
          }
          if (useRealCode && known && !outcome.ok) throw new Error(`the right code for ${known.trackingNo} was refused: ${JSON.stringify(outcome)}`);
        }),
      ),
      { seed, numRuns: RUNS.lookups },
    );
    reportSurvey('status look-up');
  }, 300_000);
});

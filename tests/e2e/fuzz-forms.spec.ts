// The public forms fuzzed through the built site (the part of the fuzz test that needs the real
// HTTP server: the Server Actions themselves, reached the way a browser without JavaScript
// reaches them, with the action's own hidden fields and bound arguments in the form data):
// arbitrary fields, tokens, proofs of work, files and, now and then, edited bound arguments.
// Properties: no answer ≥ 500; every refusal shows each field the shared schema refuses with its
// translated error; a refused submission stores nothing. Fewer cases than the integration test
// (tests/integration/fuzz.test.ts): each case is two requests and a render. FUZZ_SEED / FUZZ_RUNS
// as there (FUZZ_RUNS here is this spec's total; default 120).
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { closeDb, getSql } from '../../lib/db/client';
import { dataDir } from '../../lib/env';
import { formCaseArb, fuzzSettings, lookupCaseArb } from '../support/fuzz-arbitraries';
import { sendFormCase, sendLookupCase, type FormTarget } from '../support/fuzz-http';
import { evidenceDirOf, snapshotChanges, storageSnapshot, type FuzzScope } from '../support/fuzz-storage';
import { createEntity, daysAgo } from '../factories/entities';

const { seed, runs } = fuzzSettings(120);
const FORM_RUNS = Math.max(1, Math.round(runs * 0.8));
const LOOKUP_RUNS = Math.max(1, runs - FORM_RUNS);

let target: FormTarget;
let scope: FuzzScope;
const trackingNos: string[] = [];
// Each case from its own address (the suite runs the site with TRUSTED_PROXY_HOPS=1): the limits are not under test.
let address = 0;
const nextHeaders = () => {
  address += 1;
  return { 'x-forwarded-for': `10.88.${(address >> 8) & 255}.${address & 255}` };
};

test.beforeAll(async () => {
  // A general penalty old enough for a repair application as well as an objection.
  const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(400), severity: 'general' }] });
  target = { uscc: firm.uscc, recordId: firm.recordIds[0]! };
  const [row] = await getSql()<{ id: number }[]>`select department_id as id from records where id = ${target.recordId}`;
  // The suite's worker deletes outbox rows as it handles them (an accepted case's among them).
  scope = { departmentIds: [row!.id], usccs: [firm.uscc], evidenceDir: evidenceDirOf(dataDir()), liveWorker: true };
});

test.afterAll(async () => {
  await closeDb();
});

test(`objection and repair forms: ${FORM_RUNS} fuzzed submissions (seed ${seed}), no 5xx, field-specific translated errors, refusals store nothing`, async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  await fc.assert(
    fc.asyncProperty(formCaseArb(), async (c) => {
      const before = await storageSnapshot(getSql(), scope);
      const answer = await sendFormCase(baseURL!, target, c, nextHeaders());
      if (!answer.verdict.ok) throw new Error(answer.verdict.problem);
      if (answer.receipt) trackingNos.push(answer.receipt.trackingNo);
      if (answer.verdict.refused) {
        const changed = snapshotChanges(before, await storageSnapshot(getSql(), scope));
        if (changed.length > 0) throw new Error(`refused, but stored: ${changed.join(', ')}`);
      }
    }),
    { seed, numRuns: FORM_RUNS },
  );
  // The generators must reach the success path too, or the refusals prove little.
  expect(trackingNos.length).toBeGreaterThan(0);
});

test(`status look-up: ${LOOKUP_RUNS} fuzzed tracking numbers and codes (seed ${seed}), no 5xx`, async ({ baseURL }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(lookupCaseArb(trackingNos), async (c) => {
      const answer = await sendLookupCase(baseURL!, c, nextHeaders());
      if (!answer.verdict.ok) throw new Error(answer.verdict.problem);
    }),
    { seed, numRuns: LOOKUP_RUNS },
  );
});

// Rule sets as versioned data (issue 17 part 6) against real PostgreSQL and Meilisearch: an admin
// adds a version (validated, audited, outboxed), a version effective tomorrow changes nothing today,
// and when the clock passes its date the worker's scheduled review re-rates every firm under it.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../lib/credit';
import { closeDb, getSql } from '../../lib/db/client';
import { insertCreditRuleSet } from '../../lib/db/mutations/credit-rule-sets';
import { refreshEntities } from '../../lib/entities/refresh-entities';
import { ratingDate } from '../../lib/env';
import { addRuleSet } from '../../lib/rule-sets/add-rule-set';
import { forgetCreditRuleSets, getCreditRuleSets } from '../../lib/rule-sets/get-credit-rule-sets';
import { formValuesFromRules, type RuleSetFormValues } from '../../lib/rule-sets/rule-set-form';
import { DALIAN_2021_RULES, rulesOf } from '../../lib/credit';
import type { StaffUser } from '../../lib/staff/types';
import { processOutboxBatch } from '../../lib/worker/process-outbox-batch';
import { runScheduledReview } from '../../lib/worker/run-worker';
import { createEntity, daysAgo } from '../factories/entities';
import { createStaffUserOf } from '../factories/staff';

const sql = getSql();
const today = ratingDate();
const tomorrow = addDays(today, 1);
const suffix = crypto.randomBytes(3).toString('hex');
const NEXT = `test-next-${suffix}`;
const LATER = `test-later-${suffix}`;
let admin: StaffUser;
let reviewer: StaffUser;

/** The form as an admin fills it: today's rules with red from 2 penalties (not 3), effective tomorrow. */
const form = (over: Partial<RuleSetFormValues> = {}): RuleSetFormValues => ({
  ...formValuesFromRules(rulesOf(DALIAN_2021_RULES)),
  version: NEXT,
  effectiveFrom: tomorrow,
  redMin: '2',
  ...over,
});

async function counts(): Promise<{ sets: number; audit: number; outbox: number }> {
  const [r] = await sql<{ sets: number; audit: number; outbox: number }[]>`
    select (select count(*) from credit_rule_sets)::int as sets, (select count(*) from audit_log)::int as audit,
           (select count(*) from outbox where topic = 'rule_set.added')::int as outbox`;
  return r!;
}

async function stored(id: number): Promise<{ level: string; version: string }> {
  const [r] = await sql<{ level: string; version: string }[]>`select credit_level as level, credit_rule_version as version from entities where id = ${id}`;
  return r!;
}

/** Firms whose stored rating names another version than `version`. */
async function firmsNotRatedUnder(version: string): Promise<number> {
  const [r] = await sql<{ n: number }[]>`select count(*)::int as n from entities where credit_rule_version is distinct from ${version}`;
  return r!.n;
}

async function drainOutbox(day: string): Promise<{ events: number; ms: number }> {
  const started = performance.now();
  let events = 0;
  for (let r = await processOutboxBatch(1000, { today: day }); r; r = await processOutboxBatch(1000, { today: day })) events += r.events;
  return { events, ms: performance.now() - started };
}

beforeAll(async () => {
  admin = await createStaffUserOf('jnamr', 'admin');
  reviewer = await createStaffUserOf('jnamr', 'reviewer');
  await sql`delete from outbox`;
});

afterAll(async () => {
  // Leave the database as the other files expect it: only dalian-2021, every firm rated on it today.
  await sql`delete from credit_rule_sets where version like 'test-%'`;
  forgetCreditRuleSets();
  await sql`delete from outbox`;
  const ids = (await sql<{ id: number }[]>`select id::int as id from entities where credit_rule_version is distinct from 'dalian-2021' order by id`).map(
    (r) => r.id,
  );
  for (let i = 0; i < ids.length; i += 1000) await refreshEntities(ids.slice(i, i + 1000), today, { waitForIndex: i + 1000 >= ids.length });
  await closeDb();
}, 300_000);

describe('adding a version in /admin', () => {
  it('is for admins only; a refusal writes nothing', async () => {
    const before = await counts();
    expect(await addRuleSet(reviewer, form())).toEqual({ ok: false, errors: [{ field: 'form', code: 'notAdmin' }] });
    expect(await counts()).toEqual(before);
  });

  it('refuses an effective date that is not in the future, and every threshold out of range, naming the field', async () => {
    const before = await counts();
    expect(await addRuleSet(admin, form({ effectiveFrom: today }))).toEqual({
      ok: false,
      errors: [{ field: 'effectiveFrom', code: 'effectiveFromNotFuture', params: { today } }],
    });
    expect(await addRuleSet(admin, form({ effectiveFrom: addDays(today, -1) }))).toMatchObject({ ok: false, errors: [{ field: 'effectiveFrom' }] });
    const r = await addRuleSet(admin, form({ windowYears: '0', redMin: '1', yellowBelowRate: '120', redListingKinds: ['dishonest_debtor'] }));
    expect(r).toEqual({
      ok: false,
      errors: [
        { field: 'windowYears', code: 'windowYearsRange' },
        { field: 'redMin', code: 'redMinNotAboveYellow' },
        { field: 'yellowBelowRate', code: 'rateRange' },
        { field: 'redListingKinds', code: 'kindsOverlap' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('stores a valid version with its audit entry and outbox row; a second one with the same name or day is refused', async () => {
    const before = await counts();
    expect(await addRuleSet(admin, form())).toEqual({ ok: true, version: NEXT });
    expect(await counts()).toEqual({ sets: before.sets + 1, audit: before.audit + 1, outbox: before.outbox + 1 });
    const [row] = await sql<{ effectiveFrom: string; createdBy: number; rules: string }[]>`
      select effective_from::text as "effectiveFrom", created_by as "createdBy", rules::text as rules from credit_rule_sets where version = ${NEXT}`;
    expect(row).toMatchObject({ effectiveFrom: tomorrow, createdBy: admin.id });
    expect(JSON.parse(row!.rules)).toEqual({ ...rulesOf(DALIAN_2021_RULES), penalties: { yellowMin: 1, redMin: 2 } });
    const [audit] = await sql<{ actorType: string; actorId: string; details: string }[]>`
      select actor_type as "actorType", actor_id as "actorId", details::text as details from audit_log
      where action = 'rule_set.create' and subject_type = 'credit_rule_set' and subject_id = ${NEXT}`;
    expect(audit).toMatchObject({ actorType: 'staff', actorId: String(admin.id) });
    expect(JSON.parse(audit!.details)).toMatchObject({ effectiveFrom: tomorrow, rules: { penalties: { redMin: 2 } } });

    expect(await addRuleSet(admin, form({ effectiveFrom: addDays(today, 30) }))).toEqual({ ok: false, errors: [{ field: 'version', code: 'versionTaken' }] });
    expect(await addRuleSet(admin, form({ version: `test-other-${suffix}` }))).toEqual({
      ok: false,
      errors: [{ field: 'effectiveFrom', code: 'effectiveFromTaken' }],
    });
    expect(await counts()).toEqual({ sets: before.sets + 1, audit: before.audit + 1, outbox: before.outbox + 1 });
  });
});

describe('a version effective tomorrow', () => {
  let yellowToRed: { id: number };
  let green: { id: number };

  beforeAll(async () => {
    // Created before the switch: rated under dalian-2021 (two penalties → yellow there, red under NEXT).
    yellowToRed = await createEntity({
      records: [
        { kind: 'penalty', decisionDate: daysAgo(40) },
        { kind: 'penalty', decisionDate: daysAgo(20) },
      ],
    });
    green = await createEntity();
  });

  it('another process’s new version reaches this one through the outbox, not only after the cache bound', async () => {
    await drainOutbox(today); // NEXT's own rule_set.added
    expect((await getCreditRuleSets()).map((s) => s.version)).toContain(NEXT);
    // As another process would: stored with its outbox row, this process's copy not told.
    const stored = await insertCreditRuleSet(
      { version: LATER, effectiveFrom: addDays(today, 2), rules: rulesOf(DALIAN_2021_RULES) },
      { type: 'staff', id: String(admin.id), staffId: admin.id },
    );
    expect(stored).toEqual({ ok: true });
    expect((await getCreditRuleSets()).map((s) => s.version)).not.toContain(LATER); // a copy younger than a minute
    expect((await drainOutbox(today)).events).toBe(1);
    expect((await getCreditRuleSets()).map((s) => s.version)).toContain(LATER);
  });

  it('changes nothing today', async () => {
    expect(await stored(yellowToRed.id)).toEqual({ level: 'yellow', version: 'dalian-2021' });
    await runScheduledReview(today);
    await drainOutbox(today);
    await refreshEntities([yellowToRed.id, green.id], today);
    expect(await stored(yellowToRed.id)).toEqual({ level: 'yellow', version: 'dalian-2021' });
    expect(await stored(green.id)).toEqual({ level: 'green', version: 'dalian-2021' });
    // No firm is rated under the new version yet (firms other tests left unrated, version null, aside).
    const [other] = await sql<{ n: number }[]>`
      select count(*)::int as n from entities where credit_rule_version is not null and credit_rule_version <> 'dalian-2021'`;
    expect(other!.n).toBe(0);
  });

  it('re-rates every firm under it when the clock passes its date, once', async () => {
    const [{ firms } = { firms: 0 }] = await sql<{ firms: number }[]>`select count(*)::int as firms from entities`;
    expect(firms).toBeGreaterThan(1000);
    const sweepStarted = performance.now();
    const queued = await runScheduledReview(tomorrow);
    const sweepMs = performance.now() - sweepStarted;
    expect(queued).toBeGreaterThanOrEqual(firms);
    const drained = await drainOutbox(tomorrow);
    // Measured on the test database (see the README, "Rule sets"): the sweep's queueing and the re-rating.
    console.info(
      `[rule-sets] switch to ${NEXT}: ${firms} firms queued in ${Math.round(sweepMs)} ms, ${drained.events} events re-rated in ${Math.round(drained.ms)} ms`,
    );

    expect(await stored(yellowToRed.id)).toEqual({ level: 'red', version: NEXT });
    expect(await stored(green.id)).toEqual({ level: 'green', version: NEXT });
    expect(await firmsNotRatedUnder(NEXT)).toBe(0);
    const [swept] = await sql<{ swept: boolean }[]>`select swept_at is not null as swept from credit_rule_sets where version = ${NEXT}`;
    expect(swept!.swept).toBe(true);
    // The next review (the same day, or after a restart) does not queue the city again.
    await sql`update entities set next_review_on = null where next_review_on <= ${tomorrow}`;
    expect(await runScheduledReview(tomorrow)).toBe(0);
  }, 300_000);
});

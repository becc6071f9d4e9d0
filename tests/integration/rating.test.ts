// The stored level of an entity follows the rules for its records, end to end through
// PostgreSQL: factories insert rows, refreshEntities rates and stores, we read back.
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { getRatingInputs } from '../../lib/db/queries/get-rating-inputs';
import { rateEntity, selectRuleSet, subtractYears } from '../../lib/credit';
import { ratingDate } from '../../lib/env';
import { createEntity, daysAgo, type EntitySpec } from '../factories/entities';

afterAll(async () => {
  await closeDb();
});

const inPublicity = { publicityEnd: daysAgo(-365) };

const cases: [string, EntitySpec, string][] = [
  ['no records → green', {}, 'green'],
  ['one penalty → yellow', { records: [{ kind: 'penalty', decisionDate: daysAgo(10), ...inPublicity }] }, 'yellow'],
  ['two penalties → yellow', { records: [1, 2].map((i) => ({ kind: 'penalty' as const, decisionDate: daysAgo(10 * i), ...inPublicity })) }, 'yellow'],
  ['three penalties → red', { records: [1, 2, 3].map((i) => ({ kind: 'penalty' as const, decisionDate: daysAgo(10 * i), ...inPublicity })) }, 'red'],
  ['a penalty outside the two-year window → green', { records: [{ kind: 'penalty', decisionDate: daysAgo(800), ...inPublicity }] }, 'green'],
  ['a suspended penalty → green', { records: [{ kind: 'penalty', decisionDate: daysAgo(10), status: 'suspended', ...inPublicity }] }, 'green'],
  [
    'a penalty under objection still counts → yellow',
    { records: [{ kind: 'penalty', decisionDate: daysAgo(10), status: 'under_objection', ...inPublicity }] },
    'yellow',
  ],
  ['a penalty whose publicity ended → green', { records: [{ kind: 'penalty', decisionDate: daysAgo(200), publicityEnd: daysAgo(5) }] }, 'green'],
  ['revoked licence status → black', { status: 'revoked' }, 'black'],
  ['tax violation listed now → black', { records: [{ kind: 'tax_violation', decisionDate: daysAgo(100) }] }, 'black'],
  ['serious-illegal listing removed → green', { records: [{ kind: 'serious_illegal_listing', decisionDate: daysAgo(300), removedOn: daysAgo(30) }] }, 'green'],
  ['abnormal listing now → red', { records: [{ kind: 'abnormal_listing', decisionDate: daysAgo(30) }] }, 'red'],
  ['5 complaints, 40% resolved → red', { complaints: [{ periodStart: daysAgo(60).slice(0, 8) + '01', count: 5, resolved: 2 }] }, 'red'],
  ['5 complaints, 60% resolved → yellow', { complaints: [{ periodStart: daysAgo(60).slice(0, 8) + '01', count: 5, resolved: 3 }] }, 'yellow'],
  ['3 complaints, none resolved → green', { complaints: [{ periodStart: daysAgo(60).slice(0, 8) + '01', count: 3, resolved: 0 }] }, 'green'],
];

describe('stored credit level', () => {
  it.each(cases)('%s', async (_label, spec, expected) => {
    const created = await createEntity(spec);
    expect(created.level).toBe(expected);
    const [row] = await getSql()<{ reasons: { recordIds: string[] }[] }[]>`select credit_reasons as reasons from entities where id = ${created.id}`;
    // Reasons name only this entity's records.
    for (const reason of row!.reasons) for (const id of reason.recordIds) expect(created.recordIds).toContain(id);
  });

  it('matches a fresh recomputation for seeded entities', async () => {
    const today = ratingDate();
    const since = subtractYears(today, selectRuleSet(today).windowYears);
    const sample = await getSql()<{ id: number; level: string }[]>`
      select id::int as id, credit_level as level from entities
      where registrar_department_id = (select id from departments where code = 'jnamr') order by id limit 500`;
    expect(sample.length).toBeGreaterThan(100);
    const inputs = await getRatingInputs(
      sample.map((s) => s.id),
      since,
    );
    const stored = new Map(sample.map((s) => [s.id, s.level]));
    const mismatches = inputs.filter((i) => rateEntity(i, today).level !== stored.get(i.entityId));
    expect(mismatches.map((m) => m.uscc)).toEqual([]);
  });

  it('all four levels occur in the seeded city and most firms are green', async () => {
    // Only the seeded firms (registered by the city's registrar): other tests add firms of their own.
    const rows = await getSql()<{ level: string; n: number }[]>`
      select credit_level as level, count(*)::int as n from entities
      where registrar_department_id = (select id from departments where code = 'jnamr') group by 1`;
    const counts = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    for (const level of ['green', 'yellow', 'red', 'black']) expect(counts[level] ?? 0).toBeGreaterThan(0);
    const total = rows.reduce((n, r) => n + r.n, 0);
    expect((counts.green ?? 0) / total).toBeGreaterThan(0.6);
  });
});

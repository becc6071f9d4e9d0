// The publicity catalogue (lib/domain/publicity.ts): lookups by kind, severity and effective date,
// the publicity end a record gets from it, its bounds, repair dates, whether a record counts toward
// the level, and that the seeder's fast day-number dates follow the same rule.
import { describe, expect, it } from 'vitest';
import { rateEntity } from '../../lib/credit';
import {
  ABNORMAL_LISTING_ESCALATION_DAYS,
  addMonthsToDate,
  countsTowardLevel,
  defaultPublicityEnd,
  findPublicityRule,
  periodEnd,
  publicityEndBounds,
  repairOpening,
  resolvePublicityEnd,
  rulesInForce,
  SEED_PUBLICITY_CATALOGUE,
  upcomingRules,
  type PublicityRule,
} from '../../lib/domain/publicity';
import { RECORD_KINDS, SEVERITIES, type Severity } from '../../lib/domain/vocabulary';
import { addMonthsToDay, dayOf, isoOf } from '../../lib/seed/days';

const seed = SEED_PUBLICITY_CATALOGUE;
const penaltyRule = (severity: Severity, catalogue: readonly PublicityRule[] = seed, on = '2026-06-01') =>
  findPublicityRule(catalogue, 'penalty', severity, on)!;

describe('the seed catalogue', () => {
  it('has one entry for every kind, and one per severity for penalties', () => {
    for (const kind of RECORD_KINDS.filter((k) => k !== 'penalty')) expect(findPublicityRule(seed, kind, null, '2026-06-01'), kind).not.toBeNull();
    for (const severity of SEVERITIES) expect(penaltyRule(severity).severity).toBe(severity);
    expect(seed).toHaveLength(RECORD_KINDS.length - 1 + SEVERITIES.length);
  });

  it('holds the periods of the notices: minor 3 months, general 3 months to 1 year, serious 1 to 3 years', () => {
    expect(SEVERITIES.map((s) => [s, penaltyRule(s).minMonths, penaltyRule(s).maxMonths])).toEqual([
      ['minor', 3, 3],
      ['general', 3, 12],
      ['serious', 12, 36],
      ['specific_serious', 36, 36],
    ]);
    for (const severity of SEVERITIES) expect(penaltyRule(severity).maxMonths!).toBeGreaterThanOrEqual(penaltyRule(severity).minMonths!);
  });

  it('keeps simple-procedure penalties out of the level, and specific serious ones from early repair', () => {
    expect(penaltyRule('minor').countsTowardLevel).toBe(false);
    expect(penaltyRule('general').countsTowardLevel).toBe(true);
    expect(penaltyRule('specific_serious').repairBeforeMax).toBe(false);
    expect(findPublicityRule(seed, 'department_blacklist', null, '2026-06-01')).toMatchObject({ countsTowardLevel: true, maxMonths: null });
    expect(findPublicityRule(seed, 'judicial_assistance', null, '2026-06-01')).toMatchObject({ countsTowardLevel: false, maxMonths: 36 });
  });

  it('uses the working-day collection deadline of each kind: 7 for basic information and penalties, 20 for the rest', () => {
    expect(penaltyRule('serious').collectionWorkingDays).toBe(7);
    expect(findPublicityRule(seed, 'licence', null, '2026-06-01')!.collectionWorkingDays).toBe(7);
    expect(findPublicityRule(seed, 'department_blacklist', null, '2026-06-01')!.collectionWorkingDays).toBe(20);
  });
});

describe('versions', () => {
  const later: PublicityRule = { ...penaltyRule('general'), maxMonths: 24, effectiveFrom: '2027-01-01' };
  const catalogue = [...seed, later];

  it('apply to records decided on or after their effective date', () => {
    expect(penaltyRule('general', catalogue, '2026-12-31').maxMonths).toBe(12);
    expect(penaltyRule('general', catalogue, '2027-01-01').maxMonths).toBe(24);
  });

  it('are listed as in force or upcoming', () => {
    expect(rulesInForce(catalogue, '2026-12-31').find((r) => r.kind === 'penalty' && r.severity === 'general')!.maxMonths).toBe(12);
    expect(rulesInForce(catalogue, '2027-01-01').find((r) => r.kind === 'penalty' && r.severity === 'general')!.maxMonths).toBe(24);
    expect(upcomingRules(catalogue, '2026-12-31')).toEqual([later]);
    expect(upcomingRules(catalogue, '2027-01-01')).toEqual([]);
  });

  it('find nothing before the first version', () => {
    expect(findPublicityRule(seed, 'penalty', 'general', '1999-12-31')).toBeNull();
  });
});

describe('the publicity end', () => {
  it('ends the day before the same date N months after the decision', () => {
    expect(defaultPublicityEnd(penaltyRule('minor'), '2026-01-15')).toBe('2026-04-14');
    expect(defaultPublicityEnd(penaltyRule('general'), '2026-01-15')).toBe('2027-01-14');
    expect(defaultPublicityEnd(penaltyRule('serious'), '2026-01-15')).toBe('2029-01-14');
    expect(defaultPublicityEnd(penaltyRule('minor'), '2026-03-01')).toBe('2026-05-31');
    expect(defaultPublicityEnd(findPublicityRule(seed, 'abnormal_listing', null, '2026-06-01')!, '2026-01-15')).toBeNull();
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(addMonthsToDate('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsToDate('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(periodEnd('2025-11-30', 3)).toBe('2026-02-27');
  });

  it('is the catalogue maximum when none is sent', () => {
    expect(resolvePublicityEnd(seed, { kind: 'penalty', severity: 'serious', decisionDate: '2026-01-15', publicityEnd: null })).toEqual({
      ok: true,
      publicityEnd: '2029-01-14',
    });
    expect(resolvePublicityEnd(seed, { kind: 'serious_illegal_listing', severity: null, decisionDate: '2026-01-15', publicityEnd: null })).toEqual({
      ok: true,
      publicityEnd: null,
    });
  });

  it('is refused outside the bounds, naming the bound; the bounds themselves are accepted', () => {
    const decided = '2026-01-15';
    const { earliest, latest } = publicityEndBounds(penaltyRule('general'), decided);
    expect([earliest, latest]).toEqual(['2026-04-14', '2027-01-14']);
    const check = (publicityEnd: string) => resolvePublicityEnd(seed, { kind: 'penalty', severity: 'general', decisionDate: decided, publicityEnd });
    expect(check('2026-04-14')).toEqual({ ok: true, publicityEnd: '2026-04-14' });
    expect(check('2027-01-14')).toEqual({ ok: true, publicityEnd: '2027-01-14' });
    expect(check('2026-04-13')).toEqual({ ok: false, code: 'publicityTooShort', bound: '2026-04-14' });
    expect(check('2027-01-15')).toEqual({ ok: false, code: 'publicityTooLong', bound: '2027-01-14' });
  });

  it('is refused for a penalty the catalogue has no entry for', () => {
    expect(resolvePublicityEnd([], { kind: 'penalty', severity: 'general', decisionDate: '2026-01-15', publicityEnd: null })).toEqual({
      ok: false,
      code: 'notInCatalogue',
    });
  });

  it('agrees with the seeder’s day-number arithmetic on every day of four years', () => {
    for (let day = dayOf('2022-01-01'); day < dayOf('2026-01-01'); day += 1) {
      for (const severity of SEVERITIES) {
        expect(defaultPublicityEnd(penaltyRule(severity), isoOf(day))).toBe(isoOf(addMonthsToDay(day, penaltyRule(severity).maxMonths!) - 1));
      }
    }
  });
});

describe('repair', () => {
  const record = (severity: Severity, publicityStart: string | null = '2026-01-15') => ({
    kind: 'penalty' as const,
    severity,
    decisionDate: '2026-01-15',
    publicityStart,
  });

  it('opens after the minimum period', () => {
    expect(repairOpening(seed, record('serious'))).toEqual({ from: '2027-01-15', code: 'notYetEligible' });
    expect(repairOpening(seed, record('general', null))).toEqual({ from: '2026-04-15', code: 'notYetEligible' });
  });

  it('opens for a specific serious penalty only after its maximum', () => {
    expect(repairOpening(seed, record('specific_serious'))).toEqual({ from: '2029-01-15', code: 'notBeforeMaximum' });
  });
});

describe('the level', () => {
  const penalty = (id: string, severity: Severity, countsTowardLevel?: boolean | null) => ({
    id,
    kind: 'penalty' as const,
    status: 'published' as const,
    decisionDate: '2026-10-01',
    publicityEnd: null,
    removedOn: null,
    severity,
    ...(countsTowardLevel === undefined ? {} : { countsTowardLevel }),
  });
  const rate = (records: ReturnType<typeof penalty>[]) => rateEntity({ entityStatus: 'active', records, complaints: [] }, '2026-11-01');

  it('counts every severity but the simple procedure (seed catalogue when the loader says nothing)', () => {
    expect(countsTowardLevel(seed, 'penalty', 'minor', '2026-10-01')).toBe(false);
    expect(rate([penalty('1', 'minor'), penalty('2', 'minor'), penalty('3', 'minor')]).level).toBe('green');
    expect(rate([penalty('1', 'general')]).level).toBe('yellow');
    expect(rate([penalty('1', 'specific_serious'), penalty('2', 'serious'), penalty('3', 'general'), penalty('4', 'minor')])).toMatchObject({
      level: 'red',
      reasons: [{ code: 'penalties', recordIds: ['1', '2', '3'], count: 3 }],
    });
  });

  it('follows the stored catalogue flag when the loader gives one', () => {
    expect(rate([penalty('1', 'minor', true)]).level).toBe('yellow');
    expect(rate([penalty('1', 'general', false)]).level).toBe('green');
    expect(rate([penalty('1', 'minor', null)]).level).toBe('green');
  });
});

it('escalates an unresolved abnormal-operations listing after three years', () => {
  expect(ABNORMAL_LISTING_ESCALATION_DAYS).toBe(3 * 365 + 1);
});

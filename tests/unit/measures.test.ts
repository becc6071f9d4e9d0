// Pure rules of the measures catalogue (激励/惩戒, issue 16 parts 3 and 4): which measures apply to
// a level and a set of lists, effective dates at both ends, the API filters, and the seed catalogue.
import { describe, expect, it } from 'vitest';
import { applicableMeasures, excludesSupport, isMeasureInForce, measureApplies, type MeasureScope } from '../../lib/domain/measures';
import { filterMeasures, parseMeasureQuery } from '../../lib/measures/measure-query';
import { SEED_MEASURES } from '../../lib/seed/measures';

type M = MeasureScope & { code: string; excludesSupport: boolean };
const measure = (code: string, over: Partial<M>): M => ({
  code,
  kind: 'punitive',
  levels: [],
  listKinds: [],
  effectiveFrom: '2020-01-01',
  effectiveTo: null,
  excludesSupport: false,
  ...over,
});

const catalogue: M[] = [
  measure('green-channel', { kind: 'incentive', levels: ['green'] }),
  measure('subsidies', { levels: ['black'], listKinds: ['serious_illegal_listing', 'dishonest_debtor'], excludesSupport: true }),
  measure('supervision', { levels: ['red', 'black'], listKinds: ['abnormal_listing'] }),
  measure('high-spending', { listKinds: ['dishonest_debtor'] }),
  measure('ended', { levels: ['black'], effectiveFrom: '2018-01-01', effectiveTo: '2025-12-31' }),
  measure('upcoming', { kind: 'incentive', levels: ['green'], effectiveFrom: '2027-01-01' }),
];
const today = '2026-06-01';
const codes = (ms: readonly M[]) => ms.map((m) => m.code);

describe('isMeasureInForce', () => {
  it('counts both ends of the period as in force', () => {
    const m = { effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' };
    expect(isMeasureInForce(m, '2025-12-31')).toBe(false);
    expect(isMeasureInForce(m, '2026-01-01')).toBe(true);
    expect(isMeasureInForce(m, '2026-06-30')).toBe(true);
    expect(isMeasureInForce(m, '2026-07-01')).toBe(false);
    expect(isMeasureInForce({ effectiveFrom: '2026-01-01', effectiveTo: null }, '2099-01-01')).toBe(true);
  });
});

describe('applicableMeasures', () => {
  it('gives a green firm the incentives in force, and nothing punitive', () => {
    expect(codes(applicableMeasures(catalogue, { level: 'green', listings: [] }, today))).toEqual(['green-channel']);
  });

  it('gives a yellow firm on no list nothing', () => {
    expect(applicableMeasures(catalogue, { level: 'yellow', listings: [] }, today)).toEqual([]);
  });

  it('applies a measure by list even where the level does not name it', () => {
    expect(codes(applicableMeasures(catalogue, { level: 'red', listings: ['dishonest_debtor'] }, today))).toEqual([
      'subsidies',
      'supervision',
      'high-spending',
    ]);
  });

  it('gives a black firm on the serious-illegal list the punitive measures in force, not the ended one', () => {
    const ms = applicableMeasures(catalogue, { level: 'black', listings: ['serious_illegal_listing'] }, today);
    expect(codes(ms)).toEqual(['subsidies', 'supervision']);
    expect(excludesSupport(ms)).toBe(true);
  });

  it('applies an ended measure while it was in force, and an upcoming one only once it starts', () => {
    expect(measureApplies(catalogue[4]!, { level: 'black', listings: [] }, '2025-12-31')).toBe(true);
    expect(measureApplies(catalogue[4]!, { level: 'black', listings: [] }, '2026-01-01')).toBe(false);
    expect(codes(applicableMeasures(catalogue, { level: 'green', listings: [] }, '2027-01-01'))).toEqual(['green-channel', 'upcoming']);
  });

  it('lists punitive measures before incentives', () => {
    const mixed = [measure('a', { kind: 'incentive', levels: ['red'] }), measure('b', { levels: ['red'] })];
    expect(codes(applicableMeasures(mixed, { level: 'red', listings: [] }, today))).toEqual(['b', 'a']);
  });
});

describe('the API filters', () => {
  const q = (s: string) => parseMeasureQuery(new URLSearchParams(s));

  it('keeps measures in force only', () => {
    expect(codes(filterMeasures(catalogue, q(''), today))).toEqual(['green-channel', 'subsidies', 'supervision', 'high-spending']);
  });

  it('filters by level, by list (record kind or page slug) and by kind', () => {
    expect(codes(filterMeasures(catalogue, q('level=red'), today))).toEqual(['supervision']);
    expect(codes(filterMeasures(catalogue, q('list=dishonest_debtor'), today))).toEqual(['subsidies', 'high-spending']);
    expect(codes(filterMeasures(catalogue, q('list=dishonest-debtors'), today))).toEqual(['subsidies', 'high-spending']);
    expect(codes(filterMeasures(catalogue, q('level=green&list=abnormal_listing'), today))).toEqual(['green-channel', 'supervision']);
    expect(codes(filterMeasures(catalogue, q('kind=incentive'), today))).toEqual(['green-channel']);
  });

  it('names the bad parameter', () => {
    expect(() => q('level=purple')).toThrow(expect.objectContaining({ code: 'bad_parameter', params: expect.objectContaining({ param: 'level' }) }));
    expect(() => q('list=nowhere')).toThrow(expect.objectContaining({ code: 'bad_parameter' }));
  });
});

describe('the seed catalogue', () => {
  it('has at least six punitive and four incentive measures, each citing its basis in Chinese and English', () => {
    expect(SEED_MEASURES.filter((m) => m.kind === 'punitive').length).toBeGreaterThanOrEqual(6);
    expect(SEED_MEASURES.filter((m) => m.kind === 'incentive').length).toBeGreaterThanOrEqual(4);
    for (const m of SEED_MEASURES) {
      expect(m.legalBasis.zh).toMatch(/〔\d{4}〕/);
      expect(m.legalBasis.en).toMatch(/§|art\./);
      expect(m.levels.length + m.listKinds.length).toBeGreaterThan(0);
      expect(m.code).toMatch(/^[a-z0-9-]+$/);
    }
    expect(new Set(SEED_MEASURES.map((m) => m.code)).size).toBe(SEED_MEASURES.length);
  });

  it('takes support away from every blacklisted firm, and gives green firms incentives', () => {
    const seeded = SEED_MEASURES.map((m) => ({ ...m, effectiveTo: null, excludesSupport: m.excludesSupport ?? false }));
    for (const list of ['serious_illegal_listing', 'dishonest_debtor', 'tax_violation'] as const) {
      expect(excludesSupport(applicableMeasures(seeded, { level: 'black', listings: [list] }, today))).toBe(true);
    }
    const green = applicableMeasures(seeded, { level: 'green', listings: [] }, today);
    expect(green.length).toBeGreaterThanOrEqual(4);
    expect(green.every((m) => m.kind === 'incentive')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { BLACKLIST_KINDS, LISTING_KINDS, type RecordStatus } from '../../lib/domain/vocabulary';
import {
  CREDIT_RULE_SETS,
  DALIAN_2021_RULES,
  addDays,
  addYears,
  compareLevels,
  isCurrentlyListed,
  isIsoDate,
  isRecordPublic,
  leavesWindowOn,
  maxLevel,
  nextRatingChangeDate,
  rateEntity,
  selectRuleSet,
  subtractYears,
  sumComplaintsInWindow,
  type ComplaintMonth,
  type CreditRuleSet,
  type RatingInput,
  type RatingRecord,
} from '../../lib/credit';

const RATING_DATE = '2026-11-22';
const WINDOW_START = '2024-11-22';

let seq = 0;
/** Builds a record with sensible defaults (a public penalty decided a month before the rating date). */
function rec(overrides: Partial<RatingRecord> = {}): RatingRecord {
  seq += 1;
  return {
    id: `r${seq}`,
    kind: 'penalty',
    status: 'published',
    decisionDate: '2026-10-01',
    publicityEnd: null,
    removedOn: null,
    severity: 'general',
    ...overrides,
  };
}

/** Builds a rating input for an active entity. */
function input(records: RatingRecord[] = [], complaints: ComplaintMonth[] = [], entityStatus: RatingInput['entityStatus'] = 'active'): RatingInput {
  return { entityStatus, records, complaints };
}

/** Rates on the default rating date. */
function rate(i: RatingInput, date = RATING_DATE) {
  return rateEntity(i, date);
}

function penalties(n: number, overrides: Partial<RatingRecord> = {}): RatingRecord[] {
  return Array.from({ length: n }, () => rec(overrides));
}

function month(periodStart: string, count: number, resolved: number): ComplaintMonth {
  return { periodStart, count, resolved };
}

const NON_PUBLIC: RecordStatus[] = ['suspended', 'revoked', 'repaired', 'expired'];
const PUBLIC: RecordStatus[] = ['published', 'under_objection', 'corrected'];

describe('dates', () => {
  it('subtracts years on ordinary dates', () => {
    expect(subtractYears('2026-11-22', 2)).toBe('2024-11-22');
    expect(subtractYears('2026-01-01', 2)).toBe('2024-01-01');
    expect(subtractYears('2026-12-31', 2)).toBe('2024-12-31');
  });
  it('maps Feb 29 to Feb 28 in a non-leap target year', () => {
    expect(subtractYears('2024-02-29', 2)).toBe('2022-02-28');
    expect(subtractYears('2024-02-29', 1)).toBe('2023-02-28');
    expect(subtractYears('2024-02-29', 4)).toBe('2020-02-29');
    expect(subtractYears('2000-02-29', 100)).toBe('1900-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('keeps Feb 28 and Mar 1 unchanged', () => {
    expect(subtractYears('2026-02-28', 2)).toBe('2024-02-28');
    expect(subtractYears('2026-03-01', 2)).toBe('2024-03-01');
  });
  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
  it('rejects invalid dates', () => {
    expect(() => subtractYears('2026-2-1', 1)).toThrow(/Invalid ISO date/);
    expect(() => subtractYears('2023-02-29', 1)).toThrow(/no such day/);
    expect(() => addDays('2026-13-01', 1)).toThrow();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('2026-11-22T00:00:00Z')).toBe(false);
  });
  it('rejects an invalid rating date in rateEntity', () => {
    expect(() => rateEntity(input(), '22/11/2026')).toThrow(/Invalid ISO date/);
  });
});

describe('isRecordPublic', () => {
  it.each(PUBLIC)('status %s is public', (status) => {
    expect(isRecordPublic(rec({ status }), RATING_DATE)).toBe(true);
  });
  it.each(NON_PUBLIC)('status %s is not public', (status) => {
    expect(isRecordPublic(rec({ status }), RATING_DATE)).toBe(false);
  });
  it('publicityEnd before the rating date ends publicity', () => {
    expect(isRecordPublic(rec({ publicityEnd: '2026-11-21' }), RATING_DATE)).toBe(false);
  });
  it('publicityEnd on the rating date is still public', () => {
    expect(isRecordPublic(rec({ publicityEnd: RATING_DATE }), RATING_DATE)).toBe(true);
  });
  it('publicityEnd after the rating date is public', () => {
    expect(isRecordPublic(rec({ publicityEnd: '2026-11-23' }), RATING_DATE)).toBe(true);
  });
  it('a decision after the rating date is not public yet; on the date it is', () => {
    expect(isRecordPublic(rec({ decisionDate: '2026-11-23' }), RATING_DATE)).toBe(false);
    expect(isRecordPublic(rec({ decisionDate: RATING_DATE }), RATING_DATE)).toBe(true);
  });
});

describe('isCurrentlyListed', () => {
  const listing = (o: Partial<RatingRecord> = {}) => rec({ kind: 'abnormal_listing', severity: null, ...o });
  it('removedOn null means listed', () => {
    expect(isCurrentlyListed(listing(), RATING_DATE)).toBe(true);
  });
  it('removedOn before the rating date means not listed', () => {
    expect(isCurrentlyListed(listing({ removedOn: '2026-11-21' }), RATING_DATE)).toBe(false);
  });
  it('removedOn on the rating date means not listed', () => {
    expect(isCurrentlyListed(listing({ removedOn: RATING_DATE }), RATING_DATE)).toBe(false);
  });
  it('removedOn after the rating date means still listed', () => {
    expect(isCurrentlyListed(listing({ removedOn: '2026-11-23' }), RATING_DATE)).toBe(true);
  });
  it('listed after the rating date is not listed yet; listed on the date is', () => {
    expect(isCurrentlyListed(listing({ decisionDate: '2026-11-23' }), RATING_DATE)).toBe(false);
    expect(isCurrentlyListed(listing({ decisionDate: RATING_DATE }), RATING_DATE)).toBe(true);
  });
  it.each(NON_PUBLIC)('a %s listing is not listed', (status) => {
    expect(isCurrentlyListed(listing({ status }), RATING_DATE)).toBe(false);
  });
  it('a listing whose publicity ended is not listed', () => {
    expect(isCurrentlyListed(listing({ publicityEnd: '2026-11-21' }), RATING_DATE)).toBe(false);
  });
  it('a non-listing kind is never listed', () => {
    expect(isCurrentlyListed(rec({ kind: 'penalty' }), RATING_DATE)).toBe(false);
    expect(isCurrentlyListed(rec({ kind: 'licence_revocation' }), RATING_DATE)).toBe(false);
  });
  it.each(LISTING_KINDS)('%s is a listing kind', (kind) => {
    expect(isCurrentlyListed(rec({ kind }), RATING_DATE)).toBe(true);
  });
});

describe('levels', () => {
  it('orders green < yellow < red < black', () => {
    expect(compareLevels('green', 'yellow')).toBeLessThan(0);
    expect(compareLevels('yellow', 'red')).toBeLessThan(0);
    expect(compareLevels('red', 'black')).toBeLessThan(0);
    expect(compareLevels('black', 'green')).toBeGreaterThan(0);
    expect(compareLevels('red', 'red')).toBe(0);
  });
  it('maxLevel returns the highest, green when empty', () => {
    expect(maxLevel()).toBe('green');
    expect(maxLevel('yellow', 'green')).toBe('yellow');
    expect(maxLevel('yellow', 'black', 'red')).toBe('black');
    expect(maxLevel('red', 'yellow')).toBe('red');
  });
});

describe('rule sets', () => {
  it('has the Dalian 2021 set', () => {
    expect(CREDIT_RULE_SETS).toHaveLength(1);
    expect(CREDIT_RULE_SETS[0]).toEqual({
      version: 'dalian-2021',
      effectiveFrom: '2021-01-01',
      windowYears: 2,
      penalties: { yellowMin: 1, redMin: 3 },
      complaints: { minCount: 4, redAtOrBelowRate: 0.5, yellowBelowRate: 0.8 },
      blackOnEntityRevoked: true,
      blackListingKinds: ['serious_illegal_listing', 'dishonest_debtor', 'tax_violation', 'department_blacklist'],
      blackRecordKinds: ['licence_revocation'],
      redListingKinds: ['abnormal_listing'],
    });
  });
  it('selects the set in effect, inclusive of effectiveFrom', () => {
    expect(selectRuleSet('2021-01-01').version).toBe('dalian-2021');
    expect(selectRuleSet(RATING_DATE).version).toBe('dalian-2021');
  });
  it('throws when no set is in effect', () => {
    expect(() => selectRuleSet('2020-12-31')).toThrow(/No credit rule set is in effect on 2020-12-31/);
    expect(() => selectRuleSet(RATING_DATE, [])).toThrow(/No credit rule set/);
    expect(() => rateEntity(input(), '2020-12-31')).toThrow(/No credit rule set/);
  });
  const stricter: CreditRuleSet = {
    ...DALIAN_2021_RULES,
    version: 'test-2026',
    effectiveFrom: '2026-07-01',
    windowYears: 1,
    penalties: { yellowMin: 1, redMin: 2 },
  };
  const sets = [stricter, DALIAN_2021_RULES]; // unordered on purpose
  it('picks the latest set whose effectiveFrom <= rating date, whatever the order', () => {
    expect(selectRuleSet('2026-06-30', sets).version).toBe('dalian-2021');
    expect(selectRuleSet('2026-07-01', sets).version).toBe('test-2026');
    expect(selectRuleSet('2030-01-01', sets).version).toBe('test-2026');
  });
  it('applies the thresholds and window of the selected set', () => {
    const i = input(penalties(2, { decisionDate: '2026-06-01' }));
    const before = rateEntity(i, '2026-06-30', sets);
    expect(before.level).toBe('yellow');
    expect(before.ruleVersion).toBe('dalian-2021');
    expect(before.windowStart).toBe('2024-06-30');
    const after = rateEntity(i, '2026-07-01', sets);
    expect(after.level).toBe('red');
    expect(after.ruleVersion).toBe('test-2026');
    expect(after.windowStart).toBe('2025-07-01');
  });
  it('a version effective tomorrow changes nothing today and applies from tomorrow', () => {
    const tomorrow = '2026-11-23';
    const next: CreditRuleSet = { ...DALIAN_2021_RULES, version: 'next', effectiveFrom: tomorrow, penalties: { yellowMin: 1, redMin: 2 } };
    const withNext = [DALIAN_2021_RULES, next];
    expect(selectRuleSet(RATING_DATE, withNext)).toBe(DALIAN_2021_RULES);
    expect(selectRuleSet(tomorrow, withNext)).toBe(next);
    const i = input(penalties(2));
    expect(rateEntity(i, RATING_DATE, withNext)).toEqual(rateEntity(i, RATING_DATE));
    expect(rateEntity(i, tomorrow, withNext)).toMatchObject({ level: 'red', ruleVersion: 'next' });
    expect(rateEntity(i, tomorrow)).toMatchObject({ level: 'yellow', ruleVersion: 'dalian-2021' });
  });
  it('a set without blackOnEntityRevoked does not blacken a revoked entity', () => {
    const lenient: CreditRuleSet = { ...DALIAN_2021_RULES, blackOnEntityRevoked: false };
    expect(rateEntity(input([], [], 'revoked'), RATING_DATE, [lenient]).level).toBe('green');
  });
});

describe('rateEntity: green', () => {
  it('an empty active entity is green with no reasons', () => {
    expect(rate(input())).toEqual({
      level: 'green',
      reasons: [],
      ruleVersion: 'dalian-2021',
      ratedOn: RATING_DATE,
      windowStart: WINDOW_START,
      complaints: { count: 0, resolvedRate: null },
    });
  });
  it('a cancelled entity is not black by status', () => {
    expect(rate(input([], [], 'cancelled')).level).toBe('green');
  });
  it('good and basic records do not affect the level', () => {
    const records = (['honour', 'credit_commitment', 'licence', 'inspection'] as const).map((kind) => rec({ kind, severity: null }));
    expect(rate(input(records)).level).toBe('green');
  });
});

describe('rateEntity: penalties', () => {
  it.each([
    [0, 'green'],
    [1, 'yellow'],
    [2, 'yellow'],
    [3, 'red'],
    [4, 'red'],
  ] as const)('%i penalties → %s', (n, level) => {
    const records = penalties(n);
    const r = rate(input(records));
    expect(r.level).toBe(level);
    if (n === 0) {
      expect(r.reasons).toEqual([]);
    } else {
      expect(r.reasons).toEqual([{ code: 'penalties', level, recordIds: records.map((x) => x.id), count: n }]);
    }
  });
  it.each(['general', 'serious', 'specific_serious', null] as const)('severity %s counts', (severity) => {
    expect(rate(input(penalties(3, { severity }))).level).toBe('red');
  });
  it('a simple-procedure (minor) penalty does not count (issue 17 part 2)', () => {
    expect(rate(input(penalties(3, { severity: 'minor' }))).level).toBe('green');
  });
  it('a decision exactly on the window start counts', () => {
    expect(rate(input([rec({ decisionDate: WINDOW_START })])).level).toBe('yellow');
  });
  it('a decision one day before the window start does not count', () => {
    expect(rate(input([rec({ decisionDate: '2024-11-21' })])).level).toBe('green');
  });
  it('a decision on the rating date counts', () => {
    expect(rate(input([rec({ decisionDate: RATING_DATE })])).level).toBe('yellow');
  });
  it('a decision after the rating date does not count yet', () => {
    expect(rate(input([rec({ decisionDate: '2026-11-23' })])).level).toBe('green');
  });
  it('only penalties in the window count towards the threshold', () => {
    const inside = penalties(2);
    const outside = rec({ decisionDate: '2024-11-21' });
    const r = rate(input([...inside, outside]));
    expect(r.level).toBe('yellow');
    expect(r.reasons[0]).toEqual({
      code: 'penalties',
      level: 'yellow',
      recordIds: inside.map((x) => x.id),
      count: 2,
    });
  });
  it.each(NON_PUBLIC)('a %s penalty does not count', (status) => {
    const records = [...penalties(2), rec({ status })];
    expect(rate(input(records)).level).toBe('yellow');
    expect(rate(input([rec({ status })])).level).toBe('green');
  });
  it.each(['under_objection', 'corrected'] as const)('a %s penalty counts', (status) => {
    const records = [...penalties(2), rec({ status })];
    expect(rate(input(records)).level).toBe('red');
  });
  it('publicityEnd the day before the rating date: not counted', () => {
    const records = [...penalties(2), rec({ publicityEnd: '2026-11-21' })];
    expect(rate(input(records)).level).toBe('yellow');
  });
  it('publicityEnd on the rating date: counted', () => {
    const records = [...penalties(2), rec({ publicityEnd: RATING_DATE })];
    expect(rate(input(records)).level).toBe('red');
  });
  it('publicityEnd after the rating date: counted', () => {
    const records = [...penalties(2), rec({ publicityEnd: '2026-11-23' })];
    expect(rate(input(records)).level).toBe('red');
  });
  describe('leap day rating date', () => {
    // 2024-02-29 minus two years → 2022-02-28 (no Feb 29 in 2022).
    it('window starts on Feb 28 of the non-leap year', () => {
      expect(rate(input(), '2024-02-29').windowStart).toBe('2022-02-28');
    });
    it('a decision on 2022-02-28 counts on 2024-02-29', () => {
      expect(rate(input([rec({ decisionDate: '2022-02-28' })]), '2024-02-29').level).toBe('yellow');
    });
    it('a decision on 2022-02-27 does not count on 2024-02-29', () => {
      expect(rate(input([rec({ decisionDate: '2022-02-27' })]), '2024-02-29').level).toBe('green');
    });
    it('a decision on 2022-02-28 no longer counts on 2024-03-01', () => {
      expect(rate(input([rec({ decisionDate: '2022-02-28' })]), '2024-03-01').level).toBe('green');
    });
    it('a decision on 2024-02-29 counts until 2026-02-28 and leaves on 2026-03-01', () => {
      const i = input([rec({ decisionDate: '2024-02-29' })]);
      expect(rate(i, '2026-02-28').windowStart).toBe('2024-02-28');
      expect(rate(i, '2026-02-28').level).toBe('yellow');
      expect(rate(i, '2026-03-01').level).toBe('green');
    });
  });
});

describe('rateEntity: black', () => {
  it('a revoked entity is black', () => {
    const r = rate(input([], [], 'revoked'));
    expect(r.level).toBe('black');
    expect(r.reasons).toEqual([{ code: 'entity_revoked', level: 'black', recordIds: [] }]);
  });
  it('a public licence revocation is black, with no window', () => {
    const revocation = rec({ kind: 'licence_revocation', decisionDate: '2010-05-05', severity: null });
    const r = rate(input([revocation]));
    expect(r.level).toBe('black');
    expect(r.reasons).toEqual([{ code: 'licence_revocation', level: 'black', recordIds: [revocation.id] }]);
  });
  it.each(NON_PUBLIC)('a %s licence revocation does not count', (status) => {
    expect(rate(input([rec({ kind: 'licence_revocation', status })])).level).toBe('green');
  });
  it('a licence revocation whose publicity ended does not count', () => {
    const r = rate(input([rec({ kind: 'licence_revocation', publicityEnd: '2026-11-21' })]));
    expect(r.level).toBe('green');
  });
  it('a licence revocation decided after the rating date does not count yet', () => {
    expect(rate(input([rec({ kind: 'licence_revocation', decisionDate: '2026-11-23' })])).level).toBe('green');
  });
  it.each(BLACKLIST_KINDS)('a current %s entry is black, with no window', (kind) => {
    const entry = rec({ kind, decisionDate: '2015-01-01', severity: null });
    const r = rate(input([entry]));
    expect(r.level).toBe('black');
    expect(r.reasons).toEqual([{ code: 'blacklisted', level: 'black', recordIds: [entry.id] }]);
  });
  it.each(BLACKLIST_KINDS)('a %s entry removed on the rating date is not black', (kind) => {
    expect(rate(input([rec({ kind, removedOn: RATING_DATE })])).level).toBe('green');
  });
  it.each(BLACKLIST_KINDS)('a %s entry removed before the rating date is not black', (kind) => {
    expect(rate(input([rec({ kind, removedOn: '2026-11-21' })])).level).toBe('green');
  });
  it.each(BLACKLIST_KINDS)('a %s entry removed after the rating date is black', (kind) => {
    expect(rate(input([rec({ kind, removedOn: '2026-11-23' })])).level).toBe('black');
  });
  it.each(NON_PUBLIC)('a %s blacklist entry does not count', (status) => {
    expect(rate(input([rec({ kind: 'dishonest_debtor', status })])).level).toBe('green');
  });
  it('lists every current blacklist entry, and only current ones', () => {
    const a = rec({ kind: 'serious_illegal_listing' });
    const b = rec({ kind: 'tax_violation' });
    const removed = rec({ kind: 'dishonest_debtor', removedOn: '2026-01-01' });
    const r = rate(input([a, removed, b]));
    expect(r.reasons).toEqual([{ code: 'blacklisted', level: 'black', recordIds: [a.id, b.id] }]);
  });
});

describe('rateEntity: abnormal operations', () => {
  const abnormal = (o: Partial<RatingRecord> = {}) => rec({ kind: 'abnormal_listing', severity: null, ...o });
  it('a current abnormal listing is red, with no window', () => {
    const entry = abnormal({ decisionDate: '2012-03-03' });
    const r = rate(input([entry]));
    expect(r.level).toBe('red');
    expect(r.reasons).toEqual([{ code: 'abnormal_listing', level: 'red', recordIds: [entry.id] }]);
  });
  it('removed before the rating date → green', () => {
    expect(rate(input([abnormal({ removedOn: '2026-11-21' })])).level).toBe('green');
  });
  it('removed on the rating date → green', () => {
    expect(rate(input([abnormal({ removedOn: RATING_DATE })])).level).toBe('green');
  });
  it('removed after the rating date → red', () => {
    expect(rate(input([abnormal({ removedOn: '2026-11-23' })])).level).toBe('red');
  });
  it('listed after the rating date → green', () => {
    expect(rate(input([abnormal({ decisionDate: '2026-11-23' })])).level).toBe('green');
  });
  it.each(NON_PUBLIC)('a %s abnormal listing does not count', (status) => {
    expect(rate(input([abnormal({ status })])).level).toBe('green');
  });
  it.each(['under_objection', 'corrected'] as const)('a %s abnormal listing counts', (status) => {
    expect(rate(input([abnormal({ status })])).level).toBe('red');
  });
});

describe('rateEntity: complaints', () => {
  it('3 complaints with 0% resolved do not apply', () => {
    const r = rate(input([], [month('2026-10-01', 3, 0)]));
    expect(r.level).toBe('green');
    expect(r.complaints).toEqual({ count: 3, resolvedRate: 0 });
  });
  it('boundaries as written: 50% exactly → red (以下 includes the number), 80% exactly → green, yellow strictly between', () => {
    expect(rate(input([], [month('2026-10-01', 10, 5)])).reasons[0]).toMatchObject({ code: 'complaints', level: 'red', resolvedRate: 0.5 });
    expect(rate(input([], [month('2026-10-01', 10, 8)]))).toMatchObject({ level: 'green', reasons: [] });
    expect(rate(input([], [month('2026-10-01', 10, 6)])).level).toBe('yellow');
    expect(rate(input([], [month('2026-10-01', 10, 7)])).level).toBe('yellow');
  });
  it('4 complaints with 0% resolved → red', () => {
    const r = rate(input([], [month('2026-10-01', 4, 0)]));
    expect(r.level).toBe('red');
    expect(r.reasons).toEqual([{ code: 'complaints', level: 'red', recordIds: [], count: 4, resolvedRate: 0 }]);
  });
  it.each([
    [10000, 4999, 'red', 0.4999],
    [10000, 5000, 'red', 0.5],
    [4, 2, 'red', 0.5],
    [10000, 5001, 'yellow', 0.5001],
    [4, 3, 'yellow', 0.75],
    [10000, 7999, 'yellow', 0.7999],
    [10000, 8000, 'green', 0.8],
    [5, 4, 'green', 0.8],
    [4, 4, 'green', 1],
    [4, 1, 'red', 0.25],
  ] as const)('%i complaints, %i resolved → %s', (count, resolved, level, rateValue) => {
    const r = rate(input([], [month('2026-10-01', count, resolved)]));
    expect(r.level).toBe(level);
    expect(r.complaints).toEqual({ count, resolvedRate: rateValue });
  });
  it('rate 50% → red (以下 includes the number), 50.01% → yellow, 79.99% → yellow, 80% → green (exact boundaries)', () => {
    expect(rate(input([], [month('2026-10-01', 10000, 4999)])).level).toBe('red');
    expect(rate(input([], [month('2026-10-01', 10000, 5000)])).level).toBe('red');
    expect(rate(input([], [month('2026-10-01', 10000, 5001)])).level).toBe('yellow');
    expect(rate(input([], [month('2026-10-01', 10000, 7999)])).level).toBe('yellow');
    expect(rate(input([], [month('2026-10-01', 10000, 8000)])).level).toBe('green');
  });
  it('thresholds use the exact rate, only the reported rate is rounded', () => {
    // 50001/100000 = 0.50001 → yellow although it displays as 0.5 (and 50% itself is red).
    const r = rate(input([], [month('2026-10-01', 100000, 50001)]));
    expect(r.level).toBe('yellow');
    expect(r.reasons[0]?.resolvedRate).toBe(0.5);
  });
  it('rounds the reported rate to 4 decimals', () => {
    const r = rate(input([], [month('2026-10-01', 6, 2)]));
    expect(r.complaints.resolvedRate).toBe(0.3333);
    expect(r.reasons[0]).toMatchObject({ code: 'complaints', level: 'red', resolvedRate: 0.3333 });
  });
  it('0 complaints: no rule applies, rate null', () => {
    const r = rate(input([], [month('2026-10-01', 0, 0)]));
    expect(r.level).toBe('green');
    expect(r.complaints).toEqual({ count: 0, resolvedRate: null });
  });
  it('sums months across the window', () => {
    const r = rate(input([], [month('2025-01-01', 2, 1), month('2026-11-01', 2, 0)]));
    expect(r.complaints).toEqual({ count: 4, resolvedRate: 0.25 });
    expect(r.level).toBe('red');
  });
  it('a month starting exactly on the window start counts', () => {
    const r = rate(input([], [month('2024-12-01', 4, 0)]), '2026-12-01');
    expect(r.windowStart).toBe('2024-12-01');
    expect(r.level).toBe('red');
  });
  it("a complaint on the window's first day counts: the month holding the window start counts whole", () => {
    // Window 2024-11-22..2026-11-22; monthly figures cannot be split by day, so November 2024 counts.
    const r = rate(input([], [month('2024-11-01', 4, 0)]));
    expect(r.windowStart).toBe(WINDOW_START);
    expect(r.complaints).toEqual({ count: 4, resolvedRate: 0 });
    expect(r.level).toBe('red');
  });
  it('the month before the one holding the window start does not count', () => {
    const r = rate(input([], [month('2024-10-01', 4, 0)]));
    expect(r.complaints.count).toBe(0);
    expect(r.level).toBe('green');
  });
  it('a window starting on the last day of a month still reads that month', () => {
    expect(rate(input([], [month('2024-10-01', 4, 0)]), '2026-10-31').level).toBe('red');
    expect(rate(input([], [month('2024-10-01', 4, 0)]), '2026-11-01').level).toBe('green');
  });
  it('the month containing the rating date counts; a later month does not yet', () => {
    expect(rate(input([], [month('2026-11-01', 4, 0)])).level).toBe('red');
    expect(rate(input([], [month('2026-12-01', 4, 0)])).level).toBe('green');
    expect(rate(input([], [month('2026-12-01', 4, 0)]), '2026-12-01').level).toBe('red');
  });
  it('sumComplaintsInWindow applies inclusive bounds', () => {
    const months = [month('2024-11-01', 1, 1), month('2024-12-01', 2, 1), month('2026-11-01', 3, 1), month('2026-12-01', 4, 1)];
    expect(sumComplaintsInWindow(months, '2024-12-01', '2026-11-01')).toEqual({ count: 5, resolved: 2 });
    expect(sumComplaintsInWindow(months, '2024-11-22', '2026-11-22')).toEqual({ count: 6, resolved: 3 });
  });
});

describe('rateEntity: combinations', () => {
  it('highest level wins and every fired rule is listed, highest first', () => {
    const pens = penalties(2);
    const abnormal = rec({ kind: 'abnormal_listing', severity: null });
    const blacklist = rec({ kind: 'tax_violation', severity: null });
    const revocation = rec({ kind: 'licence_revocation', severity: null });
    const r = rate(input([...pens, abnormal, blacklist, revocation], [month('2026-10-01', 4, 0)], 'revoked'));
    expect(r.level).toBe('black');
    expect(r.reasons).toEqual([
      { code: 'entity_revoked', level: 'black', recordIds: [] },
      { code: 'licence_revocation', level: 'black', recordIds: [revocation.id] },
      { code: 'blacklisted', level: 'black', recordIds: [blacklist.id] },
      { code: 'abnormal_listing', level: 'red', recordIds: [abnormal.id] },
      { code: 'complaints', level: 'red', recordIds: [], count: 4, resolvedRate: 0 },
      { code: 'penalties', level: 'yellow', recordIds: pens.map((p) => p.id), count: 2 },
    ]);
  });
  it('red penalties precede yellow complaints', () => {
    const pens = penalties(3);
    const r = rate(input(pens, [month('2026-10-01', 10, 6)]));
    expect(r.level).toBe('red');
    expect(r.reasons.map((x) => [x.code, x.level])).toEqual([
      ['penalties', 'red'],
      ['complaints', 'yellow'],
    ]);
  });
  it('yellow penalties and yellow complaints → yellow with both reasons', () => {
    const r = rate(input(penalties(1), [month('2026-10-01', 4, 3)]));
    expect(r.level).toBe('yellow');
    expect(r.reasons.map((x) => x.code)).toEqual(['penalties', 'complaints']);
  });
  it('abnormal listing red beats yellow penalties', () => {
    const r = rate(input([rec({ kind: 'abnormal_listing' }), rec()]));
    expect(r.level).toBe('red');
    expect(r.reasons.map((x) => x.code)).toEqual(['abnormal_listing', 'penalties']);
  });
  it('does not mutate its input', () => {
    const i = input(penalties(3), [month('2026-10-01', 4, 0)]);
    const copy = structuredClone(i);
    rate(i);
    expect(i).toEqual(copy);
  });
});

describe('leavesWindowOn', () => {
  it('ordinary date leaves the 2-year window two years and one day later', () => {
    expect(leavesWindowOn('2024-11-22', 2)).toBe('2026-11-23');
  });
  it('Feb 29 decision leaves on Mar 1 two years later', () => {
    expect(leavesWindowOn('2024-02-29', 2)).toBe('2026-03-01');
  });
  it('Feb 28 (leap year) decision leaves on Mar 1 two years later', () => {
    // 2026-02-28 → window 2024-02-28 (still in); 2026-03-01 → 2024-03-01 (out).
    expect(leavesWindowOn('2024-02-28', 2)).toBe('2026-03-01');
  });
  it('Feb 28 decision leaves on Feb 29 four years later when that is a leap day', () => {
    expect(leavesWindowOn('2020-02-28', 4)).toBe('2024-02-29');
  });
  it('Feb 28 non-leap decision leaves on Mar 1 when the target year is not leap', () => {
    expect(leavesWindowOn('2022-02-28', 2)).toBe('2024-03-01');
  });
  it('Feb 27 decision leaves on Feb 28 two years later (leap or not)', () => {
    // 2024-02-29 → window start 2022-02-28 > 2022-02-27.
    expect(leavesWindowOn('2022-02-27', 2)).toBe('2024-02-28');
  });
  it('is consistent with rateEntity around the boundary', () => {
    for (const decisionDate of ['2024-11-22', '2024-02-29', '2024-02-28', '2022-02-27', '2023-12-31']) {
      const leave = leavesWindowOn(decisionDate, 2);
      const i = input([rec({ decisionDate })]);
      expect(rate(i, addDays(leave, -1)).level).toBe('yellow');
      expect(rate(i, leave).level).toBe('green');
    }
  });
});

describe('nextRatingChangeDate', () => {
  it('null when nothing is pending', () => {
    expect(nextRatingChangeDate(input(), RATING_DATE)).toBeNull();
  });
  it('null for a revoked entity with no records', () => {
    expect(nextRatingChangeDate(input([], [], 'revoked'), RATING_DATE)).toBeNull();
  });
  it('a counted penalty leaving the window', () => {
    const i = input([rec({ decisionDate: '2025-03-10' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-03-11');
    expect(rate(i, '2027-03-10').level).toBe('yellow');
    expect(rate(i, '2027-03-11').level).toBe('green');
  });
  it('a penalty on the window start leaves the next day', () => {
    expect(nextRatingChangeDate(input([rec({ decisionDate: WINDOW_START })]), RATING_DATE)).toBe('2026-11-23');
  });
  it('a penalty whose publicity ends before it leaves the window yields only the publicity end', () => {
    const i = input([rec({ decisionDate: '2026-10-01', publicityEnd: '2027-01-15' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-01-16');
    expect(nextRatingChangeDate(i, '2027-01-16')).toBeNull();
  });
  it('a penalty already outside the window yields nothing', () => {
    expect(nextRatingChangeDate(input([rec({ decisionDate: '2024-11-21' })]), RATING_DATE)).toBeNull();
  });
  it('the earliest of several penalties', () => {
    const i = input([rec({ decisionDate: '2026-01-01' }), rec({ decisionDate: '2025-06-30' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-07-01');
  });
  it('a publicityEnd passing (the day after)', () => {
    const i = input([rec({ decisionDate: '2026-10-01', publicityEnd: '2026-12-31' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-01-01');
    expect(rate(i, '2026-12-31').level).toBe('yellow');
    expect(rate(i, '2027-01-01').level).toBe('green');
  });
  it('publicityEnd on the rating date → change tomorrow', () => {
    const i = input([rec({ kind: 'licence_revocation', publicityEnd: RATING_DATE })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2026-11-23');
  });
  it('a publicityEnd already passed is ignored', () => {
    const i = input([rec({ kind: 'licence_revocation', publicityEnd: '2026-11-21' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBeNull();
  });
  it('a removal arriving', () => {
    const i = input([rec({ kind: 'serious_illegal_listing', decisionDate: '2020-01-01', removedOn: '2027-02-01' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-02-01');
    expect(rate(i, '2027-01-31').level).toBe('black');
    expect(rate(i, '2027-02-01').level).toBe('green');
  });
  it('a removal on the rating date is already in effect', () => {
    const i = input([rec({ kind: 'abnormal_listing', decisionDate: '2020-01-01', removedOn: RATING_DATE })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBeNull();
  });
  it('a future-dated decision becoming effective', () => {
    const i = input([rec({ kind: 'dishonest_debtor', decisionDate: '2026-12-05' })]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2026-12-05');
    expect(rate(i, '2026-12-05').level).toBe('black');
  });
  it('non-public records and irrelevant kinds are ignored', () => {
    const i = input([
      ...NON_PUBLIC.map((status) => rec({ status, decisionDate: '2026-12-01' })),
      rec({ kind: 'honour', decisionDate: '2026-12-01', publicityEnd: '2026-12-10' }),
    ]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBeNull();
  });
  it('a complaint month leaving the window', () => {
    // January 2025 counts while the window holds any of its days: until its last day leaves.
    const i = input([], [month('2025-01-01', 4, 0)]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2027-02-01');
    expect(rate(i, '2027-01-31').level).toBe('red');
    expect(rate(i, '2027-02-01').level).toBe('green');
  });
  it('a future complaint month starting', () => {
    const i = input([], [month('2026-12-01', 4, 0)]);
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2026-12-01');
  });
  it('a new rule set is not a per-firm date (the worker re-rates every firm on it), but its window applies from it', () => {
    const future: CreditRuleSet = { ...DALIAN_2021_RULES, version: 'future', effectiveFrom: '2027-06-01', windowYears: 1 };
    const sets = [DALIAN_2021_RULES, future];
    expect(nextRatingChangeDate(input(), RATING_DATE, sets)).toBeNull();
    const i = input([rec({ decisionDate: '2026-08-01' })]);
    expect(nextRatingChangeDate(i, RATING_DATE, sets)).toBe('2028-08-02');
    expect(nextRatingChangeDate(i, '2027-06-01', sets)).toBe('2027-08-02');
  });
  it('uses the window of the rule set in effect', () => {
    const oneYear: CreditRuleSet = { ...DALIAN_2021_RULES, windowYears: 1 };
    const i = input([rec({ decisionDate: '2026-03-10' })]);
    expect(nextRatingChangeDate(i, RATING_DATE, [oneYear])).toBe('2027-03-11');
  });
  it('returns the earliest of all kinds of events', () => {
    const i = input(
      [
        rec({ decisionDate: '2025-03-10' }), // leaves 2027-03-11
        rec({ kind: 'abnormal_listing', decisionDate: '2026-01-01', removedOn: '2027-02-01' }),
        rec({ kind: 'licence_revocation', decisionDate: '2026-01-01', publicityEnd: '2026-12-30' }),
      ],
      [month('2025-06-01', 1, 1)], // leaves 2027-07-01
    );
    expect(nextRatingChangeDate(i, RATING_DATE)).toBe('2026-12-31');
  });
  it('walking from date to date reaches a stable green rating', () => {
    const i = input(
      [
        rec({ decisionDate: '2025-03-10' }),
        rec({ decisionDate: '2026-05-05', publicityEnd: '2027-01-15' }),
        rec({ kind: 'abnormal_listing', decisionDate: '2026-01-01', removedOn: '2027-02-01' }),
      ],
      [month('2025-06-01', 5, 3)], // 60% resolved → yellow until its last day leaves on 2027-07-01
    );
    const levels: string[] = [];
    let date: string | null = RATING_DATE;
    while (date) {
      levels.push(`${date}:${rate(i, date).level}`);
      date = nextRatingChangeDate(i, date);
    }
    expect(levels).toEqual(['2026-11-22:red', '2027-01-16:red', '2027-02-01:yellow', '2027-03-11:yellow', '2027-07-01:green']);
  });
  it('rejects an invalid rating date', () => {
    expect(() => nextRatingChangeDate(input(), '2026-02-30')).toThrow(/Invalid ISO date/);
  });
});

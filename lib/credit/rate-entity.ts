// Pure credit rating of one entity on one date (Dalian seed §(六), Jinan seed §2).
import { countsTowardLevel, SEED_PUBLICITY_CATALOGUE } from '../domain/publicity';
import { CREDIT_LEVELS } from '../domain/vocabulary';
import type { CreditLevel, RecordKind } from '../domain/vocabulary';
import { assertIsoDate, subtractYears } from './dates';
import { isCurrentlyListed, isRecordPublic } from './is-record-public';
import { CREDIT_RULE_SETS, selectRuleSet } from './rules';
import type { ComplaintMonth, CreditRating, CreditReason, CreditRuleSet, RatingInput, RatingRecord } from './types';

/** Orders two levels: negative when a is lower than b, 0 when equal, positive when higher. */
export function compareLevels(a: CreditLevel, b: CreditLevel): number {
  return CREDIT_LEVELS.indexOf(a) - CREDIT_LEVELS.indexOf(b);
}

/** The highest of the given levels; green when none are given. */
export function maxLevel(...levels: CreditLevel[]): CreditLevel {
  let highest: CreditLevel = 'green';
  for (const level of levels) {
    if (compareLevels(level, highest) > 0) highest = level;
  }
  return highest;
}

/** Rounds a rate in 0..1 to 4 decimals for display. */
function roundRate(rate: number): number {
  return Math.round(rate * 10_000) / 10_000;
}

/** The first day of the month holding `isoDate`: the oldest complaint month a window starting then reads. */
export function complaintMonthFloor(isoDate: string): string {
  assertIsoDate(isoDate);
  return `${isoDate.slice(0, 8)}01`;
}

/**
 * Sums the complaint months that overlap [windowStart, ratingDate]. Hotline figures arrive per month
 * and cannot be split by day, so a month counts whole when any of its days lies in the window: the
 * month holding the window's first day counts (a complaint made on that day is in the window, as the
 * notice's "two years up to the rating date" requires), at the price of also counting that month's
 * days before the window. Dropping it instead would ignore up to a month of complaints that are in
 * the window. A month that starts after the rating date has not begun and does not count yet.
 */
export function sumComplaintsInWindow(complaints: readonly ComplaintMonth[], windowStart: string, ratingDate: string): { count: number; resolved: number } {
  const firstMonth = complaintMonthFloor(windowStart);
  let count = 0;
  let resolved = 0;
  for (const month of complaints) {
    if (month.periodStart >= firstMonth && month.periodStart <= ratingDate) {
      count += month.count;
      resolved += month.resolved;
    }
  }
  return { count, resolved };
}

function idsOf(records: readonly RatingRecord[]): string[] {
  return records.map((record) => record.id);
}

/** Whether a record counts toward the level: its catalogue flag, or the seed catalogue's when the loader gave none. */
function counts(record: RatingRecord): boolean {
  return record.countsTowardLevel ?? countsTowardLevel(SEED_PUBLICITY_CATALOGUE, record.kind, record.severity, record.decisionDate);
}

/** Rates an entity on the date with the rule set in effect then; lists every rule that fired. */
export function rateEntity(given: RatingInput, ratingDate: string, ruleSets: readonly CreditRuleSet[] = CREDIT_RULE_SETS): CreditRating {
  assertIsoDate(ratingDate);
  // Records the publicity catalogue keeps out of the level (simple-procedure penalties: published as
  // other information, never toward yellow or red) are shown but read by no rule.
  const input: RatingInput = { ...given, records: given.records.filter(counts) };
  const rules = selectRuleSet(ratingDate, ruleSets);
  const windowStart = subtractYears(ratingDate, rules.windowYears);
  const reasons: CreditReason[] = [];

  // Black: revoked entity.
  if (rules.blackOnEntityRevoked && input.entityStatus === 'revoked') {
    reasons.push({ code: 'entity_revoked', level: 'black', recordIds: [] });
  }

  // Black: public licence revocation (or other black record kinds), no window.
  const blackRecordKinds: ReadonlySet<RecordKind> = new Set(rules.blackRecordKinds);
  const revocations = input.records.filter((record) => blackRecordKinds.has(record.kind) && isRecordPublic(record, ratingDate));
  if (revocations.length > 0) {
    reasons.push({ code: 'licence_revocation', level: 'black', recordIds: idsOf(revocations) });
  }

  // Black: current blacklist entries, no window.
  const blackListingKinds: ReadonlySet<RecordKind> = new Set(rules.blackListingKinds);
  const blacklisted = input.records.filter((record) => blackListingKinds.has(record.kind) && isCurrentlyListed(record, ratingDate));
  if (blacklisted.length > 0) {
    reasons.push({ code: 'blacklisted', level: 'black', recordIds: idsOf(blacklisted) });
  }

  // Red: current abnormal-operations entries, no window.
  const redListingKinds: ReadonlySet<RecordKind> = new Set(rules.redListingKinds);
  const abnormal = input.records.filter((record) => redListingKinds.has(record.kind) && isCurrentlyListed(record, ratingDate));
  if (abnormal.length > 0) {
    reasons.push({ code: 'abnormal_listing', level: 'red', recordIds: idsOf(abnormal) });
  }

  // Red / yellow: public penalties that count (every severity but the simple procedure's) decided within the window.
  const penalties = input.records.filter((record) => record.kind === 'penalty' && record.decisionDate >= windowStart && isRecordPublic(record, ratingDate));
  const penaltyLevel: CreditLevel | null = penalties.length >= rules.penalties.redMin ? 'red' : penalties.length >= rules.penalties.yellowMin ? 'yellow' : null;
  if (penaltyLevel) {
    reasons.push({
      code: 'penalties',
      level: penaltyLevel,
      recordIds: idsOf(penalties),
      count: penalties.length,
    });
  }

  // Red / yellow: many complaints with a low resolution rate within the window.
  const complaints = sumComplaintsInWindow(input.complaints, windowStart, ratingDate);
  // Thresholds compare the exact rate; only the reported rate is rounded.
  const exactRate = complaints.count > 0 ? complaints.resolved / complaints.count : null;
  if (exactRate !== null && complaints.count >= rules.complaints.minCount) {
    const complaintLevel: CreditLevel | null =
      // Red at the rate or below (the notice's 以下 includes the number), yellow below the green bar.
      exactRate <= rules.complaints.redAtOrBelowRate ? 'red' : exactRate < rules.complaints.yellowBelowRate ? 'yellow' : null;
    if (complaintLevel) {
      reasons.push({
        code: 'complaints',
        level: complaintLevel,
        recordIds: [],
        count: complaints.count,
        resolvedRate: roundRate(exactRate),
      });
    }
  }

  // Highest level first; the sort is stable, so rules keep their evaluation order within a level.
  reasons.sort((a, b) => compareLevels(b.level, a.level));

  return {
    level: maxLevel(...reasons.map((reason) => reason.level)),
    reasons,
    ruleVersion: rules.version,
    ratedOn: ratingDate,
    windowStart,
    complaints: {
      count: complaints.count,
      resolvedRate: exactRate === null ? null : roundRate(exactRate),
    },
  };
}

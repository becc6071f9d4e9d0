// When a rating can change through the passage of time alone (for the re-rating scheduler).
import { PUBLIC_RECORD_STATUSES } from '../domain/vocabulary';
import type { RecordKind, RecordStatus } from '../domain/vocabulary';
import { addDays, addYears, assertIsoDate, subtractYears } from './dates';
import { isListingKind } from './is-record-public';
import { CREDIT_RULE_SETS, selectRuleSet } from './rules';
import type { CreditRuleSet, RatingInput } from './types';

const PUBLIC_STATUSES: ReadonlySet<RecordStatus> = new Set(PUBLIC_RECORD_STATUSES);

/** The last day of the month holding `isoDate`. */
function lastDayOfMonth(isoDate: string): string {
  return addDays(addMonthStart(isoDate), -1);
}

/** The first day of the month after the one holding `isoDate`. */
function addMonthStart(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The first date d on which a date falls out of the window, i.e. date < subtractYears(d, years). */
export function leavesWindowOn(isoDate: string, windowYears: number): string {
  const firstOutside = addDays(isoDate, 1);
  // Start near the answer, then walk to the exact first date (handles Feb 29 clamping).
  let candidate = addYears(firstOutside, windowYears);
  while (subtractYears(candidate, windowYears) < firstOutside) candidate = addDays(candidate, 1);
  for (;;) {
    const previous = addDays(candidate, -1);
    if (subtractYears(previous, windowYears) < firstOutside) break;
    candidate = previous;
  }
  return candidate;
}

/**
 * Earliest date after ratingDate on which the rating could change by time alone: a future decision
 * takes effect, a publicity end passes, a removal arrives, a penalty or complaint month leaves the
 * window, or a complaint month starts. Null when nothing is pending. Conservative: the rating may
 * stay the same on that date; re-rate and ask again. A new rule set's effective date is not a
 * per-firm date: it changes every firm's rule version, so the worker's scheduled review re-rates
 * every firm rated under another version on that date (lib/rule-sets/sweep-rule-set-change.ts),
 * and leaving it out here keeps each firm from being queued twice that day.
 */
export function nextRatingChangeDate(input: RatingInput, ratingDate: string, ruleSets: readonly CreditRuleSet[] = CREDIT_RULE_SETS): string | null {
  assertIsoDate(ratingDate);
  const rules = selectRuleSet(ratingDate, ruleSets);
  const years = rules.windowYears;
  const relevantKinds: ReadonlySet<RecordKind> = new Set<RecordKind>([
    'penalty',
    ...rules.blackRecordKinds,
    ...rules.blackListingKinds,
    ...rules.redListingKinds,
  ]);
  const candidates: string[] = [];

  for (const record of input.records) {
    // Statuses change only by decision, never by time, so non-public records stay out.
    if (!PUBLIC_STATUSES.has(record.status) || !relevantKinds.has(record.kind)) continue;
    candidates.push(record.decisionDate);
    if (record.publicityEnd !== null) candidates.push(addDays(record.publicityEnd, 1));
    if (isListingKind(record.kind) && record.removedOn !== null) candidates.push(record.removedOn);
    if (record.kind === 'penalty') {
      const leaves = leavesWindowOn(record.decisionDate, years);
      // Leaving the window matters only while the penalty is still public on that date.
      if (record.publicityEnd === null || record.publicityEnd >= leaves) candidates.push(leaves);
    }
  }

  for (const month of input.complaints) {
    candidates.push(month.periodStart);
    // A month counts while any of its days is in the window (sumComplaintsInWindow): it leaves
    // when its last day does.
    candidates.push(leavesWindowOn(lastDayOfMonth(month.periodStart), years));
  }

  let earliest: string | null = null;
  for (const candidate of candidates) {
    if (candidate > ratingDate && (earliest === null || candidate < earliest)) earliest = candidate;
  }
  return earliest;
}

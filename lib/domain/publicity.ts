// The publicity catalogue: how long a record stays public, and how long a penalty must have been
// public before its subject may apply for credit repair (Dalian seed §(六) for what shows;
// Jieshou seed §(七), Jinan 2019 §(十七) for repair). Listings (abnormal operations, serious
// illegal, dishonest debtors, tax violations) have no end of publicity: they stay until removed.
import type { Severity } from './vocabulary';

/** Publicity of an administrative penalty, in months from the decision day: minor 3 months, general 1 year, serious 3 years. */
export const PENALTY_PUBLICITY_MONTHS: Readonly<Record<Severity, number>> = { minor: 3, general: 12, serious: 36 };

/**
 * Minimum publicity period of a penalty, in months, after which repair may be applied for
 * (minor 3 months; general 3 months to 1 year; serious 1 to 3 years: the minimum of each).
 */
export const REPAIR_MINIMUM_MONTHS: Readonly<Record<Severity, number>> = { minor: 3, general: 3, serious: 12 };

/**
 * Days (three years) after which an abnormal-operations listing still unresolved moves to the
 * serious-illegal-and-dishonest list (《市场监督管理严重违法失信名单管理办法》第十三条).
 */
export const ABNORMAL_LISTING_ESCALATION_DAYS = 1_096;

/** Adds calendar months to an ISO date; the day of month is clamped to the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDate(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The last public day (inclusive) of a penalty decided on `decisionDate`: a period of N months
 * starting on the decision day ends the day before the same date N months later.
 */
export function penaltyPublicityEnd(decisionDate: string, severity: Severity): string {
  const end = new Date(`${addMonthsToDate(decisionDate, PENALTY_PUBLICITY_MONTHS[severity])}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** The first day repair may be applied for: the publicity start plus the minimum period (general when the severity is unknown). */
export function repairEligibleFrom(publicityStart: string, severity: Severity | null): string {
  return addMonthsToDate(publicityStart, REPAIR_MINIMUM_MONTHS[severity ?? 'general']);
}

// Working days in mainland China: weekends and public holidays are off, make-up working days
// (调休) count. The calendar data come from `chinese-days`, which follows the State Council's yearly
// notices. Pure: no I/O, dates are ISO strings (YYYY-MM-DD) in China Standard Time.
//
// The State Council publishes next year's schedule late in the year. For a date after the last year
// the library covers, only weekends are known to be off: results that depend on such dates are
// *provisional* (see `isCovered`), and are recomputed when the library is updated.
import chineseDays from 'chinese-days';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertIsoDate(value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  }
}

/** The last year whose holidays and make-up days the bundled calendar knows. */
export const CALENDAR_COVERED_THROUGH_YEAR: number = (() => {
  let year = new Date().getUTCFullYear() + 1;
  for (; year > 2004; year -= 1) {
    if (chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0) return year;
  }
  return year;
})();

/** Whether the calendar knows the official schedule for `date`'s year. */
export function isCovered(date: string): boolean {
  assertIsoDate(date);
  return Number(date.slice(0, 4)) <= CALENDAR_COVERED_THROUGH_YEAR;
}

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True when `date` is a working day (weekday that is not a holiday, or a make-up working day). */
export function isWorkingDay(date: string): boolean {
  assertIsoDate(date);
  if (isCovered(date)) return chineseDays.isWorkday(date);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date that is `n` working days after `start` (the start day itself is not counted), e.g. the
 * deadline of a 20-working-day review of a submission received on `start`. n = 0 returns `start`.
 */
export function addWorkingDays(start: string, n: number): string {
  assertIsoDate(start);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a non-negative integer: ${n}`);
  let date = start;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/**
 * Working days elapsed from `from` to `to`: the number of working days d with from < d <= to.
 * 0 when `to` is on or before `from`. A record produced on Friday and collected on Monday took
 * 1 working day; collected the same day, 0.
 */
export function workingDaysBetween(from: string, to: string): number {
  assertIsoDate(from);
  assertIsoDate(to);
  if (to <= from) return 0;
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}

/** Working days left until `deadline` counted from `today` (negative when overdue). */
export function workingDaysLeft(today: string, deadline: string): number {
  return deadline >= today ? workingDaysBetween(today, deadline) : -workingDaysBetween(deadline, today);
}

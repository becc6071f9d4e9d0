// The stored working-day calendar (the work_calendar table): every day with its running working-day
// count, so the database measures timeliness set-based with the same arithmetic as lib/intake/timeliness.
import { CALENDAR_COVERED_THROUGH_YEAR, isCovered, isWorkingDay } from './working-days';

/** First day of the stored calendar; dates before it have no measured lag. */
export const CALENDAR_FIRST_DAY = '2000-01-01';
/** Years past the last officially published schedule that the stored calendar still covers (weekends only). */
const PROVISIONAL_YEARS = 5;

/** The last day of the stored calendar. */
export function calendarLastDay(): string {
  return `${CALENDAR_COVERED_THROUGH_YEAR + PROVISIONAL_YEARS}-12-31`;
}

export interface CalendarRow {
  day: string;
  isWorking: boolean;
  /** Working days from the calendar's start up to and including `day`. */
  ordinal: number;
  provisional: boolean;
}

/** Every day from `from` to `to` with its running working-day count (the work_calendar table). */
export function calendarRows(from: string = CALENDAR_FIRST_DAY, to: string = calendarLastDay()): CalendarRow[] {
  const rows: CalendarRow[] = [];
  let ordinal = 0;
  const d = new Date(`${from}T00:00:00Z`);
  for (let day = from; day <= to;) {
    const isWorking = isWorkingDay(day);
    if (isWorking) ordinal += 1;
    rows.push({ day, isWorking, ordinal, provisional: !isCovered(day) });
    d.setUTCDate(d.getUTCDate() + 1);
    day = d.toISOString().slice(0, 10);
  }
  return rows;
}

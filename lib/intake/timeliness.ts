// Timeliness of collection (Jinan §5, Jieshou §4): the working-day lag from a record's production
// to its collection, and whether it met the 7 / 20 working-day rule. Pure; the database applies
// the same arithmetic set-based through the work_calendar table built from `calendarRows`.
import { timelinessLimit } from '../domain/intake';
import type { RecordKind } from '../domain/vocabulary';
import { CALENDAR_COVERED_THROUGH_YEAR, isCovered, isWorkingDay, workingDaysBetween } from '../calendar/working-days';

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
  for (let day = from; day <= to; ) {
    const isWorking = isWorkingDay(day);
    if (isWorking) ordinal += 1;
    rows.push({ day, isWorking, ordinal, provisional: !isCovered(day) });
    d.setUTCDate(d.getUTCDate() + 1);
    day = d.toISOString().slice(0, 10);
  }
  return rows;
}

/** Working days from production to collection (production day not counted; 0 when the same day). */
export function collectionLag(producedOn: string, collectedOn: string): number {
  return workingDaysBetween(producedOn, collectedOn);
}

/** Whether a record of `kind` collected `lag` working days after production was on time. */
export function isOnTime(kind: RecordKind, lag: number): boolean {
  return lag <= timelinessLimit(kind);
}

/** On-time share as a fraction 0..1 (null when nothing was collected). */
export function onTimeRate(onTime: number, total: number): number | null {
  return total > 0 ? onTime / total : null;
}

// Timeliness of collection (Jinan §5, Jieshou §4): the working-day lag from a record's production
// to its collection, and whether it met the 7 / 20 working-day rule. Pure; the database applies
// the same arithmetic set-based through the work_calendar table built from `calendarRows`
// (lib/calendar/calendar-rows.ts).
import { timelinessLimit } from '../domain/intake';
import type { RecordKind } from '../domain/vocabulary';
import { workingDaysBetween } from '../calendar/working-days';

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

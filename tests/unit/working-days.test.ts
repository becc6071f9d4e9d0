import { describe, expect, it } from 'vitest';
import { addWorkingDays, CALENDAR_COVERED_THROUGH_YEAR, isCovered, isWorkingDay, workingDaysBetween, workingDaysLeft } from '../../lib/calendar/working-days';

describe('working-day calendar (State Council schedule)', () => {
  it('knows weekends, public holidays and make-up working days', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(isWorkingDay('2026-10-05')).toBe(false); // National Day holiday, a Monday
    expect(isWorkingDay('2026-10-10')).toBe(true); // make-up working day, a Saturday
    expect(isWorkingDay('2026-02-14')).toBe(true); // Spring Festival make-up day, a Saturday
  });

  it('counts across a holiday with a make-up day', () => {
    // 2026-09-30 (Wed) + 1 working day: Oct 1-7 are off, Oct 8 (Thu) is the first working day.
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    // Oct 8, 9 (Thu, Fri), Oct 10 (Sat, make-up day), then Mon Oct 12.
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
  });

  it('gives a 20-working-day objection deadline and a 7-day intake limit', () => {
    expect(addWorkingDays('2026-11-20', 20)).toBe('2026-12-18');
    expect(addWorkingDays('2026-11-20', 0)).toBe('2026-11-20');
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
    expect(workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
    expect(workingDaysBetween('2026-11-23', '2026-11-20')).toBe(0);
  });

  it('counts days left and days overdue', () => {
    expect(workingDaysLeft('2026-11-20', '2026-11-24')).toBe(2);
    expect(workingDaysLeft('2026-11-24', '2026-11-20')).toBe(-2);
  });

  it('falls back to weekends only after the covered years and says so', () => {
    const later = `${CALENDAR_COVERED_THROUGH_YEAR + 1}-06-01`;
    expect(isCovered(later)).toBe(false);
    expect(isCovered('2026-06-01')).toBe(true);
    const weekday = new Date(`${later}T00:00:00Z`).getUTCDay();
    expect(isWorkingDay(later)).toBe(weekday !== 0 && weekday !== 6);
  });

  it('refuses malformed dates', () => {
    expect(() => isWorkingDay('2026-13-01')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-20', -1)).toThrow(RangeError);
    expect(() => workingDaysBetween('20261120', '2026-11-21')).toThrow(RangeError);
  });
});

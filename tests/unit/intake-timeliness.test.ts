// Timeliness rules of intake (Jinan §5): 7 working days for basic information and penalties, 20 for
// the rest, counted on the Chinese calendar; and the table form of the calendar the database uses.
import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../lib/calendar/working-days';
import { timelinessLimit } from '../../lib/domain/intake';
import { RECORD_KINDS } from '../../lib/domain/vocabulary';
import { calendarRows } from '../../lib/calendar/calendar-rows';
import { collectionLag, isOnTime, onTimeRate } from '../../lib/intake/timeliness';

describe('timeliness rules', () => {
  it('gives basic information and penalties 7 working days, everything else 20', () => {
    for (const kind of ['registration_change', 'licence', 'qualification', 'trademark', 'equity_pledge', 'ip_pledge', 'chattel_mortgage', 'penalty'] as const) {
      expect(timelinessLimit(kind), kind).toBe(7);
    }
    for (const kind of [
      'honour',
      'credit_commitment',
      'abnormal_listing',
      'licence_revocation',
      'serious_illegal_listing',
      'dishonest_debtor',
      'tax_violation',
      'inspection',
    ] as const) {
      expect(timelinessLimit(kind), kind).toBe(20);
    }
    expect(RECORD_KINDS.every((k) => [7, 20].includes(timelinessLimit(k)))).toBe(true);
  });

  it('counts a lag across National Day with its make-up Saturday', () => {
    // Produced Wed 2026-09-30; Oct 1–7 are off; Oct 8, 9, 10 (Saturday, make-up day), 12, 13, 14, 15.
    expect(collectionLag('2026-09-30', '2026-10-07')).toBe(0);
    expect(collectionLag('2026-09-30', '2026-10-10')).toBe(3);
    expect(collectionLag('2026-09-30', '2026-10-15')).toBe(7);
    expect(isOnTime('penalty', collectionLag('2026-09-30', '2026-10-15'))).toBe(true);
    expect(isOnTime('penalty', collectionLag('2026-09-30', '2026-10-16'))).toBe(false);
    expect(isOnTime('inspection', collectionLag('2026-09-30', '2026-10-16'))).toBe(true);
    // 20 working days for other information: Oct 8 … Nov 3 (the make-up Saturday counts).
    expect(collectionLag('2026-09-30', '2026-11-03')).toBe(20);
    expect(isOnTime('honour', 20)).toBe(true);
    expect(isOnTime('honour', 21)).toBe(false);
  });

  it('a record collected the day it was produced took 0 working days; a weekend costs nothing', () => {
    expect(collectionLag('2026-11-20', '2026-11-20')).toBe(0);
    expect(collectionLag('2026-11-20', '2026-11-22')).toBe(0); // Friday → Sunday
    expect(collectionLag('2026-11-20', '2026-11-23')).toBe(1); // Friday → Monday
  });

  it('the calendar table gives the same lags as the calendar, by subtracting running counts', () => {
    const rows = calendarRows('2025-12-01', '2027-01-31');
    const ordinal = new Map(rows.map((r) => [r.day, r.ordinal]));
    const days = rows.map((r) => r.day);
    for (let i = 0; i < 200; i += 1) {
      const a = days[(i * 37) % days.length]!;
      const b = days[(i * 101 + 13) % days.length]!;
      const [from, to] = a <= b ? [a, b] : [b, a];
      expect(ordinal.get(to)! - ordinal.get(from)!, `${from}→${to}`).toBe(workingDaysBetween(from, to));
    }
    expect(rows.find((r) => r.day === '2026-10-10')).toMatchObject({ isWorking: true });
    expect(rows.find((r) => r.day === '2026-10-05')).toMatchObject({ isWorking: false });
  });

  it('rates are fractions, undefined for no records', () => {
    expect(onTimeRate(3, 4)).toBe(0.75);
    expect(onTimeRate(0, 0)).toBeNull();
  });
});

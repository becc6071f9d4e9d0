// The publicity catalogue (lib/domain/publicity.ts): how long penalties stay public, the repair
// minimum, and that the seeder's fast day-number dates follow the same rule.
import { describe, expect, it } from 'vitest';
import {
  ABNORMAL_LISTING_ESCALATION_DAYS,
  addMonthsToDate,
  PENALTY_PUBLICITY_MONTHS,
  penaltyPublicityEnd,
  REPAIR_MINIMUM_MONTHS,
} from '../../lib/domain/publicity';
import { SEVERITIES } from '../../lib/domain/vocabulary';
import { addMonthsToDay, dayOf, isoOf } from '../../lib/seed/days';

describe('publicity periods', () => {
  it('are 3 months, 1 year and 3 years by severity, never shorter than the repair minimum', () => {
    expect(PENALTY_PUBLICITY_MONTHS).toEqual({ minor: 3, general: 12, serious: 36 });
    for (const severity of SEVERITIES) expect(PENALTY_PUBLICITY_MONTHS[severity]).toBeGreaterThanOrEqual(REPAIR_MINIMUM_MONTHS[severity]);
  });

  it('end the day before the same date N months after the decision', () => {
    expect(penaltyPublicityEnd('2026-01-15', 'minor')).toBe('2026-04-14');
    expect(penaltyPublicityEnd('2026-01-15', 'general')).toBe('2027-01-14');
    expect(penaltyPublicityEnd('2026-01-15', 'serious')).toBe('2029-01-14');
    expect(penaltyPublicityEnd('2026-03-01', 'minor')).toBe('2026-05-31');
  });

  it('clamp to the end of a shorter month, leap years included', () => {
    expect(addMonthsToDate('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsToDate('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(penaltyPublicityEnd('2025-11-30', 'minor')).toBe('2026-02-27');
  });

  it('agree with the seeder’s day-number arithmetic on every day of four years', () => {
    for (let day = dayOf('2022-01-01'); day < dayOf('2026-01-01'); day += 1) {
      for (const severity of SEVERITIES) {
        expect(penaltyPublicityEnd(isoOf(day), severity)).toBe(isoOf(addMonthsToDay(day, PENALTY_PUBLICITY_MONTHS[severity]) - 1));
      }
    }
  });

  it('escalate an unresolved abnormal-operations listing after three years', () => {
    expect(ABNORMAL_LISTING_ESCALATION_DAYS).toBe(3 * 365 + 1);
  });
});

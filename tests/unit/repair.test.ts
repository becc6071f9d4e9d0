// Credit repair for every listing and penalty (lib/domain/repair.ts, issue 17 part 7): which records
// may be repaired, from which day, and which may not.
import { describe, expect, it } from 'vitest';
import { repairEligibleOn, repairRefusalOn, type RepairableRecord } from '../../lib/domain/repair';

const record = (over: Partial<RepairableRecord>): RepairableRecord => ({
  kind: 'penalty',
  severity: 'general',
  decisionDate: '2025-01-10',
  publicityStart: null,
  removedOn: null,
  ...over,
});

describe('repair eligibility', () => {
  it('a penalty after its minimum publicity period (general and minor 3 months, serious 1 year)', () => {
    expect(repairEligibleOn(record({}))).toBe('2025-04-10');
    expect(repairEligibleOn(record({ severity: 'serious' }))).toBe('2026-01-10');
    expect(repairEligibleOn(record({ publicityStart: '2025-02-01' }))).toBe('2025-05-01');
    expect(repairRefusalOn(record({}), '2025-04-09')).toEqual({ code: 'notYetEligible', date: '2025-04-10' });
    expect(repairRefusalOn(record({}), '2025-04-10')).toBeNull();
  });

  it('an abnormal-operations listing at once, the serious-illegal list after a year', () => {
    expect(repairRefusalOn(record({ kind: 'abnormal_listing', severity: null }), '2025-01-10')).toBeNull();
    expect(repairRefusalOn(record({ kind: 'serious_illegal_listing', severity: null }), '2025-06-01')).toEqual({ code: 'notYetEligible', date: '2026-01-10' });
    expect(repairRefusalOn(record({ kind: 'serious_illegal_listing', severity: null }), '2026-01-10')).toBeNull();
    expect(repairRefusalOn(record({ kind: 'dishonest_debtor', severity: null }), '2025-01-11')).toBeNull();
    expect(repairRefusalOn(record({ kind: 'tax_violation', severity: null }), '2025-01-11')).toBeNull();
  });

  it('not a listing the firm has already left, nor a record of another kind', () => {
    expect(repairRefusalOn(record({ kind: 'abnormal_listing', removedOn: '2025-03-01' }), '2025-03-01')).toEqual({ code: 'notRepairable' });
    // A removal dated in the future has not happened yet.
    expect(repairRefusalOn(record({ kind: 'abnormal_listing', removedOn: '2025-09-01' }), '2025-03-01')).toBeNull();
    expect(repairRefusalOn(record({ kind: 'honour', severity: null }), '2030-01-01')).toEqual({ code: 'notRepairable' });
    expect(repairRefusalOn(record({ kind: 'licence_revocation', severity: null }), '2030-01-01')).toEqual({ code: 'notRepairable' });
  });
});

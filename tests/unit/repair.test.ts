// Credit repair for every listing and penalty (lib/domain/repair.ts, issue 17 part 7): which records
// may be repaired, from which day, and which may not, under the seed publicity catalogue.
import { describe, expect, it } from 'vitest';
import { SEED_PUBLICITY_CATALOGUE as catalogue } from '../../lib/domain/publicity';
import { repairOpeningOf, repairRefusalOn, type RepairableRecord } from '../../lib/domain/repair';

const record = (over: Partial<RepairableRecord>): RepairableRecord => ({
  kind: 'penalty',
  severity: 'general',
  decisionDate: '2025-01-10',
  publicityStart: null,
  removedOn: null,
  ...over,
});
const refusal = (over: Partial<RepairableRecord>, today: string) => repairRefusalOn(catalogue, record(over), today);

describe('repair eligibility', () => {
  it('a penalty after its minimum publicity period (general 3 months, serious 1 year), a specific-serious one only after its maximum', () => {
    expect(repairOpeningOf(catalogue, record({}))?.from).toBe('2025-04-10');
    expect(repairOpeningOf(catalogue, record({ severity: 'serious' }))?.from).toBe('2026-01-10');
    expect(repairOpeningOf(catalogue, record({ publicityStart: '2025-02-01' }))?.from).toBe('2025-05-01');
    expect(refusal({}, '2025-04-09')).toEqual({ code: 'notYetEligible', date: '2025-04-10' });
    expect(refusal({}, '2025-04-10')).toBeNull();
    expect(refusal({ severity: 'specific_serious' }, '2027-01-09')).toEqual({ code: 'notBeforeMaximum', date: '2028-01-10' });
  });

  it('an abnormal-operations listing at once, the serious-illegal list after a year, the other blacklists at once', () => {
    expect(refusal({ kind: 'abnormal_listing', severity: null }, '2025-01-10')).toBeNull();
    expect(refusal({ kind: 'serious_illegal_listing', severity: null }, '2025-06-01')).toEqual({ code: 'notYetEligible', date: '2026-01-10' });
    expect(refusal({ kind: 'serious_illegal_listing', severity: null }, '2026-01-10')).toBeNull();
    expect(refusal({ kind: 'dishonest_debtor', severity: null }, '2025-01-11')).toBeNull();
    expect(refusal({ kind: 'tax_violation', severity: null }, '2025-01-11')).toBeNull();
    expect(refusal({ kind: 'department_blacklist', severity: null }, '2025-01-11')).toBeNull();
  });

  it('not a listing the firm has already left, nor a record of another kind', () => {
    expect(refusal({ kind: 'abnormal_listing', severity: null, removedOn: '2025-03-01' }, '2025-03-01')).toEqual({ code: 'notRepairable' });
    // A removal dated in the future has not happened yet.
    expect(refusal({ kind: 'abnormal_listing', severity: null, removedOn: '2025-09-01' }, '2025-03-01')).toBeNull();
    expect(refusal({ kind: 'honour', severity: null }, '2030-01-01')).toEqual({ code: 'notRepairable' });
    expect(refusal({ kind: 'licence_revocation', severity: null }, '2030-01-01')).toEqual({ code: 'notRepairable' });
  });
});

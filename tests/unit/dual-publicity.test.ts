// The 双公示 filters (pure): cursors, per-list parameters, canonical query strings, and lateness.
import { describe, expect, it } from 'vitest';
import { DUAL_PUBLICATION_LIMIT, isLatePublication } from '../../lib/domain/dual-publicity';
import { dualQueryString, parseDualQuery } from '../../lib/dual-publicity/parse-dual-query';

describe('parseDualQuery', () => {
  it('reads a cursor as a decision date and a record id', () => {
    expect(parseDualQuery('penalties', { after: '2026-03-05_81234' }).after).toEqual({ date: '2026-03-05', id: '81234' });
  });

  it.each(['2026-02-30_1', '2026-03-05', '2026-03-05_-1', '2026-03-05_1;drop', 'x'])('refuses the cursor %s, naming after', (after) => {
    expect(() => parseDualQuery('penalties', { after })).toThrow(expect.objectContaining({ params: expect.objectContaining({ param: 'after' }) }));
  });

  it('takes a severity for penalties only, and only the kinds of each list', () => {
    expect(parseDualQuery('penalties', { severity: 'serious', kind: 'licence_revocation' })).toMatchObject({ severity: 'serious', kind: 'licence_revocation' });
    expect(() => parseDualQuery('licences', { severity: 'serious' })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ param: 'severity' }) }),
    );
    expect(() => parseDualQuery('licences', { kind: 'penalty' })).toThrow(expect.objectContaining({ params: expect.objectContaining({ param: 'kind' }) }));
    expect(() => parseDualQuery('penalties', { from: '2026-05-01', to: '2026-04-01' })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ param: 'from' }) }),
    );
  });
});

describe('dualQueryString', () => {
  it('writes filters in a stable order, omits defaults, and replaces or drops the cursor', () => {
    const q = parseDualQuery('penalties', { to: '2026-04-01', district: '370102', severity: 'minor', after: '2026-03-05_9', limit: '50' });
    expect(dualQueryString(q)).toBe('?district=370102&severity=minor&to=2026-04-01&after=2026-03-05_9');
    expect(dualQueryString(q, { after: null, format: 'csv' })).toBe('?district=370102&severity=minor&to=2026-04-01&format=csv');
    expect(dualQueryString(q, { after: { date: '2026-01-02', id: '7' } })).toContain('after=2026-01-02_7');
    expect(parseDualQuery('penalties', new URLSearchParams(dualQueryString(q).slice(1)))).toEqual(q);
  });
});

describe('isLatePublication', () => {
  it('is late only beyond 7 working days', () => {
    expect(DUAL_PUBLICATION_LIMIT).toBe(7);
    expect(isLatePublication(7)).toBe(false);
    expect(isLatePublication(8)).toBe(true);
    expect(isLatePublication(9)).toBe(true);
  });
});

// Pure rules of credit commitments (issue 18 part 3): the keyset cursor, the intake fields'
// validation and staging, a template's period in force, the list's query schema.
import { describe, expect, it } from 'vitest';
import { decodeCommitmentCursor, encodeCommitmentCursor, templateInForce } from '../../lib/domain/commitments';
import { recordItemSchema, stageRecordItem } from '../../lib/intake/record-schema';
import { commitmentQuerySchema } from '../../lib/commitments/commitment-query-schema';
import { commitmentQueryString } from '../../lib/commitments/parse-commitment-query';

const TODAY = '2026-12-03';
const schema = recordItemSchema(TODAY);
const item = (over: Record<string, unknown>) => ({
  sourceRef: 'c-1',
  uscc: '91370102MA3C8NP45J',
  kind: 'credit_commitment',
  title: '告知承诺书',
  decisionDate: '2026-11-02',
  ...over,
});
const fieldsWithIssues = (over: Record<string, unknown>) => {
  const r = schema.safeParse(item(over));
  return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
};

describe('the keyset cursor', () => {
  it('round-trips and refuses anything else', () => {
    const c = { signedOn: '2026-03-05', id: '1234' };
    expect(encodeCommitmentCursor(c)).toBe('2026-03-05.1234');
    expect(decodeCommitmentCursor('2026-03-05.1234')).toEqual(c);
    for (const bad of ['', '2026-03-05', '2026-03-05.0', '2026-3-5.1', '2026-03-05.12a', `2026-03-05.${'9'.repeat(19)}`])
      expect(decodeCommitmentCursor(bad)).toBeNull();
  });

  it('is a parameter of the list query, and a bad one names `after`', () => {
    expect(commitmentQuerySchema.parse({ after: '2026-03-05.7' }).after).toEqual({ signedOn: '2026-03-05', id: '7' });
    const bad = commitmentQuerySchema.safeParse({ after: 'x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['after']);
    expect(commitmentQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-01' }).success).toBe(false);
  });

  it('writes stable query strings with the defaults left out', () => {
    const q = commitmentQuerySchema.parse({ status: 'kept', procedure: 'food-business-licence' });
    expect(commitmentQueryString(q)).toBe('?procedure=food-business-licence&status=kept');
    expect(commitmentQueryString(q, { after: { signedOn: '2026-01-02', id: '9' }, format: 'csv' })).toBe(
      '?procedure=food-business-licence&status=kept&after=2026-01-02.9&format=csv',
    );
  });
});

describe('commitment fields of an intake item', () => {
  it('stage a commitment as pending when no status is sent, with its procedure lower-cased', () => {
    const staged = stageRecordItem(schema.parse(item({ procedure: 'Food-Business-Licence' })), 0);
    expect(staged).toMatchObject({ procedureCode: 'food-business-licence', commitmentStatus: 'pending', brokenRecordRef: null });
    expect(stageRecordItem(schema.parse(item({ kind: 'honour' })), 0)).toMatchObject({ procedureCode: null, commitmentStatus: null });
  });

  it('are refused on other kinds, with a bad status or code, and a breach reference without status broken', () => {
    expect(fieldsWithIssues({ kind: 'honour', status: 'kept' })).toEqual(['status:commitmentOnly']);
    expect(fieldsWithIssues({ kind: 'licence', procedure: 'food-business-licence' })).toEqual(['procedure:commitmentOnly']);
    expect(fieldsWithIssues({ status: 'done' })).toEqual(['status:invalidCommitmentStatus']);
    expect(fieldsWithIssues({ procedure: 'food business' })).toEqual(['procedure:invalidProcedure']);
    expect(fieldsWithIssues({ status: 'kept', brokenCommitmentRef: 'b-1' })).toEqual(['brokenCommitmentRef:brokenRefNeedsBroken']);
    expect(fieldsWithIssues({ status: 'broken', brokenCommitmentRef: 'b-1' })).toEqual([]);
  });
});

describe('a template in force', () => {
  it('counts both ends of its period', () => {
    const t = { effectiveFrom: '2026-01-01', effectiveTo: '2026-12-31' };
    expect(templateInForce(t, '2026-01-01')).toBe(true);
    expect(templateInForce(t, '2026-12-31')).toBe(true);
    expect(templateInForce(t, '2027-01-01')).toBe(false);
    expect(templateInForce(t, '2025-12-31')).toBe(false);
    expect(templateInForce({ effectiveFrom: '2026-01-01', effectiveTo: null }, '2099-01-01')).toBe(true);
  });
});

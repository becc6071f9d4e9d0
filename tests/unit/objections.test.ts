// Pure parts of objections and credit repair: tracking numbers, access codes, the proof of work,
// the shared form schema and the repair eligibility dates.
import { describe, expect, it } from 'vitest';
import { repairEligibleFrom, REPAIR_MINIMUM_MONTHS } from '../../lib/domain/publicity';
import { fieldErrors, objectionFormSchema, repairFormSchema } from '../../lib/objections/application-schema';
import { issueChallenge, POW_DIFFICULTY_BITS, solveChallenge, verifySolution } from '../../lib/objections/proof-of-work';
import { accessCodeFor, isValidTrackingNo, newTrackingNo, normalizeAccessCode } from '../../lib/objections/tracking';

describe('tracking numbers', () => {
  it('carry the kind, the date, 7 random characters and a check character', () => {
    const no = newTrackingNo('objection', '2026-11-22');
    expect(no).toMatch(/^YY20261122[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(isValidTrackingNo(no)).toBe(true);
    expect(newTrackingNo('repair', '2026-11-22').startsWith('XF20261122')).toBe(true);
    const many = new Set(Array.from({ length: 2000 }, () => newTrackingNo('objection', '2026-11-22')));
    expect(many.size).toBe(2000);
  });

  it('reject any single mistyped character', () => {
    // The worst case for a weighted check: a 0 that becomes a Z (the largest difference).
    const no = 'YY20261122000000Z';
    const withCheck = [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'].map((c) => no + c).find(isValidTrackingNo)!;
    expect(withCheck).toBeDefined();
    for (const sample of [withCheck, newTrackingNo('objection', '2026-11-22'), newTrackingNo('repair', '2027-02-01')]) expectEveryTypoCaught(sample);
    expect(isValidTrackingNo('YY20261122')).toBe(false);
  });
});

function expectEveryTypoCaught(no: string) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (let i = 2; i < no.length; i += 1) {
    for (const c of alphabet) {
      if (c === no[i]) continue;
      const typo = no.slice(0, i) + c + no.slice(i + 1);
      if (/^(YY|XF)\d{8}/.test(typo)) expect(isValidTrackingNo(typo)).toBe(false);
    }
  }
}

describe('access codes', () => {
  it('are derived per form instance, 10 unambiguous characters, and forgiving to type', () => {
    const code = accessCodeFor('secret', 'objection:abc');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(accessCodeFor('secret', 'objection:abc')).toBe(code);
    expect(accessCodeFor('secret', 'objection:abd')).not.toBe(code);
    expect(accessCodeFor('other', 'objection:abc')).not.toBe(code);
    expect(normalizeAccessCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
    expect(normalizeAccessCode('O0IL1-ABCDE')).toBe('00111-ABCDE');
  });
});

describe('proof of work', () => {
  it('accepts a solution to its own fresh challenge only', () => {
    const challenge = issueChallenge('k');
    const solution = solveChallenge(challenge);
    expect(verifySolution('k', challenge, solution)).toBe(true);
    expect(verifySolution('other-key', challenge, solution)).toBe(false);
    expect(verifySolution('k', challenge, String(Number(solution) + 1)) && POW_DIFFICULTY_BITS > 0).toBe(false);
    expect(verifySolution('k', challenge.replace(/^\d+/, String(Date.now() + 1)), solution)).toBe(false);
    const old = issueChallenge('k', Date.now() - 3 * 3600_000);
    expect(verifySolution('k', old, solveChallenge(old))).toBe(false);
    expect(verifySolution('k', 'garbage', '1')).toBe(false);
  });
});

describe('the form schema', () => {
  const valid = {
    applicantType: 'company',
    applicantName: ' 济南某公司 ',
    applicantUscc: '91370102MA3C5PRX3E',
    phone: '0531-88888888',
    email: '',
    reason: 'wrong',
    description: 'x',
    declaration: 'yes',
  };

  it('accepts a complete objection and trims it', () => {
    const r = objectionFormSchema.safeParse(valid);
    expect(r.success && r.data.applicantName).toBe('济南某公司');
  });

  it('names each problem with a code, one per field, in page order', () => {
    const r = objectionFormSchema.safeParse({
      ...valid,
      applicantType: 'robot',
      applicantName: '',
      phone: '',
      email: '',
      reason: '',
      description: 'a'.repeat(2001),
      declaration: '',
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(fieldErrors(r.error).map((e) => `${e.field}:${e.code}`)).toEqual([
      'applicantType:applicantTypeRequired',
      'applicantName:nameRequired',
      'reason:reasonRequired',
      'description:descriptionTooLong',
      'declaration:declarationRequired',
    ]);
  });

  it('checks contact and the company USCC', () => {
    const codes = (input: object) => {
      const r = objectionFormSchema.safeParse({ ...valid, ...input });
      return r.success ? [] : fieldErrors(r.error).map((e) => e.code);
    };
    expect(codes({ phone: '', email: '' })).toEqual(['contactRequired']);
    expect(codes({ phone: '12345' })).toEqual(['phoneInvalid']);
    expect(codes({ phone: '', email: 'a@b' })).toEqual(['emailInvalid']);
    expect(codes({ phone: '+86 138 1234 5678' })).toEqual([]);
    expect(codes({ applicantUscc: '' })).toEqual(['usccRequired']);
    expect(codes({ applicantUscc: '91370102MA3C5PRX3I' })).toEqual(['usccInvalid']);
    expect(codes({ applicantType: 'person', applicantUscc: '' })).toEqual([]);
    expect(codes({ description: '\r\n'.repeat(10) + 'a'.repeat(2000) })).toEqual([]);
  });

  it("repair needs the commitment, the applicant's role for the firm and at least one route", () => {
    const { reason: _r, ...rest } = valid;
    const repair = { ...rest, commitment: 'yes', actingRole: 'authorised_agent', routes: ['correction', 'training', 'correction'] };
    const ok = repairFormSchema.safeParse(repair);
    expect(ok.success && ok.data.routes).toEqual(['correction', 'training']);
    const r = repairFormSchema.safeParse({ ...repair, commitment: '' });
    expect(!r.success && fieldErrors(r.error)[0]?.code).toBe('commitmentRequired');
    const codesOf = (over: Record<string, unknown>) => {
      const p = repairFormSchema.safeParse({ ...repair, ...over });
      return p.success ? [] : fieldErrors(p.error).map((e) => `${e.field}:${e.code}`);
    };
    expect(codesOf({ actingRole: '' })).toEqual(['actingRole:actingRoleRequired']);
    expect(codesOf({ actingRole: 'shareholder' })).toEqual(['actingRole:actingRoleRequired']);
    expect(codesOf({ routes: [] })).toEqual(['routes:routesRequired']);
    expect(codesOf({ routes: ['lottery'] })).toEqual(['routes:routesRequired']);
  });
});

describe('repair eligibility (minimum publicity periods: minor 3 months, general 3 months, serious 1 year)', () => {
  it('adds the minimum period of the severity', () => {
    expect(REPAIR_MINIMUM_MONTHS).toEqual({ minor: 3, general: 3, serious: 12 });
    expect(repairEligibleFrom('2026-01-15', 'minor')).toBe('2026-04-15');
    expect(repairEligibleFrom('2026-01-15', 'general')).toBe('2026-04-15');
    expect(repairEligibleFrom('2026-01-15', 'serious')).toBe('2027-01-15');
    expect(repairEligibleFrom('2025-11-30', 'minor')).toBe('2026-02-28');
    expect(repairEligibleFrom('2023-11-30', 'general')).toBe('2024-02-29');
    expect(repairEligibleFrom('2026-01-15', null)).toBe('2026-04-15');
  });
});

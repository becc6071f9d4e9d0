// Pure rules of the policies area: the one policy schema (and its translated messages), the late
// flag, validity, eligibility matching with reasons, the support item schema and search filters.
import { describe, expect, it } from 'vitest';
import { isLatePublication, matchPolicy, policyValidity } from '../../lib/domain/policies';
import { translator } from '../../lib/i18n/messages';
import { parsePolicyInput, policyFormToInput, POLICY_ISSUE_CODES } from '../../lib/policies/policy-schema';
import { SUPPORT_ISSUE_CODES, validateSupportItems } from '../../lib/policies/support-schema';
import { buildPolicyFilter } from '../../lib/search/policies';

const valid = {
  title: '济南市创业担保贷款实施办法',
  issuingDepartment: 'jnhrss',
  docNo: '济人社发〔2024〕1号',
  issuedOn: '2024-03-01',
  category: 'finance_credit',
  sizes: ['small', 'micro'],
  industries: ['f52', 'C'],
  districts: ['370102'],
  benefits: '最高400万元创业担保贷款，财政贴息。',
  validFrom: '2024-03-01',
  validTo: '2026-12-31',
  links: [{ label: '原文', url: 'https://www.jinan.gov.cn/x' }],
};

describe('policy schema', () => {
  it('accepts a complete policy and normalises codes', () => {
    const r = parsePolicyInput(valid);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.policy.industries).toEqual(['F52', 'C']);
      expect(r.policy.status).toBe('published');
      expect(r.policy.publishedOn).toBeNull();
      expect(r.policy.attachments).toEqual([]);
    }
  });

  it('refuses an end date before the start with endBeforeStart on validTo', () => {
    const r = parsePolicyInput({ ...valid, validFrom: '2025-01-10', validTo: '2025-01-09' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'validTo', code: 'endBeforeStart' }] });
  });

  it('refuses an unknown category', () => {
    const r = parsePolicyInput({ ...valid, category: 'free_lunch' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'category', code: 'unknownCategory' }] });
  });

  it('refuses a missing issuing department (absent or blank)', () => {
    const { issuingDepartment: _omit, ...rest } = valid;
    void _omit;
    expect(parsePolicyInput(rest)).toEqual({ ok: false, issues: [{ field: 'issuingDepartment', code: 'departmentRequired' }] });
    expect(parsePolicyInput({ ...valid, issuingDepartment: '  ' })).toEqual({
      ok: false,
      issues: [{ field: 'issuingDepartment', code: 'departmentRequired' }],
    });
  });

  it('reports every bad field once, with known codes', () => {
    const r = parsePolicyInput({ title: '', category: 'x', issuedOn: '2024-02-30', validFrom: '', links: [{ label: 'a', url: 'javascript:alert(1)' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byField = Object.fromEntries(r.issues.map((i) => [i.field, i.code]));
      expect(byField).toMatchObject({
        title: 'required',
        category: 'unknownCategory',
        issuedOn: 'invalidDate',
        validFrom: 'required',
        issuingDepartment: 'departmentRequired',
        benefits: 'required',
        links: 'invalidUrl',
      });
    }
  });

  it('refuses a publication date before the issue date', () => {
    expect(parsePolicyInput({ ...valid, publishedOn: '2024-02-01' })).toEqual({ ok: false, issues: [{ field: 'publishedOn', code: 'publishedBeforeIssued' }] });
  });

  it('has a clear message for every issue code in every locale', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const t = translator(locale, 'PolicyErrors');
      for (const code of POLICY_ISSUE_CODES) expect(t(code).length).toBeGreaterThan(3);
    }
    expect(translator('zh-CN', 'PolicyErrors')('endBeforeStart')).toContain('截止日期不能早于开始日期');
    expect(translator('en', 'PolicyErrors')('unknownCategory')).toMatch(/Choose a category/);
  });

  it('maps the staff form (checkboxes, code lists, link lines) to the schema input', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      title: 'T',
      issuingDepartment: 'jnamr',
      issuedOn: '2024-01-01',
      category: 'other',
      benefits: 'B',
      validFrom: '2024-01-01',
      validTo: '',
      industries: 'F52， C、I65',
      links: '原文 | https://a.example/x\n\nhttps://b.example/y',
      status: 'draft',
    }))
      form.set(k, v);
    form.append('sizes', 'micro');
    form.append('districts', '370102');
    form.append('districts', '370112');
    const raw = policyFormToInput(form);
    expect(raw).toMatchObject({ industries: ['F52', 'C', 'I65'], sizes: ['micro'], districts: ['370102', '370112'], status: 'draft' });
    expect(raw.links).toEqual([
      { label: '原文', url: 'https://a.example/x' },
      { label: 'https://b.example/y', url: 'https://b.example/y' },
    ]);
    const parsed = parsePolicyInput(raw);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.policy.validTo).toBeNull();
  });
});

describe('late publication and validity', () => {
  it('flags publication more than 20 days after issue', () => {
    expect(isLatePublication('2024-03-01', '2024-03-21')).toBe(false);
    expect(isLatePublication('2024-03-01', '2024-03-22')).toBe(true);
    expect(isLatePublication('2024-03-01', null)).toBe(false);
  });

  it('tells in force, expired and upcoming apart (end date inclusive)', () => {
    expect(policyValidity('2024-01-01', '2024-12-31', '2024-12-31')).toBe('in_force');
    expect(policyValidity('2024-01-01', '2024-12-31', '2025-01-01')).toBe('expired');
    expect(policyValidity('2025-01-02', null, '2025-01-01')).toBe('upcoming');
    expect(policyValidity('2020-01-01', null, '2030-01-01')).toBe('in_force');
  });
});

describe('eligibility matching', () => {
  const firm = { size: 'micro' as const, industryCode: 'F52', districtCode: '370112' };

  it('matches unrestricted dimensions and says so', () => {
    const r = matchPolicy({ sizes: [], industries: [], districts: [] }, firm);
    expect(r.eligible).toBe(true);
    expect(r.reasons.map((x) => x.code)).toEqual(['any_size', 'any_industry', 'any_district']);
  });

  it('matches a listed size, a whole sector and a listed district, with the values', () => {
    const r = matchPolicy({ sizes: ['micro'], industries: ['F'], districts: ['370112'] }, firm);
    expect(r).toEqual({
      eligible: true,
      reasons: [
        { dimension: 'size', code: 'size_listed', value: 'micro' },
        { dimension: 'industry', code: 'section_listed', value: 'F' },
        { dimension: 'district', code: 'district_listed', value: '370112' },
      ],
    });
  });

  it('refuses when any restricted dimension does not match, or the firm left it unknown', () => {
    expect(matchPolicy({ sizes: ['small'], industries: [], districts: [] }, firm).eligible).toBe(false);
    expect(matchPolicy({ sizes: [], industries: ['C'], districts: [] }, firm).eligible).toBe(false);
    expect(matchPolicy({ sizes: [], industries: [], districts: ['370102'] }, firm).eligible).toBe(false);
    expect(matchPolicy({ sizes: ['micro'], industries: [], districts: [] }, { size: null, industryCode: null, districtCode: null }).eligible).toBe(false);
  });
});

describe('support item schema', () => {
  const today = '2025-06-30';
  const item = { sourceRef: 'S-1', uscc: '91370102MA3C4XYZ0X', policyId: 3, content: '贴息', amountCny: 12000.456, grantedOn: '2025-05-01' };

  it('refuses a bad USCC, a future date, a missing basis, unknown fields and duplicates, per item and field', () => {
    const { valid, issues } = validateSupportItems(
      [
        { ...item, uscc: 'NOT-A-CODE' },
        { ...item, sourceRef: 'S-2', uscc: '91370100163044177L', grantedOn: '2025-07-01' },
        { sourceRef: 'S-3', uscc: '91370100163044177L', content: 'x', grantedOn: '2025-01-01' },
        { sourceRef: 'S-4', uscc: '91370100163044177L', policyBasis: '文件', content: 'x', grantedOn: '2025-01-01', colour: 'red' },
        'oops',
        { sourceRef: 'S-5', uscc: '91370100163044177L', policyBasis: '文件', content: 'x', grantedOn: '2025-01-01', year: 2024 },
        { sourceRef: 'S-6', uscc: '91370100163044177L', policyBasis: '文件', content: 'x', grantedOn: '2025-01-01', amountCny: 12000.456 },
        { sourceRef: 'S-6', uscc: '91370100163044177L', policyBasis: '文件', content: 'x', grantedOn: '2025-01-01' },
      ],
      today,
    );
    expect(issues).toEqual([
      { index: 0, field: 'uscc', code: 'invalidUscc' },
      { index: 1, field: 'grantedOn', code: 'futureDate' },
      { index: 2, field: 'policyBasis', code: 'basisRequired' },
      { index: 3, field: 'colour', code: 'unknownField' },
      { index: 4, field: 'item', code: 'notAnObject' },
      { index: 5, field: 'year', code: 'yearMismatch' },
      { index: 7, field: 'sourceRef', code: 'duplicateSourceRef' },
    ]);
    expect(valid).toHaveLength(1);
    expect(valid[0]!.item).toMatchObject({ year: 2025, amountCny: 12000.46 });
  });

  it('has a message for every code in every locale', () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const t = translator(locale, 'SupportErrors');
      for (const code of SUPPORT_ISSUE_CODES) expect(t(code).length).toBeGreaterThan(2);
    }
  });
});

describe('policy search filter', () => {
  it('builds in-force, district and industry filters that include unrestricted policies', () => {
    expect(buildPolicyFilter({ today: '2025-06-30', validity: 'in_force', district: '370112', industry: 'F52', category: 'finance_credit' })).toEqual([
      'category = "finance_credit"',
      'validFromDay <= 20250630 AND validToDay >= 20250630',
      'districts IN ["370112", "all"]',
      'industries IN ["F52", "F", "all"]',
    ]);
  });

  it('refuses values outside the vocabulary', () => {
    expect(() => buildPolicyFilter({ today: '2025-06-30', category: 'x' as never })).toThrow();
    expect(() => buildPolicyFilter({ today: '2025-06-30', district: '1" OR 1=1' })).toThrow();
  });
});

describe('policy schema: every problem at once', () => {
  it('reports an end before the start even when other fields are wrong too', () => {
    const r = parsePolicyInput({ ...valid, category: 'lottery', issuingDepartment: '', validFrom: '2025-03-10', validTo: '2025-03-01' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(Object.fromEntries(r.issues.map((i) => [i.field, i.code]))).toEqual({
        category: 'unknownCategory',
        issuingDepartment: 'departmentRequired',
        validTo: 'endBeforeStart',
      });
  });
});

// Rule sets as data (issue 17 part 6): the one schema of the stored rules and the admin form's reading.
import { describe, expect, it } from 'vitest';
import { DALIAN_2021_RULES, RATING_RECORD_KINDS, ruleSetFromRow, rulesOf } from '../../lib/credit';
import { formValuesFromRules, parseRuleSetForm, type RuleSetFormValues } from '../../lib/rule-sets/rule-set-form';

const dalian = rulesOf(DALIAN_2021_RULES);
const form = (over: Partial<RuleSetFormValues> = {}): RuleSetFormValues => ({
  ...formValuesFromRules(dalian),
  version: 'jinan-2027',
  effectiveFrom: '2027-01-01',
  ...over,
});
const issues = (over: Partial<RuleSetFormValues>) => {
  const r = parseRuleSetForm(form(over));
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe('stored rule sets', () => {
  // The row as migrations 0017 and 0020 (any department's blacklist counts toward black) leave it.
  it('reads the migration’s dalian-2021 row back as the built-in set', () => {
    const row = {
      version: 'dalian-2021',
      effectiveFrom: '2021-01-01',
      rules:
        '{"windowYears":2,"penalties":{"yellowMin":1,"redMin":3},"complaints":{"minCount":4,"redAtOrBelowRate":0.5,"yellowBelowRate":0.8},"blackOnEntityRevoked":true,"blackListingKinds":["serious_illegal_listing","dishonest_debtor","tax_violation","department_blacklist"],"blackRecordKinds":["licence_revocation"],"redListingKinds":["abnormal_listing"]}',
    };
    expect(ruleSetFromRow(row)).toEqual(DALIAN_2021_RULES);
  });
  it('refuses a stored row with invalid rules, naming the version and the field', () => {
    const rules = JSON.stringify({ ...dalian, penalties: { yellowMin: 3, redMin: 2 } });
    expect(() => ruleSetFromRow({ version: 'broken', effectiveFrom: '2027-01-01', rules })).toThrow(/broken.*penalties\.redMin: redMinNotAboveYellow/);
  });
  it('loads every kind a valid set can name', () => {
    expect([...RATING_RECORD_KINDS].sort()).toEqual(
      ['abnormal_listing', 'department_blacklist', 'dishonest_debtor', 'licence_revocation', 'penalty', 'serious_illegal_listing', 'tax_violation'].sort(),
    );
  });
});

describe('the new-version form', () => {
  it('turns percentages into fractions and keeps the rest', () => {
    const r = parseRuleSetForm(form({ redAtOrBelowRate: '45.5', yellowBelowRate: '85', redMin: '2' }));
    expect(r).toEqual({
      ok: true,
      version: 'jinan-2027',
      effectiveFrom: '2027-01-01',
      rules: { ...dalian, penalties: { yellowMin: 1, redMin: 2 }, complaints: { minCount: 4, redAtOrBelowRate: 0.455, yellowBelowRate: 0.85 } },
    });
  });
  it('prefills from the set in force', () => {
    expect(formValuesFromRules(dalian)).toMatchObject({ redAtOrBelowRate: '50', yellowBelowRate: '80', windowYears: '2', redMin: '3' });
  });
  it.each([
    [{ version: 'Jinan 2027' }, 'version:versionFormat'],
    [{ version: '' }, 'version:versionFormat'],
    [{ effectiveFrom: '2027-02-30' }, 'effectiveFrom:effectiveFromInvalid'],
    [{ windowYears: '0' }, 'windowYears:windowYearsRange'],
    [{ windowYears: '11' }, 'windowYears:windowYearsRange'],
    [{ windowYears: '1.5' }, 'windowYears:windowYearsRange'],
    [{ yellowMin: '0' }, 'yellowMin:yellowMinRange'],
    [{ redMin: '101' }, 'redMin:redMinRange'],
    [{ redMin: '1' }, 'redMin:redMinNotAboveYellow'],
    [{ minCount: '' }, 'minCount:minCountRange'],
    [{ redAtOrBelowRate: '101' }, 'redAtOrBelowRate:rateRange'],
    [{ redAtOrBelowRate: '-1' }, 'redAtOrBelowRate:rateRange'],
    [{ yellowBelowRate: '50' }, 'yellowBelowRate:greenRateNotAboveRed'],
    [{ redListingKinds: ['serious_illegal_listing'] }, 'redListingKinds:kindsOverlap'],
    [{ blackListingKinds: ['tax_violation', 'tax_violation'] }, 'blackListingKinds:kindsOverlap'],
    [{ blackListingKinds: ['penalty'] }, 'blackListingKinds:invalidValue'],
    [{ blackRecordKinds: ['honour'] }, 'blackRecordKinds:invalidValue'],
  ] as [Partial<RuleSetFormValues>, string][])('%o → %s', (over, expected) => {
    expect(issues(over)).toEqual([expected]);
  });
  it('names every wrong field, in page order', () => {
    expect(issues({ yellowBelowRate: 'x', version: '-', windowYears: '' })).toEqual([
      'version:versionFormat',
      'windowYears:windowYearsRange',
      'yellowBelowRate:rateRange',
    ]);
  });
});

describe('the form component', () => {
  it('renders every field with its label, prefilled from the set in force, and the hidden token', async () => {
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { RuleSetForm } = await import('../../components/rule-sets/rule-set-form');
    const labels = Object.fromEntries(
      [...['version', 'effectiveFrom', 'windowYears', 'yellowMin', 'redMin', 'minCount', 'redAtOrBelowRate', 'yellowBelowRate'], 'submit'].map((k) => [
        k,
        `L-${k}`,
      ]),
    );
    const html = renderToStaticMarkup(
      createElement(RuleSetForm, {
        csrf: 'token-1',
        initial: formValuesFromRules(dalian),
        labels: { ...labels, blackOnEntityRevoked: 'L-revoked', blackListingKinds: 'L-black', blackRecordKinds: 'L-records', redListingKinds: 'L-red' },
        errorMessages: {},
        listingKinds: [
          { value: 'abnormal_listing', label: 'abnormal' },
          { value: 'tax_violation', label: 'tax' },
        ],
        recordKinds: [{ value: 'licence_revocation', label: 'revocation' }],
      }),
    );
    expect(html).toContain('name="csrf" value="token-1"');
    for (const id of ['version', 'effectiveFrom', 'windowYears', 'yellowMin', 'redMin', 'minCount', 'redAtOrBelowRate', 'yellowBelowRate'])
      expect(html).toContain(`<label for="${id}" class="block font-semibold">L-${id}</label>`);
    expect(html).toMatch(/id="redAtOrBelowRate"[^>]*value="50"|value="50"[^>]*id="redAtOrBelowRate"/);
    expect(html).toMatch(/name="blackOnEntityRevoked"[^>]*checked/);
    // tax_violation is black in dalian-2021, abnormal_listing red: each group checks its own.
    const checked = (name: string, value: string) =>
      (html.match(/<input [^>]*>/g) ?? []).some((tag) => tag.includes(`name="${name}"`) && tag.includes(`value="${value}"`) && tag.includes('checked'));
    expect(checked('blackListingKinds', 'tax_violation')).toBe(true);
    expect(checked('blackListingKinds', 'abnormal_listing')).toBe(false);
    expect(checked('redListingKinds', 'abnormal_listing')).toBe(true);
    expect(checked('redListingKinds', 'tax_violation')).toBe(false);
  });
});

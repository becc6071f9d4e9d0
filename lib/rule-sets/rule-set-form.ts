// The admin form of a new rule set version (pure): its fields, their order on the page, and the
// mapping from posted strings to the rules the table stores. Rates are typed as percentages on the
// form (50, 80) and stored as fractions (0.5, 0.8). Every range and order check is the one schema's
// (lib/credit/rule-set-schema.ts); this file only reads the strings.
import { z } from 'zod';
import { isIsoDate } from '../credit/dates';
import { BLACK_RECORD_KIND_OPTIONS, creditRulesSchema, RULE_SET_VERSION, type CreditRules } from '../credit/rule-set-schema';
import { LISTING_KINDS } from '../domain/vocabulary';
import type { FieldIssue } from '../forms/action-result';

/** The form's fields in page order (the error summary follows it). */
export const RULE_SET_FORM_FIELDS = [
  'version',
  'effectiveFrom',
  'windowYears',
  'yellowMin',
  'redMin',
  'minCount',
  'redAtOrBelowRate',
  'yellowBelowRate',
  'blackOnEntityRevoked',
  'blackListingKinds',
  'blackRecordKinds',
  'redListingKinds',
] as const;
export type RuleSetFormField = (typeof RULE_SET_FORM_FIELDS)[number];

/** What the form posts and shows again after a refusal (checkbox groups as lists). */
export interface RuleSetFormValues {
  version: string;
  effectiveFrom: string;
  windowYears: string;
  yellowMin: string;
  redMin: string;
  minCount: string;
  redAtOrBelowRate: string;
  yellowBelowRate: string;
  blackOnEntityRevoked: boolean;
  blackListingKinds: string[];
  blackRecordKinds: string[];
  redListingKinds: string[];
}

const text = z
  .string()
  .catch('')
  .transform((s) => s.trim().slice(0, 100));
const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()).catch([]));

/** The posted fields as strings and lists; never fails (the checks below name the field). */
export const ruleSetFormSchema = z.object({
  version: text,
  effectiveFrom: text,
  windowYears: text,
  yellowMin: text,
  redMin: text,
  minCount: text,
  redAtOrBelowRate: text,
  yellowBelowRate: text,
  blackOnEntityRevoked: z
    .unknown()
    .transform((v) => v === 'on' || v === 'true')
    .catch(false),
  blackListingKinds: list,
  blackRecordKinds: list,
  redListingKinds: list,
});

/** The form's values as posted. */
export function ruleSetFormValues(raw: z.output<typeof ruleSetFormSchema>): RuleSetFormValues {
  return { ...raw };
}

/** A new version's form prefilled from the set in force (what staff usually change a little). */
export function formValuesFromRules(rules: CreditRules): RuleSetFormValues {
  const percent = (rate: number) => String(Math.round(rate * 10_000) / 100);
  return {
    version: '',
    effectiveFrom: '',
    windowYears: String(rules.windowYears),
    yellowMin: String(rules.penalties.yellowMin),
    redMin: String(rules.penalties.redMin),
    minCount: String(rules.complaints.minCount),
    redAtOrBelowRate: percent(rules.complaints.redAtOrBelowRate),
    yellowBelowRate: percent(rules.complaints.yellowBelowRate),
    blackOnEntityRevoked: rules.blackOnEntityRevoked,
    blackListingKinds: [...rules.blackListingKinds],
    blackRecordKinds: [...rules.blackRecordKinds],
    redListingKinds: [...rules.redListingKinds],
  };
}

const INTEGER = /^\d{1,6}$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?$/;

/** Parsed version, date and rules, or one issue per field in page order (codes: AdminRuleSets.errors). */
export type ParsedRuleSetForm = { ok: true; version: string; effectiveFrom: string; rules: CreditRules } | { ok: false; errors: FieldIssue[] };

/** Reads and checks the form; the date's "in the future" check needs the clock and is the caller's. */
export function parseRuleSetForm(values: RuleSetFormValues): ParsedRuleSetForm {
  const issues = new Map<string, FieldIssue>();
  const fail = (field: RuleSetFormField, code: string) => {
    if (!issues.has(field)) issues.set(field, { field, code });
  };
  if (!RULE_SET_VERSION.test(values.version)) fail('version', 'versionFormat');
  if (!isIsoDate(values.effectiveFrom)) fail('effectiveFrom', 'effectiveFromInvalid');
  const integer = (field: 'windowYears' | 'yellowMin' | 'redMin' | 'minCount', rangeCode: string) => {
    if (!INTEGER.test(values[field])) fail(field, rangeCode);
    return Number(values[field]);
  };
  const rate = (field: 'redAtOrBelowRate' | 'yellowBelowRate') => {
    if (!PERCENT.test(values[field])) fail(field, 'rateRange');
    // Two decimals of a percentage are four of a fraction; rounding keeps binary noise (0.1 + 0.2)
    // out of the stored and audited JSON.
    return Math.round(Number(values[field]) * 100) / 10_000;
  };
  const kinds = (field: 'blackListingKinds' | 'redListingKinds' | 'blackRecordKinds', allowed: readonly string[]) => {
    if (values[field].some((kind) => !allowed.includes(kind))) fail(field, 'invalidValue');
    return values[field];
  };
  const candidate = {
    windowYears: integer('windowYears', 'windowYearsRange'),
    penalties: { yellowMin: integer('yellowMin', 'yellowMinRange'), redMin: integer('redMin', 'redMinRange') },
    complaints: { minCount: integer('minCount', 'minCountRange'), redAtOrBelowRate: rate('redAtOrBelowRate'), yellowBelowRate: rate('yellowBelowRate') },
    blackOnEntityRevoked: values.blackOnEntityRevoked,
    blackListingKinds: kinds('blackListingKinds', LISTING_KINDS),
    blackRecordKinds: kinds('blackRecordKinds', BLACK_RECORD_KIND_OPTIONS),
    redListingKinds: kinds('redListingKinds', LISTING_KINDS),
  };
  const parsed = creditRulesSchema.safeParse(candidate);
  if (!parsed.success) {
    // The form's field is the last key of the schema's path (penalties.redMin → redMin).
    for (const issue of parsed.error.issues) {
      const field = [...issue.path]
        .reverse()
        .find((p): p is RuleSetFormField => typeof p === 'string' && (RULE_SET_FORM_FIELDS as readonly string[]).includes(p));
      if (field) fail(field, issue.message);
    }
  }
  if (issues.size > 0 || !parsed.success) {
    const errors = RULE_SET_FORM_FIELDS.flatMap((field) => (issues.has(field) ? [issues.get(field)!] : []));
    return { ok: false, errors: errors.length > 0 ? errors : [{ field: 'form', code: 'invalidValue' }] };
  }
  return { ok: true, version: values.version, effectiveFrom: values.effectiveFrom, rules: parsed.data };
}

// The one validation of a credit rule set's rules (pure): what the table's jsonb column must hold,
// what the loader accepts from it and what the admin form must produce. Every threshold is bounded
// so that a typo cannot turn the whole city black or green.
import { z } from 'zod';
import { LISTING_KINDS } from '../domain/vocabulary';
import type { CreditRuleSet } from './types';

/** Non-listing record kinds a rule set may make black while they are public. */
export const BLACK_RECORD_KIND_OPTIONS = ['licence_revocation'] as const;

/** A version name: lower-case letters, digits and hyphens, e.g. `dalian-2021` or `jinan-2027-v2`. */
export const RULE_SET_VERSION = /^[a-z0-9][a-z0-9-]{1,39}$/;

/**
 * Field issue codes (messages under AdminRuleSets.errors): a threshold out of range, two thresholds
 * in the wrong order, a kind listed twice or in both the black and red lists.
 */
export const RULE_SET_ISSUE_CODES = [
  'invalidValue',
  'versionFormat',
  'versionTaken',
  'effectiveFromTaken',
  'effectiveFromInvalid',
  'effectiveFromNotFuture',
  'windowYearsRange',
  'yellowMinRange',
  'redMinRange',
  'redMinNotAboveYellow',
  'minCountRange',
  'rateRange',
  'greenRateNotAboveRed',
  'kindsOverlap',
] as const;

const listingKind = z.enum(LISTING_KINDS);
const uniqueKinds = <T extends string>(kinds: T[]) => new Set(kinds).size === kinds.length;

/** The rules of one version, as stored in credit_rule_sets.rules (rates are fractions 0..1). */
export const creditRulesSchema = z
  .object({
    windowYears: z.number().int().min(1, 'windowYearsRange').max(10, 'windowYearsRange'),
    penalties: z.object({
      yellowMin: z.number().int().min(1, 'yellowMinRange').max(100, 'yellowMinRange'),
      redMin: z.number().int().min(1, 'redMinRange').max(100, 'redMinRange'),
    }),
    complaints: z.object({
      minCount: z.number().int().min(1, 'minCountRange').max(10_000, 'minCountRange'),
      redAtOrBelowRate: z.number().min(0, 'rateRange').max(1, 'rateRange'),
      yellowBelowRate: z.number().min(0, 'rateRange').max(1, 'rateRange'),
    }),
    blackOnEntityRevoked: z.boolean(),
    blackListingKinds: z.array(listingKind).refine(uniqueKinds, 'kindsOverlap'),
    blackRecordKinds: z.array(z.enum(BLACK_RECORD_KIND_OPTIONS)).refine(uniqueKinds, 'kindsOverlap'),
    redListingKinds: z.array(listingKind).refine(uniqueKinds, 'kindsOverlap'),
  })
  .superRefine((rules, ctx) => {
    // The order checks speak only about values that are each in range (one message per field).
    const inRange = (value: number, min: number, max: number) => value >= min && value <= max;
    const { yellowMin, redMin } = rules.penalties;
    if (inRange(yellowMin, 1, 100) && inRange(redMin, 1, 100) && redMin <= yellowMin) {
      ctx.addIssue({ code: 'custom', path: ['penalties', 'redMin'], message: 'redMinNotAboveYellow' });
    }
    // Red at or below one rate, yellow below the other: green needs the higher one.
    const { redAtOrBelowRate, yellowBelowRate } = rules.complaints;
    if (inRange(redAtOrBelowRate, 0, 1) && inRange(yellowBelowRate, 0, 1) && yellowBelowRate <= redAtOrBelowRate) {
      ctx.addIssue({ code: 'custom', path: ['complaints', 'yellowBelowRate'], message: 'greenRateNotAboveRed' });
    }
    const black = new Set<string>(rules.blackListingKinds);
    if (rules.redListingKinds.some((kind) => black.has(kind))) {
      ctx.addIssue({ code: 'custom', path: ['redListingKinds'], message: 'kindsOverlap' });
    }
  });

export type CreditRules = z.output<typeof creditRulesSchema>;

/** A stored row as the rating code reads it: version, effective date and the rules. */
export interface CreditRuleSetRow {
  version: string;
  effectiveFrom: string;
  /** The jsonb column, as text (see lib/db/mutations/append-audit.ts on why JSON travels as text). */
  rules: string;
}

/** A stored row → a rule set; throws naming the version when the stored rules are not valid. */
export function ruleSetFromRow(row: CreditRuleSetRow): CreditRuleSet {
  const parsed = creditRulesSchema.safeParse(JSON.parse(row.rules));
  if (!parsed.success) {
    throw new Error(
      `credit_rule_sets version ${row.version}: invalid rules (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`,
    );
  }
  return { version: row.version, effectiveFrom: row.effectiveFrom, ...parsed.data };
}

/** The rules part of a rule set (what the jsonb column stores). */
export function rulesOf(set: CreditRuleSet): CreditRules {
  const { version: _version, effectiveFrom: _effectiveFrom, ...rules } = set;
  return creditRulesSchema.parse(rules);
}

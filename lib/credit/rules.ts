// Versioned rating rules (Dalian seed §(六)). Rules are data: the sets in force live in the
// credit_rule_sets table (staff add versions in /admin/rule-sets; lib/rule-sets loads them). This
// file keeps the first set, which the table's migration stores, as the pure engine's default for
// tests and the seeder's fallback.
import { BLACKLIST_KINDS, LISTING_KINDS, type RecordKind } from '../domain/vocabulary';
import { assertIsoDate } from './dates';
import { BLACK_RECORD_KIND_OPTIONS } from './rule-set-schema';
import type { CreditRuleSet } from './types';

/** Dalian rules, effective from 2021-01-01 (the row `dalian-2021` of credit_rule_sets, migration 0015). */
export const DALIAN_2021_RULES: CreditRuleSet = {
  version: 'dalian-2021',
  effectiveFrom: '2021-01-01',
  windowYears: 2,
  penalties: { yellowMin: 1, redMin: 3 },
  complaints: { minCount: 4, redAtOrBelowRate: 0.5, yellowBelowRate: 0.8 },
  blackOnEntityRevoked: true,
  blackListingKinds: [...BLACKLIST_KINDS],
  blackRecordKinds: ['licence_revocation'],
  redListingKinds: ['abnormal_listing'],
};

/** The built-in sets: the pure engine's default argument (production code passes the stored sets). */
export const CREDIT_RULE_SETS: readonly CreditRuleSet[] = [DALIAN_2021_RULES];

/** Picks the latest rule set whose effectiveFrom is on or before the rating date. */
export function selectRuleSet(ratingDate: string, sets: readonly CreditRuleSet[] = CREDIT_RULE_SETS): CreditRuleSet {
  assertIsoDate(ratingDate);
  let selected: CreditRuleSet | undefined;
  for (const set of sets) {
    if (set.effectiveFrom <= ratingDate && (!selected || set.effectiveFrom > selected.effectiveFrom)) {
      selected = set;
    }
  }
  if (!selected) {
    throw new Error(`No credit rule set is in effect on ${ratingDate}`);
  }
  return selected;
}

/**
 * Every record kind any valid rule set can read (rule-set-schema.ts bounds the kind lists): the rows
 * a rating must load (and a profile must keep), whatever version staff add later.
 */
export const RATING_RECORD_KINDS: readonly RecordKind[] = [...new Set<RecordKind>(['penalty', ...LISTING_KINDS, ...BLACK_RECORD_KIND_OPTIONS])];

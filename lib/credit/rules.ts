// Versioned rating rules (Dalian seed §(六)). Rules are data: add a set to change thresholds.
import { BLACKLIST_KINDS, type RecordKind } from '../domain/vocabulary';
import { assertIsoDate } from './dates';
import type { CreditRuleSet } from './types';

/** Dalian rules, effective from 2021-01-01. */
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

/** Every record kind any rule set reads: the rows a rating must load (and a profile must keep). */
export const RATING_RECORD_KINDS: readonly RecordKind[] = [
  ...new Set(CREDIT_RULE_SETS.flatMap((set): RecordKind[] => ['penalty', ...set.blackListingKinds, ...set.blackRecordKinds, ...set.redListingKinds])),
];

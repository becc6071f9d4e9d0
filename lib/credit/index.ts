// Pure credit rating engine: public API.
export type { ComplaintMonth, CreditRating, CreditReason, CreditReasonCode, CreditRuleSet, RatingInput, RatingRecord } from './types';
export { addDays, addYears, assertIsoDate, isIsoDate, subtractYears } from './dates';
export { isCurrentlyListed, isListingKind, isRecordPublic } from './is-record-public';
export { CREDIT_RULE_SETS, DALIAN_2021_RULES, RATING_RECORD_KINDS, selectRuleSet } from './rules';
export { compareLevels, complaintMonthFloor, maxLevel, rateEntity, sumComplaintsInWindow } from './rate-entity';
export {
  BLACK_RECORD_KIND_OPTIONS,
  creditRulesSchema,
  ruleSetFromRow,
  rulesOf,
  RULE_SET_ISSUE_CODES,
  RULE_SET_VERSION,
  type CreditRules,
  type CreditRuleSetRow,
} from './rule-set-schema';
export { leavesWindowOn, nextRatingChangeDate } from './next-rating-change';

// Pure credit rating engine: public API.
export type { ComplaintMonth, CreditRating, CreditReason, CreditReasonCode, CreditRuleSet, RatingInput, RatingRecord } from './types';
export { addDays, addYears, assertIsoDate, isIsoDate, subtractYears } from './dates';
export { isCurrentlyListed, isListingKind, isRecordPublic } from './is-record-public';
export { CREDIT_RULE_SETS, DALIAN_2021_RULES, RATING_RECORD_KINDS, selectRuleSet } from './rules';
export { compareLevels, maxLevel, rateEntity, sumComplaintsInWindow } from './rate-entity';
export { leavesWindowOn, nextRatingChangeDate } from './next-rating-change';

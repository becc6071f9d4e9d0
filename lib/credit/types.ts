// Types of the pure credit rating engine (Dalian seed §(六)).
import type { CreditLevel, EntityStatus, ListingKind, RecordKind, RecordStatus, Severity } from '../domain/vocabulary';

/** A record as the rating engine sees it. Dates are ISO 'YYYY-MM-DD' strings. */
export type RatingRecord = {
  id: string;
  kind: RecordKind;
  status: RecordStatus;
  /** Decision date; for listing kinds this is the listed date. */
  decisionDate: string;
  /** Last day of publicity (inclusive); null when publicity does not end. */
  publicityEnd: string | null;
  /** Date a listing entry was removed (not listed any more from that day); null if still listed. */
  removedOn: string | null;
  severity: Severity | null;
  /**
   * Whether the record counts toward the level (the publicity catalogue's entry, issue 17: a
   * simple-procedure penalty does not); when absent or null, the seed catalogue decides.
   */
  countsTowardLevel?: boolean | null;
};

/** Hotline complaint statistics of one month. */
export type ComplaintMonth = {
  /** First day of the month, 'YYYY-MM-DD'. */
  periodStart: string;
  count: number;
  resolved: number;
};

/** Everything the engine needs to rate one entity. */
export type RatingInput = {
  entityStatus: EntityStatus;
  records: readonly RatingRecord[];
  complaints: readonly ComplaintMonth[];
};

export type CreditReasonCode = 'entity_revoked' | 'licence_revocation' | 'blacklisted' | 'abnormal_listing' | 'penalties' | 'complaints';

/** One rule that fired, with the records that triggered it. */
export type CreditReason = {
  code: CreditReasonCode;
  level: CreditLevel;
  recordIds: string[];
  count?: number;
  /** 0..1 rounded to 4 decimals. */
  resolvedRate?: number;
};

/** Result of rating one entity on one date. */
export type CreditRating = {
  level: CreditLevel;
  /** Every rule that fired, highest level first; empty when green. */
  reasons: CreditReason[];
  ruleVersion: string;
  ratedOn: string;
  windowStart: string;
  /** Complaints over the window; resolvedRate is null when there are none. */
  complaints: { count: number; resolvedRate: number | null };
};

/** A versioned set of rating rules; data, so a city can change thresholds without code. */
export type CreditRuleSet = {
  version: string;
  /** First rating date (inclusive) the set applies to. */
  effectiveFrom: string;
  /** Length of the look-back window in years, ending on the rating date. */
  windowYears: number;
  penalties: { yellowMin: number; redMin: number };
  complaints: { minCount: number; redAtOrBelowRate: number; yellowBelowRate: number };
  blackOnEntityRevoked: boolean;
  blackListingKinds: readonly ListingKind[];
  blackRecordKinds: readonly RecordKind[];
  redListingKinds: readonly ListingKind[];
};

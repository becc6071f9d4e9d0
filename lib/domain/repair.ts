// Credit repair (信用修复) for every published listing and penalty, by the firm (Jinan 2019 (八), (十三)1;
// Jieshou 2020 (七)): which records may be repaired, from when, by which routes, and who may ask.
// Pure: the public form, the submission and the staff decision all read these rules.
import { repairEligibleFrom, addMonthsToDate } from './publicity';
import { LISTING_KINDS, type ListingKind, type RecordKind, type Severity } from './vocabulary';

/**
 * The routes of repair Jinan 2019 (十三)1 names: a credit commitment, correction of what was wrong,
 * verification by the department, credit training, a credit report, public service.
 */
export const REPAIR_ROUTES = ['commitment', 'correction', 'verification', 'training', 'credit_report', 'public_service'] as const;
export type RepairRoute = (typeof REPAIR_ROUTES)[number];

/** Who fills in a repair request for a firm: its legal representative, or someone it authorised. */
export const REPAIR_APPLICANT_ROLES = ['legal_representative', 'authorised_agent'] as const;
export type RepairApplicantRole = (typeof REPAIR_APPLICANT_ROLES)[number];

/**
 * Months a listing must have lasted before its subject may apply to leave it early by repair:
 * abnormal operations at once, once the cause is corrected (《企业经营异常名录管理暂行办法》第十一条);
 * the serious-illegal list after one year (《市场监督管理严重违法失信名单管理办法》第十六条); a dishonest
 * debtor once the judgment is performed (the court decides; 《最高人民法院关于公布失信被执行人名单信息的若干规定》第十条);
 * a major tax violator once the tax, late fees and fines are paid (《重大税收违法失信主体信息公布管理办法》第十四条).
 */
export const LISTING_REPAIR_MINIMUM_MONTHS: Readonly<Record<ListingKind, number>> = {
  abnormal_listing: 0,
  serious_illegal_listing: 12,
  dishonest_debtor: 0,
  tax_violation: 0,
};

/** The record a repair request is about, as the rule reads it. */
export interface RepairableRecord {
  kind: RecordKind;
  severity: Severity | null;
  decisionDate: string;
  publicityStart: string | null;
  /** Listings: the day the firm left the list, if it has. */
  removedOn: string | null;
}

/** Why repair cannot be asked for: the kind is not repairable (or the listing has ended), or not yet (from `date`). */
export type RepairRefusal = { code: 'notRepairable' } | { code: 'notYetEligible'; date: string };

export function isListingKind(kind: RecordKind): kind is ListingKind {
  return (LISTING_KINDS as readonly RecordKind[]).includes(kind);
}

/** The first day repair may be asked for; null when the record cannot be repaired at all. */
export function repairEligibleOn(record: RepairableRecord): string | null {
  if (record.kind === 'penalty') return repairEligibleFrom(record.publicityStart ?? record.decisionDate, record.severity);
  if (isListingKind(record.kind)) return addMonthsToDate(record.decisionDate, LISTING_REPAIR_MINIMUM_MONTHS[record.kind]);
  return null;
}

/** Whether a repair request for `record` is refused on `today`, and why; null when it may be made. */
export function repairRefusalOn(record: RepairableRecord, today: string): RepairRefusal | null {
  const from = repairEligibleOn(record);
  if (from === null) return { code: 'notRepairable' };
  // A listing that has ended is no longer there to leave.
  if (isListingKind(record.kind) && record.removedOn !== null && record.removedOn <= today) return { code: 'notRepairable' };
  return today < from ? { code: 'notYetEligible', date: from } : null;
}

// Credit repair (信用修复) for every published listing and penalty, by the firm (Jinan 2019 (八), (十三)1;
// Jieshou 2020 (七)): which records may be repaired, from when, by which routes, and who may ask.
// Pure: the public form, the submission and the staff decision all read these rules.
import { addMonthsToDate, findPublicityRule, repairOpening, type PublicityRule, type RepairOpening } from './publicity';
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
 * Months on a list before the firm may apply to leave it early by credit repair, where the publicity
 * catalogue names no minimum for the listing kind (its minimum bounds the publicity end a department
 * may send, which a listing does not have): the serious-illegal list after one year
 * (《市场监督管理严重违法失信名单管理办法》第十六条); abnormal operations at once, once corrected
 * (《企业经营异常名录管理暂行办法》第十一条); the other blacklists once their duties are met (the
 * listing authority decides).
 */
export const LISTING_REPAIR_MINIMUM_MONTHS: Readonly<Partial<Record<ListingKind, number>>> = { serious_illegal_listing: 12 };

/** The record a repair request is about, as the rule reads it. */
export interface RepairableRecord {
  kind: RecordKind;
  severity: Severity | null;
  decisionDate: string;
  publicityStart: string | null;
  /** Listings: the day the firm left the list, if it has. */
  removedOn: string | null;
}

/**
 * Why repair cannot be asked for: the kind is not repairable (or the listing has ended); not yet
 * (the catalogue's minimum period, from `date`); or, for 特定严重, not before the maximum period.
 */
export type RepairRefusal = { code: 'notRepairable' } | { code: 'notYetEligible' | 'notBeforeMaximum'; date: string };

export function isListingKind(kind: RecordKind): kind is ListingKind {
  return (LISTING_KINDS as readonly RecordKind[]).includes(kind);
}

/**
 * When repair may first be asked for, from the publicity catalogue (lib/domain/publicity.ts): a
 * penalty after its severity's minimum (特定严重: its maximum); a listing after its kind's minimum
 * (none for abnormal operations; a year on the serious-illegal list); null when the kind cannot be repaired.
 */
export function repairOpeningOf(catalogue: readonly PublicityRule[], record: RepairableRecord): RepairOpening | null {
  if (record.kind === 'penalty') return repairOpening(catalogue, record);
  if (!isListingKind(record.kind)) return null;
  const rule = findPublicityRule(catalogue, record.kind, null, record.decisionDate);
  const months = rule?.minMonths ?? LISTING_REPAIR_MINIMUM_MONTHS[record.kind] ?? 0;
  return { from: addMonthsToDate(record.publicityStart ?? record.decisionDate, months), code: 'notYetEligible' };
}

/** Whether a repair request for `record` is refused on `today`, and why; null when it may be made. */
export function repairRefusalOn(catalogue: readonly PublicityRule[], record: RepairableRecord, today: string): RepairRefusal | null {
  const opening = repairOpeningOf(catalogue, record);
  if (opening === null) return { code: 'notRepairable' };
  // A listing that has ended is no longer there to leave.
  if (isListingKind(record.kind) && record.removedOn !== null && record.removedOn <= today) return { code: 'notRepairable' };
  return today < opening.from ? { code: opening.code, date: opening.from } : null;
}

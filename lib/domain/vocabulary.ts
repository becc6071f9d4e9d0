// Stable identifiers of the domain: English, snake_case, used in the API, URLs and data; labels come
// from the locale messages.
// Data, API and URLs use exactly these strings; labels come from the locale messages.

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const CATEGORIES = ['basic', 'good', 'warning', 'inspection'] as const;
export type Category = (typeof CATEGORIES)[number];

export const RECORD_KINDS = [
  'registration_change',
  'licence',
  'qualification',
  'trademark',
  'equity_pledge',
  'ip_pledge',
  'chattel_mortgage',
  'honour',
  'credit_commitment',
  'penalty',
  'abnormal_listing',
  'licence_revocation',
  'serious_illegal_listing',
  'dishonest_debtor',
  'tax_violation',
  'inspection',
  // Issue 17 part 3: any department's blacklist (Jieshou 2020 三(一)5), judicial assistance such as
  // equity freezes (三(一)6), administrative enforcement, broken commitments, refusals to correct.
  'department_blacklist',
  'judicial_assistance',
  'administrative_enforcement',
  'broken_commitment',
  'refused_correction',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The category each record kind belongs to (Jinan seed §3, Dongguan §17). */
export const CATEGORY_OF_KIND: Record<RecordKind, Category> = {
  registration_change: 'basic',
  licence: 'basic',
  qualification: 'basic',
  trademark: 'basic',
  equity_pledge: 'basic',
  ip_pledge: 'basic',
  chattel_mortgage: 'basic',
  honour: 'good',
  credit_commitment: 'good',
  penalty: 'warning',
  abnormal_listing: 'warning',
  licence_revocation: 'warning',
  serious_illegal_listing: 'warning',
  dishonest_debtor: 'warning',
  tax_violation: 'warning',
  inspection: 'inspection',
  department_blacklist: 'warning',
  judicial_assistance: 'warning',
  administrative_enforcement: 'warning',
  broken_commitment: 'warning',
  refused_correction: 'warning',
};

/** Record kinds that are list entries (listed on a date, removed later with a reason). */
export const LISTING_KINDS = [
  'abnormal_listing',
  'serious_illegal_listing',
  'dishonest_debtor',
  'tax_violation',
  'department_blacklist',
] as const satisfies readonly RecordKind[];
export type ListingKind = (typeof LISTING_KINDS)[number];

/**
 * Blacklists whose current entries make a firm black and a joint-punishment target: the three named
 * lists and any other department's blacklist set up under law (Dalian: "列入黑名单"; Jieshou 三(一)5).
 */
export const BLACKLIST_KINDS = [
  'serious_illegal_listing',
  'dishonest_debtor',
  'tax_violation',
  'department_blacklist',
] as const satisfies readonly ListingKind[];

export const LIST_SLUGS = ['serious-illegal', 'abnormal-operations', 'dishonest-debtors', 'tax-violations', 'joint-punishment'] as const;
export type ListSlug = (typeof LIST_SLUGS)[number];

/**
 * Penalty severities (Jinan 2019 (十三)2): `minor` is the simple procedure (简易程序: warnings, small
 * on-the-spot fines), `specific_serious` (特定严重) cannot be repaired before its maximum period.
 */
export const SEVERITIES = ['minor', 'general', 'serious', 'specific_serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RECORD_STATUSES = ['published', 'under_objection', 'suspended', 'corrected', 'revoked', 'repaired', 'expired'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Statuses under which a record is shown and counts towards the rating. */
export const PUBLIC_RECORD_STATUSES = ['published', 'under_objection', 'corrected'] as const satisfies readonly RecordStatus[];

export const CREDIT_LEVELS = ['green', 'yellow', 'red', 'black'] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

export const ENTITY_TYPES = ['company', 'individual', 'cooperative', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_STATUSES = ['active', 'revoked', 'cancelled'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/** Back-office roles: a reviewer works on its own department's items; an admin on all. */
export const STAFF_ROLES = ['reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

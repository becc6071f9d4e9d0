// Vocabulary and pure rules of the small and micro business area (Jinan seed §10): support
// policies (扶持政策), the small and micro enterprise directory (小微企业名录) and the support each
// firm received. Stable identifiers, English snake_case; labels come from the locale messages.

export const POLICY_CATEGORIES = ['tax_relief', 'finance_credit', 'subsidies', 'employment', 'innovation', 'premises', 'other'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

/**
 * Who a policy's support is closed to on credit grounds (Jinan 2017 §(九), Jieshou 2020 五(五): a
 * dishonest firm loses financial subsidies and government support). `no_blacklist`, the default:
 * not to a firm the measures catalogue takes support away from (on a blacklist, black);
 * `no_red_or_black`: not to a red or black firm either, as subsidy and credit policies usually
 * state; `none`: open whatever the level (e.g. a public service).
 */
export const CREDIT_CONDITIONS = ['no_blacklist', 'no_red_or_black', 'none'] as const;
export type CreditCondition = (typeof CREDIT_CONDITIONS)[number];

/**
 * What the guide knows of a firm's credit: its level, and whether a punitive measure in force for it
 * takes financial subsidies and government support away (the measures catalogue, lib/domain/measures.ts:
 * seeded for the blacklists and the black level, Jinan 2017 §(九)).
 */
export interface FirmCredit {
  level: 'green' | 'yellow' | 'red' | 'black';
  supportExcluded: boolean;
}

/** Why a policy is closed to the firm on credit grounds, or null when it is not. */
export function creditExclusion(condition: CreditCondition, credit: FirmCredit): 'support_excluded' | 'red' | null {
  if (condition === 'none') return null;
  if (credit.supportExcluded) return 'support_excluded';
  if (condition === 'no_red_or_black' && (credit.level === 'red' || credit.level === 'black')) return 'red';
  return null;
}

/** draft: staff only; published: public; withdrawn: public no more (kept for the record). */
export const POLICY_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const ENTERPRISE_SIZES = ['small', 'micro'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const DIRECTORY_REMOVAL_REASONS = ['deregistered', 'grew_out', 'no_longer_eligible'] as const;
export type DirectoryRemovalReason = (typeof DIRECTORY_REMOVAL_REASONS)[number];

/** In force today / expired / not yet in force: the public "in force" filter. */
export const POLICY_VALIDITY = ['in_force', 'expired', 'upcoming'] as const;
export type PolicyValidity = (typeof POLICY_VALIDITY)[number];

/** A department must publish a policy within this many days of issuing it (Jinan seed §10). */
export const LATE_PUBLICATION_DAYS = 20;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Calendar days from `from` to `to` (YYYY-MM-DD each). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Whether a policy published on `publishedOn` was published more than 20 days after issue. */
export function isLatePublication(issuedOn: string, publishedOn: string | null): boolean {
  return publishedOn !== null && daysBetween(issuedOn, publishedOn) > LATE_PUBLICATION_DAYS;
}

/** Where a validity period stands on `today`. */
export function policyValidity(validFrom: string, validTo: string | null, today: string): PolicyValidity {
  if (validFrom > today) return 'upcoming';
  if (validTo !== null && validTo < today) return 'expired';
  return 'in_force';
}

/** Who may benefit; an empty list means "no restriction" on that dimension. */
export interface PolicyEligibility {
  sizes: readonly EnterpriseSize[];
  /** GB/T 4754 divisions (F52) or whole sections (F). */
  industries: readonly string[];
  /** GB/T 2260 county-level codes. */
  districts: readonly string[];
}

/** The firm the guide matches against. */
export interface FirmProfileForGuide {
  size: EnterpriseSize | null;
  industryCode: string | null;
  districtCode: string | null;
}

/** One reason a policy matches (or does not), rendered by the UI from its code. */
export type MatchReason =
  | { dimension: 'size'; code: 'any_size' | 'size_listed'; value?: EnterpriseSize }
  | { dimension: 'industry'; code: 'any_industry' | 'industry_listed' | 'section_listed'; value?: string }
  | { dimension: 'district'; code: 'any_district' | 'district_listed'; value?: string };

/**
 * Whether a firm is eligible for a policy, with why: every restricted dimension must match. A
 * dimension the firm leaves unknown (the guide form's "any") matches only an unrestricted policy,
 * so the guide never promises a policy whose condition it could not check.
 */
export function matchPolicy(eligibility: PolicyEligibility, firm: FirmProfileForGuide): { eligible: boolean; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  let eligible = true;
  if (eligibility.sizes.length === 0) reasons.push({ dimension: 'size', code: 'any_size' });
  else if (firm.size && eligibility.sizes.includes(firm.size)) reasons.push({ dimension: 'size', code: 'size_listed', value: firm.size });
  else eligible = false;
  if (eligibility.industries.length === 0) reasons.push({ dimension: 'industry', code: 'any_industry' });
  else if (firm.industryCode && eligibility.industries.includes(firm.industryCode))
    reasons.push({ dimension: 'industry', code: 'industry_listed', value: firm.industryCode });
  else if (firm.industryCode && eligibility.industries.includes(firm.industryCode.charAt(0)))
    reasons.push({ dimension: 'industry', code: 'section_listed', value: firm.industryCode.charAt(0) });
  else eligible = false;
  if (eligibility.districts.length === 0) reasons.push({ dimension: 'district', code: 'any_district' });
  else if (firm.districtCode && eligibility.districts.includes(firm.districtCode))
    reasons.push({ dimension: 'district', code: 'district_listed', value: firm.districtCode });
  else eligible = false;
  return { eligible, reasons };
}

/** Amounts are stored in CNY with two decimals; the UI formats them per locale. */
export function formatCny(amount: number, locale: string): string {
  let format = cnyFormats.get(locale);
  if (!format) cnyFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 })));
  return format.format(amount);
}
/** One formatter per locale (building one costs tens of microseconds). */
const cnyFormats = new Map<string, Intl.NumberFormat>();

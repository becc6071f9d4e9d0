// Objections (异议) and credit repair (信用修复): identifiers and rules (Jieshou seed §(七),
// Jinan 2019 §(十七)).
import type { Severity } from './vocabulary';

/** One lifecycle for both: a tracking number, a private access code, a deadline, a decision. */
export const APPLICATION_KINDS = ['objection', 'repair'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICANT_TYPES = ['person', 'company', 'organisation'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const OBJECTION_REASONS = [
  'wrong',
  'missing',
  'duplicated',
  'should_not_publish',
  'past_period',
  'inconsistent',
  'other',
] as const;
export type ObjectionReason = (typeof OBJECTION_REASONS)[number];

/**
 * `open`: received, being verified; `suspended`: verifying with the record's publication suspended;
 * objection outcomes `corrected`, `revoked`, `upheld`; repair outcomes `approved`, `refused`.
 */
export const APPLICATION_STATUSES = ['open', 'suspended', 'corrected', 'revoked', 'upheld', 'approved', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const OPEN_APPLICATION_STATUSES = ['open', 'suspended'] as const satisfies readonly ApplicationStatus[];

export const APPLICATION_EVENTS = [
  'submitted',
  'suspended',
  'resumed',
  'corrected',
  'revoked',
  'upheld',
  'approved',
  'refused',
  'reassigned',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** Review deadlines in working days: objections 20 (Jieshou §(七)), repair about 10. */
export const REVIEW_WORKING_DAYS: Record<ApplicationKind, number> = { objection: 20, repair: 10 };

/**
 * Minimum publicity period of a penalty, in months, after which repair may be applied for
 * (minor 3 months; general 3 months to 1 year; serious 1 to 3 years: the minimum of each).
 */
export const REPAIR_MINIMUM_MONTHS: Record<Severity, number> = { minor: 3, general: 3, serious: 12 };

/** The first day repair may be applied for: the publicity start plus the minimum period. */
export function repairEligibleFrom(publicityStart: string, severity: Severity | null): string {
  const months = REPAIR_MINIMUM_MONTHS[severity ?? 'general'];
  const [y, m, d] = publicityStart.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // Same day of the month, or the month's last day (31 Jan + 1 month = 28/29 Feb).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export const EVIDENCE_LIMITS = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  /** Checked from the bytes (magic numbers), never from the name or the browser's claim. */
  mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'] as const,
  descriptionMax: 2000,
} as const;

/**
 * Anti-bot proof of work: leading zero bits the browser must find in SHA-256("<challenge>:<n>")
 * (about 16,000 hashes, well under a second). Shared by the server check and the browser loop.
 */
export const POW_DIFFICULTY_BITS = 14;

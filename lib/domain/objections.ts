// Objections (异议) and credit repair (信用修复): identifiers and rules (Jieshou seed §(七),
// Jinan 2019 §(十七)).

/** One lifecycle for both: a tracking number, a private access code, a deadline, a decision. */
export const APPLICATION_KINDS = ['objection', 'repair'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICANT_TYPES = ['person', 'company', 'organisation'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** What the applicant states and who they are (personal data: shown to staff only). */
export interface ApplicantStatement {
  description: string;
  applicantType: ApplicantType;
  applicantName: string;
  applicantUscc: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  commitmentSigned: boolean;
}

export const OBJECTION_REASONS = ['wrong', 'missing', 'duplicated', 'should_not_publish', 'past_period', 'inconsistent', 'other'] as const;
export type ObjectionReason = (typeof OBJECTION_REASONS)[number];

/**
 * `open`: received, being verified; `suspended`: verifying with the record's publication suspended;
 * objection outcomes `corrected`, `revoked`, `upheld`; repair outcomes `approved`, `refused`.
 */
export const APPLICATION_STATUSES = ['open', 'suspended', 'corrected', 'revoked', 'upheld', 'approved', 'refused'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const OPEN_APPLICATION_STATUSES = ['open', 'suspended'] as const satisfies readonly ApplicationStatus[];

export const APPLICATION_EVENTS = ['submitted', 'suspended', 'resumed', 'corrected', 'revoked', 'upheld', 'approved', 'refused', 'reassigned'] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** Review deadlines in working days: objections 20 (Jieshou §(七)), repair about 10. */
export const REVIEW_WORKING_DAYS: Record<ApplicationKind, number> = { objection: 20, repair: 10 };

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

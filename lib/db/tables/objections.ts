// Objections and credit-repair requests ("applications"), their timeline and evidence files.
// Applicant columns are personal data: only back-office queries select them (HOUSE_STYLE habit 2).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bigRef, stampedAt } from '../columns';
import { APPLICANT_TYPES, APPLICATION_EVENTS, APPLICATION_KINDS, APPLICATION_STATUSES, OBJECTION_REASONS } from '../../domain/objections';
import { departments, entities, records } from '../schema';
import { staffUsers } from './staff';

export const applicationKindEnum = pgEnum('application_kind', APPLICATION_KINDS);
export const applicationStatusEnum = pgEnum('application_status', APPLICATION_STATUSES);
export const applicantTypeEnum = pgEnum('applicant_type', APPLICANT_TYPES);
export const objectionReasonEnum = pgEnum('objection_reason', OBJECTION_REASONS);
export const applicationEventEnum = pgEnum('application_event', APPLICATION_EVENTS);

export const applications = pgTable(
  'applications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: applicationKindEnum('kind').notNull(),
    trackingNo: text('tracking_no').notNull(),
    /** argon2id hash of the access code shown once to the applicant. */
    accessCodeHash: text('access_code_hash').notNull(),
    /** The form instance's key: a double click or a retry finds the first submission. */
    idempotencyKey: text('idempotency_key').notNull(),
    entityId: bigRef('entity_id', () => entities.id),
    recordId: bigint('record_id', { mode: 'number' }).references(() => records.id),
    /** The department that answers: the record's provider, else the entity's registrar; admins may reassign. */
    departmentId: integer('department_id').references(() => departments.id),
    status: applicationStatusEnum('status').notNull().default('open'),
    reason: objectionReasonEnum('reason'),
    description: text('description').notNull(),
    applicantType: applicantTypeEnum('applicant_type').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantUscc: text('applicant_uscc'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** Repair: the applicant signed the credit commitment (信用承诺). */
    commitmentSigned: boolean('commitment_signed').notNull().default(false),
    /** Repair: the routes chosen on the form (lib/domain/repair.ts REPAIR_ROUTES). */
    repairRoutes: text('repair_routes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Repair: the applicant acts for the firm as its legal representative or as an authorised agent. */
    actingRole: text('acting_role'),
    /** Repair: the staff member who checked the applicant's authority to act for the firm, and when. */
    authorityVerifiedBy: integer('authority_verified_by').references(() => staffUsers.id),
    authorityVerifiedAt: timestamp('authority_verified_at', { withTimezone: true }),
    submittedOn: date('submitted_on').notNull(),
    /** submittedOn + 20 (objection) or 10 (repair) working days, Chinese calendar. */
    deadline: date('deadline').notNull(),
    reply: text('reply'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: stampedAt('created_at'),
  },
  (t) => [
    uniqueIndex('applications_tracking_no_key').on(t.trackingNo),
    uniqueIndex('applications_idempotency_key').on(t.idempotencyKey),
    index('applications_queue_idx').on(t.kind, t.departmentId, t.status, t.deadline),
    check('applications_acting_role', sql`${t.actingRole} is null or ${t.actingRole} in ('legal_representative', 'authorised_agent')`),
    check(
      'applications_repair_routes',
      sql`${t.repairRoutes} <@ array['commitment', 'correction', 'verification', 'training', 'credit_report', 'public_service']::text[]`,
    ),
    index('applications_record_idx')
      .on(t.recordId)
      .where(sql`${t.status} in ('open','suspended')`),
    // Credit reports count the objections and repairs under way about a firm (lib/db/queries/credit-reports.ts).
    index('applications_entity_open_idx')
      .on(t.entityId)
      .where(sql`${t.status} in ('open','suspended')`),
  ],
);

/** Every step, timestamped; `note` is the written reply or reason the applicant reads. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: bigRef('application_id', () => applications.id),
    event: applicationEventEnum('event').notNull(),
    staffUserId: integer('staff_user_id').references(() => staffUsers.id),
    note: text('note'),
    at: stampedAt('at'),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.at)],
);

/** Evidence files, stored under <DATA_DIR>/evidence with generated names; never public. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: bigRef('application_id', () => applications.id),
    storedName: text('stored_name').notNull(),
    originalName: text('original_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** `evidence`, or `authorisation`: the document showing a repair applicant may act for the firm. */
    purpose: text('purpose').notNull().default('evidence'),
  },
  (t) => [
    index('application_files_application_idx').on(t.applicationId),
    check('application_files_purpose', sql`${t.purpose} in ('evidence', 'authorisation')`),
  ],
);

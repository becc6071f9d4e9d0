// Small and micro businesses (Jinan seed §10): support policies (扶持政策), the small and micro
// enterprise directory (小微企业名录) and the support each firm received. Nothing here is personal
// data: every column may appear on a public page.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { intRef, rowTimestamps, stampedAt } from '../columns';
import {
  CREDIT_CONDITIONS,
  DIRECTORY_REMOVAL_REASONS,
  ENTERPRISE_SIZES,
  LATE_PUBLICATION_DAYS,
  POLICY_CATEGORIES,
  POLICY_STATUSES,
} from '../../domain/policies';
import { departments, entities } from '../schema';

export const policyCategoryEnum = pgEnum('policy_category', POLICY_CATEGORIES);
export const policyStatusEnum = pgEnum('policy_status', POLICY_STATUSES);
export const enterpriseSizeEnum = pgEnum('enterprise_size', ENTERPRISE_SIZES);
export const directoryRemovalReasonEnum = pgEnum('directory_removal_reason', DIRECTORY_REMOVAL_REASONS);
export const policyCreditConditionEnum = pgEnum('policy_credit_condition', CREDIT_CONDITIONS);

/** A support policy as its issuing department published it. */
export const policies = pgTable(
  'policies',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    issuingDepartmentId: intRef('issuing_department_id', () => departments.id),
    docNo: text('doc_no'),
    issuedOn: date('issued_on').notNull(),
    /** Set when first published; null for a draft never published. */
    publishedOn: date('published_on'),
    category: policyCategoryEnum('category').notNull(),
    /** Eligibility; an empty array means no restriction on that dimension. */
    eligibleSizes: enterpriseSizeEnum('eligible_sizes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** GB/T 4754 divisions (F52) or sections (F). */
    eligibleIndustries: text('eligible_industries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** GB/T 2260 county-level codes. */
    eligibleDistricts: text('eligible_districts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    benefits: text('benefits').notNull(),
    applySteps: text('apply_steps'),
    applyMaterials: text('apply_materials'),
    applyWhere: text('apply_where'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /** [{label, url}] */
    links: jsonb('links')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Attachment metadata [{name, url, mediaType?, bytes?}]; files live with the department. */
    attachments: jsonb('attachments')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Who the support is closed to on credit grounds (lib/domain/policies.ts, creditExclusion). */
    creditCondition: policyCreditConditionEnum('credit_condition').notNull().default('no_blacklist'),
    status: policyStatusEnum('status').notNull().default('draft'),
    withdrawnOn: date('withdrawn_on'),
    withdrawalReason: text('withdrawal_reason'),
    /** Published more than 20 days after issue (Jinan seed §10): derived, so it can never disagree. */
    publishedLate: boolean('published_late')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(published_on - issued_on > ${sql.raw(String(LATE_PUBLICATION_DAYS))}, false)`),
    version: integer('version').notNull().default(1),
    ...rowTimestamps(),
  },
  (t) => [
    index('policies_status_published_idx').on(t.status, t.publishedOn, t.id),
    index('policies_department_idx').on(t.issuingDepartmentId, t.status),
    check('policies_valid_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('policies_published_after_issue', sql`${t.publishedOn} is null or ${t.publishedOn} >= ${t.issuedOn}`),
  ],
);

/** Membership of the small and micro enterprise directory: one row per firm, kept after removal. */
export const smallBusinessDirectory = pgTable(
  'small_business_directory',
  {
    entityId: bigint('entity_id', { mode: 'number' })
      .primaryKey()
      .references(() => entities.id, { onDelete: 'cascade' }),
    size: enterpriseSizeEnum('size').notNull(),
    listedYear: smallint('listed_year').notNull(),
    removedOn: date('removed_on'),
    removalReason: directoryRemovalReasonEnum('removal_reason'),
    updatedAt: stampedAt('updated_at'),
  },
  (t) => [
    // Keyset pages of the directory by year listed (and the year filter).
    index('small_business_directory_year_idx').on(t.listedYear, t.entityId),
    check('small_business_directory_removal', sql`(${t.removedOn} is null) = (${t.removalReason} is null)`),
  ],
);

/** Support a firm received (year, policy basis, content, amount, implementing department, date). */
export const supportReceived = pgTable(
  'support_received',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityId: bigint('entity_id', { mode: 'number' })
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    /** The policy on our site, when the department named one; else the basis in words. */
    policyId: integer('policy_id').references(() => policies.id),
    policyBasis: text('policy_basis'),
    content: text('content').notNull(),
    /** Amount in CNY (yuan), two decimals; null for support without a sum (e.g. a service). */
    amountCny: numeric('amount_cny', { precision: 16, scale: 2 }),
    implementingDepartmentId: intRef('implementing_department_id', () => departments.id),
    grantedOn: date('granted_on').notNull(),
    /** The department that pushed the row and its own reference (idempotent intake). */
    sourceDepartmentId: intRef('source_department_id', () => departments.id),
    sourceRef: text('source_ref').notNull(),
    version: integer('version').notNull().default(1),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('support_received_source_key').on(t.sourceDepartmentId, t.sourceRef),
    index('support_received_entity_idx').on(t.entityId, t.grantedOn),
    index('support_received_policy_idx').on(t.policyId, t.grantedOn, t.id),
    check('support_received_basis', sql`${t.policyId} is not null or ${t.policyBasis} is not null`),
    check('support_received_amount', sql`${t.amountCny} is null or ${t.amountCny} >= 0`),
  ],
);

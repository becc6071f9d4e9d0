// Drizzle schema: the source of truth for the generated SQL migrations in drizzle/.
// Identifiers follow lib/domain/vocabulary.ts.
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
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { bigRef, intRef, rowTimestamps, stampedAt } from './columns';
import { CATEGORIES, CREDIT_LEVELS, ENTITY_STATUSES, ENTITY_TYPES, RECORD_KINDS, RECORD_STATUSES, SEVERITIES } from '../domain/vocabulary';
import { COMMITMENT_STATUSES } from '../domain/commitments';

export const categoryEnum = pgEnum('category', CATEGORIES);
export const recordKindEnum = pgEnum('record_kind', RECORD_KINDS);
export const severityEnum = pgEnum('severity', SEVERITIES);
export const recordStatusEnum = pgEnum('record_status', RECORD_STATUSES);
export const creditLevelEnum = pgEnum('credit_level', CREDIT_LEVELS);
export const entityTypeEnum = pgEnum('entity_type', ENTITY_TYPES);
export const entityStatusEnum = pgEnum('entity_status', ENTITY_STATUSES);
export const commitmentStatusEnum = pgEnum('commitment_status', COMMITMENT_STATUSES);

/** Government departments that provide data ("谁产生、谁提供、谁负责"). */
export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameZhCn: text('name_zh_cn').notNull(),
  nameZhTw: text('name_zh_tw').notNull(),
  nameEn: text('name_en').notNull(),
  /** Registration authorities may post entities (registration data). */
  isRegistrar: boolean('is_registrar').notNull().default(false),
  createdAt: stampedAt('created_at'),
});

/** Market entities: companies, individual businesses, cooperatives. */
export const entities = pgTable(
  'entities',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** 统一社会信用代码; a few genuine legacy codes fail the checksum and are kept as they are. */
    uscc: text('uscc').notNull(),
    usccChecksumValid: boolean('uscc_checksum_valid').notNull().default(true),
    /** Old 15-digit 注册号. */
    regNo: text('reg_no'),
    name: text('name').notNull(),
    /** Name normalised for exact matching (brackets and spaces folded). */
    nameNormalized: text('name_normalized').notNull(),
    formerNames: text('former_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    type: entityTypeEnum('type').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    /** Registered capital in units of 10,000 CNY (万元), as registered. */
    registeredCapital: numeric('registered_capital', { precision: 18, scale: 4 }),
    establishedOn: date('established_on').notNull(),
    /** 营业期限: from (null: not on file) and to (null with a from: without end, 长期). */
    businessTermFrom: date('business_term_from'),
    businessTermTo: date('business_term_to'),
    address: text('address').notNull(),
    /** GB/T 2260 county-level division code. */
    districtCode: text('district_code').notNull(),
    /** GB/T 4754 industry: section letter + division, e.g. F52. */
    industryCode: text('industry_code'),
    scope: text('scope'),
    status: entityStatusEnum('status').notNull().default('active'),
    registrarDepartmentId: integer('registrar_department_id').references(() => departments.id),
    isSmallMicro: boolean('is_small_micro').notNull().default(false),
    creditLevel: creditLevelEnum('credit_level').notNull().default('green'),
    /** The rating engine's reasons (rules and the record ids that fired them). */
    creditReasons: jsonb('credit_reasons')
      .notNull()
      .default(sql`'[]'::jsonb`),
    creditRuleVersion: text('credit_rule_version'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** The next date on which time alone may change the rating (scheduler input). */
    nextReviewOn: date('next_review_on'),
    /** A branch's head office (分支机构 → 总公司); null for a firm that is not a branch or whose head office is not on file. */
    headOfficeId: bigint('head_office_id', { mode: 'number' }).references((): AnyPgColumn => entities.id),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('entities_uscc_key').on(t.uscc),
    index('entities_reg_no_idx').on(t.regNo),
    index('entities_name_normalized_idx').on(t.nameNormalized),
    index('entities_credit_level_idx').on(t.creditLevel),
    // District (and district + industry: the list filters) to ids without touching the table.
    index('entities_district_idx').on(t.districtCode, t.industryCode, t.id),
    index('entities_next_review_idx').on(t.nextReviewOn),
    // "Data current as of" (every page's footer) is max(updated_at): a backward index scan, not a
    // 3 s sequential scan of a million firms.
    index('entities_updated_at_idx').on(t.updatedAt),
    // Contains-matching on the name and former names for the search fallback (Meilisearch down):
    // a GIN index over the text's character bigrams (SQL functions of migration 0007). pg_trgm
    // cannot serve Chinese here: the database's C ctype makes every Han character a word
    // separator, so show_trgm('华通商贸') is empty. It reads only the names, so an update that
    // changes no indexed column stays HOT; a re-rating that moves next_review_on or the level
    // (already non-HOT) adds a GIN entry too (fastupdate pending list, cheap per row).
    index('entities_search_bigrams_idx').using('gin', sql`search_bigrams(entity_search_text(${t.nameNormalized}, ${t.formerNames}))`),
    // Related firms (网图, lib/network): a firm's branches, the firms at the same registered address
    // (normalize_address of migration 0015, = lib/domain/address.ts) and those whose legal
    // representative has the same name in the same district. None of these columns changes when
    // the worker re-rates a firm, so re-ratings stay HOT updates.
    index('entities_head_office_idx')
      .on(t.headOfficeId)
      .where(sql`${t.headOfficeId} is not null`),
    index('entities_address_normalized_idx').on(sql`normalize_address(${t.address})`),
    index('entities_representative_district_idx').on(t.legalRepresentative, t.districtCode),
    // No index on updated_at: the worker rewrites it with every rating, and an index on it would
    // rule out HOT updates and make every re-rating rewrite all the table's indexes (measured:
    // worker throughput fell from ~4,000 to ~280 changes/s at a million entities).
  ],
);

/** Every published fact about an entity, in the four categories; listings are records too. */
export const records = pgTable(
  'records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityId: bigRef('entity_id', () => entities.id),
    departmentId: intRef('department_id', () => departments.id),
    /** The providing department's own reference, unique per department (idempotent intake). */
    sourceRef: text('source_ref').notNull(),
    version: integer('version').notNull().default(1),
    category: categoryEnum('category').notNull(),
    kind: recordKindEnum('kind').notNull(),
    title: text('title').notNull(),
    docNo: text('doc_no'),
    /** Decision date; for listings, the date listed. */
    decisionDate: date('decision_date').notNull(),
    producedOn: date('produced_on'),
    collectedOn: date('collected_on').notNull(),
    severity: severityEnum('severity'),
    legalBasis: text('legal_basis'),
    content: text('content'),
    publicityStart: date('publicity_start'),
    publicityEnd: date('publicity_end'),
    status: recordStatusEnum('status').notNull().default('published'),
    /** Listings: grounds for listing, removal date and reason. */
    grounds: text('grounds'),
    /** department_blacklist only: the name of the department's list (issue 17 part 3). */
    listName: text('list_name'),
    removedOn: date('removed_on'),
    removalReason: text('removal_reason'),
    /** Credit commitments only: the procedure (commitment_templates.procedure_code) the firm signed for. */
    procedureCode: text('procedure_code'),
    /** Credit commitments only: pending, kept or broken (违反承诺). */
    commitmentStatus: commitmentStatusEnum('commitment_status'),
    /** Credit commitments only: the sourceRef (same department) of the broken_commitment record, when there is one. */
    brokenRecordRef: text('broken_record_ref'),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('records_department_source_ref_key').on(t.departmentId, t.sourceRef),
    index('records_entity_idx').on(t.entityId, t.category, t.decisionDate),
    // Every list page, count and export reads listing rows by kind and date: the columns they filter
    // and join on are in the index, so it is an index-only scan (0.4 s → 40 ms for a district's count
    // at 1M firms; the heap scan read 15,000 scattered blocks).
    index('records_listing_idx')
      .on(t.kind, t.decisionDate, t.id, t.entityId, t.departmentId, t.status, t.removedOn)
      .where(sql`${t.kind} in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation')`),
    // The departments that provided each list (the authority filter on every list page): an
    // index-only scan, 1.8 ms at 1M firms instead of 4.7 s through the source-ref index.
    index('records_listing_department_idx')
      .on(t.kind, t.departmentId)
      .where(sql`${t.kind} in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation')`),
    // The same for every listing kind including department_blacklist (issue 17). Its predicate names
    // only kinds that are not listings: the migration that adds the new enum values cannot name them
    // (PostgreSQL refuses a new enum value in the transaction that added it), and `kind in (<listing
    // kinds>)` of every list query implies `kind not in (<these>)`, so the planner uses it. It also
    // holds the few rows of the other warning kinds added by issue 17.
    index('records_listing_all_idx')
      .on(t.kind, t.decisionDate, t.id, t.entityId, t.departmentId, t.status, t.removedOn)
      .where(
        sql`${t.kind} not in ('registration_change','licence','qualification','trademark','equity_pledge','ip_pledge','chattel_mortgage','honour','credit_commitment','penalty','licence_revocation','inspection')`,
      ),
    index('records_updated_at_idx').on(t.updatedAt),
    // 双公示 (lib/db/queries/dual-publicity.ts): each list reads its public rows newest decision
    // first with a keyset cursor, so a page costs the same at any depth; the department filter
    // has its own. Partial on the list's kinds and the public statuses (written as literals in the
    // queries so every plan matches), so the other records and hidden ones cost nothing here.
    index('records_dual_licences_idx')
      .on(t.decisionDate, t.id)
      .where(sql`${t.kind} in ('licence','qualification') and ${t.status} in ('published','under_objection','corrected')`),
    index('records_dual_licences_department_idx')
      .on(t.departmentId, t.decisionDate, t.id)
      .where(sql`${t.kind} in ('licence','qualification') and ${t.status} in ('published','under_objection','corrected')`),
    // District and industry together (a few thousand firms): the page is built firm by firm from
    // these, index-only (the filters' columns are in the key after the order), 270 → 60 ms at 300k.
    index('records_dual_licences_entity_idx')
      .on(t.entityId, t.decisionDate, t.id, t.kind, t.severity, t.departmentId, t.publicityEnd)
      .where(sql`${t.kind} in ('licence','qualification') and ${t.status} in ('published','under_objection','corrected')`),
    index('records_dual_penalties_entity_idx')
      .on(t.entityId, t.decisionDate, t.id, t.kind, t.severity, t.departmentId, t.publicityEnd)
      .where(sql`${t.kind} in ('penalty','licence_revocation') and ${t.status} in ('published','under_objection','corrected')`),
    index('records_dual_penalties_idx')
      .on(t.decisionDate, t.id)
      .where(sql`${t.kind} in ('penalty','licence_revocation') and ${t.status} in ('published','under_objection','corrected')`),
    index('records_dual_penalties_department_idx')
      .on(t.departmentId, t.decisionDate, t.id)
      .where(sql`${t.kind} in ('penalty','licence_revocation') and ${t.status} in ('published','under_objection','corrected')`),
    // The commitments list (/{locale}/commitments), newest first with keyset paging: one partial
    // index per filter that can be selective (procedure, status, department), each ending in the
    // sort key, and one carrying every filter column for the unfiltered and mixed views.
    index('records_commitment_idx')
      .on(t.decisionDate, t.id, t.departmentId, t.procedureCode, t.commitmentStatus, t.status)
      .where(sql`${t.kind} = 'credit_commitment'`),
    index('records_commitment_procedure_idx')
      .on(t.procedureCode, t.decisionDate, t.id)
      .where(sql`${t.kind} = 'credit_commitment'`),
    index('records_commitment_status_idx')
      .on(t.commitmentStatus, t.decisionDate, t.id)
      .where(sql`${t.kind} = 'credit_commitment'`),
    index('records_commitment_department_idx')
      .on(t.departmentId, t.decisionDate, t.id)
      .where(sql`${t.kind} = 'credit_commitment'`),
    check('records_severity_only_penalty', sql`${t.severity} is null or ${t.kind} = 'penalty'`),
    check('records_removal_after_listing', sql`${t.removedOn} is null or ${t.removedOn} >= ${t.decisionDate}`),
  ],
);

/** 12345 hotline complaint statistics per entity and month. */
export const complaintStats = pgTable(
  'complaint_stats',
  {
    entityId: bigRef('entity_id', () => entities.id),
    /** First day of the month. */
    periodStart: date('period_start').notNull(),
    complaints: smallint('complaints').notNull(),
    resolved: smallint('resolved').notNull(),
    /**
     * Who sent the month's current figures and under which reference (POST
     * /api/v1/intake/complaints, idempotent by department + sourceRef); null for seeded figures.
     */
    departmentId: integer('department_id').references(() => departments.id),
    sourceRef: text('source_ref'),
    collectedOn: date('collected_on'),
  },
  (t) => [
    primaryKey({ columns: [t.entityId, t.periodStart] }),
    uniqueIndex('complaint_stats_department_source_ref_key')
      .on(t.departmentId, t.sourceRef)
      .where(sql`${t.sourceRef} is not null`),
    check('complaint_stats_resolved_le_count', sql`${t.resolved} >= 0 and ${t.resolved} <= ${t.complaints}`),
  ],
);

/**
 * Transactional outbox: written in the same transaction as the change it announces; the worker
 * takes rows with FOR UPDATE SKIP LOCKED and deletes them once their work is done.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    topic: text('topic').notNull(),
    entityId: bigint('entity_id', { mode: 'number' }),
    payload: jsonb('payload')
      .notNull()
      .default(sql`'{}'::jsonb`),
    attempts: integer('attempts').notNull().default(0),
    availableAt: stampedAt('available_at'),
    createdAt: stampedAt('created_at'),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_available_idx').on(t.availableAt, t.id)],
);

/**
 * Finished runs of `npm run db:backup` (lib/ops/backup.ts): kept in the database so /api/health on
 * every machine can warn when the last backup is more than a day old.
 */
export const backupRuns = pgTable('backup_runs', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  /** The backup folder's name (not its path: copies move). */
  folder: text('folder').notNull(),
  bytes: bigint('bytes', { mode: 'number' }).notNull(),
});

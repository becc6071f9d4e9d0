// 双随机一公开 (issue 18 part 2): inspection items per department (随机抽查事项清单), the inspector
// directory, inspection plans with their published seed and directory snapshot, the draw (firms and
// their inspectors) with each firm's result, and the follow-ups a 限期整改 result queues.
// Inspectors' names and certificate numbers are for staff only: public code reads their role.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { bigRef, intRef, rowTimestamps } from '../columns';
import { FOLLOW_UP_STATUSES, INSPECTION_PLAN_STATUSES, INSPECTION_RESULTS, INSPECTION_TARGET_REASONS, INSPECTOR_ROLES } from '../../domain/inspections';
import { departments, entities, entityTypeEnum, records } from '../schema';

export const inspectionPlanStatusEnum = pgEnum('inspection_plan_status', INSPECTION_PLAN_STATUSES);
export const inspectionResultEnum = pgEnum('inspection_result', INSPECTION_RESULTS);
export const inspectionTargetReasonEnum = pgEnum('inspection_target_reason', INSPECTION_TARGET_REASONS);
export const inspectorRoleEnum = pgEnum('inspector_role', INSPECTOR_ROLES);
export const followUpStatusEnum = pgEnum('inspection_follow_up_status', FOLLOW_UP_STATUSES);

/** One line of a department's published list of random inspection items (随机抽查事项清单). */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    id: serial('id').primaryKey(),
    departmentId: intRef('department_id', () => departments.id),
    /** The department's own item code. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    legalBasis: text('legal_basis'),
    /** How it is inspected (书面检查, 实地核查 …). */
    method: text('method'),
    active: boolean('active').notNull().default(true),
    ...rowTimestamps(),
  },
  (t) => [uniqueIndex('inspection_items_department_code_key').on(t.departmentId, t.code)],
);

/** The inspector directory (执法检查人员名录) a department draws from. Name: staff only. */
export const inspectors = pgTable(
  'inspectors',
  {
    id: serial('id').primaryKey(),
    departmentId: intRef('department_id', () => departments.id),
    name: text('name').notNull(),
    role: inspectorRoleEnum('role').notNull().default('law_enforcement'),
    active: boolean('active').notNull().default(true),
    ...rowTimestamps(),
  },
  (t) => [index('inspectors_department_idx').on(t.departmentId, t.active, t.id)],
);

/** An inspection plan: who inspects what, in which population, how many, when; and its draw's published facts. */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: serial('id').primaryKey(),
    departmentId: intRef('department_id', () => departments.id),
    title: text('title').notNull(),
    itemIds: integer('item_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Target population; an empty array = no restriction on that dimension. GB/T 2260 codes. */
    districts: text('districts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** GB/T 4754 sections (F) or divisions (F52): a firm matches when its industry code starts with one. */
    industries: text('industries')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    entityTypes: entityTypeEnum('entity_types')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Exactly one of the two: a number of firms or a share of the population in percent. */
    firmCount: integer('firm_count'),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** Published before the draw; anyone re-runs the draw from it (lib/domain/inspections.ts). */
    seed: text('seed').notNull(),
    status: inspectionPlanStatusEnum('status').notNull().default('draft'),
    drawAlgorithm: text('draw_algorithm'),
    snapshotSize: integer('snapshot_size'),
    snapshotSha256: text('snapshot_sha256'),
    inspectorPoolSize: integer('inspector_pool_size'),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    ...rowTimestamps(),
  },
  (t) => [
    index('inspection_plans_department_idx').on(t.departmentId, t.id),
    // The public list: drawn plans, newest first (keyset on id).
    index('inspection_plans_status_idx').on(t.status, t.id),
    check('inspection_plans_sample', sql`(${t.firmCount} is null) <> (${t.sharePercent} is null)`),
    check('inspection_plans_firm_count', sql`${t.firmCount} is null or ${t.firmCount} between 1 and 100000`),
    check('inspection_plans_share', sql`${t.sharePercent} is null or (${t.sharePercent} > 0 and ${t.sharePercent} <= 100)`),
    check('inspection_plans_period', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/**
 * The directory snapshot a plan was drawn from: the eligible firms at draw time in USCC order
 * (position 0, 1, …). Kept so anyone can fetch the list later and re-run the draw, whatever the
 * directory has become since; written by one INSERT … SELECT in PostgreSQL (no firm list in Node).
 */
export const inspectionSnapshots = pgTable(
  'inspection_snapshots',
  {
    planId: intRef('plan_id', () => inspectionPlans.id),
    position: integer('position').notNull(),
    entityId: bigRef('entity_id', () => entities.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.position] })],
);

/** One firm on a plan (drawn, or a follow-up), its inspectors, and its result once entered. */
export const inspectionTargets = pgTable(
  'inspection_targets',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: intRef('plan_id', () => inspectionPlans.id),
    entityId: bigRef('entity_id', () => entities.id),
    reason: inspectionTargetReasonEnum('reason').notNull().default('drawn'),
    /** Draw order (0-based) for drawn firms; null for follow-ups. */
    drawPosition: integer('draw_position'),
    /** Staff only: the drawn inspectors (public code shows their roles). */
    inspectorIds: integer('inspector_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    inspectorRoles: inspectorRoleEnum('inspector_roles')
      .array()
      .notNull()
      .default(sql`'{}'`),
    result: inspectionResultEnum('result'),
    inspectedOn: date('inspected_on'),
    correctionDeadline: date('correction_deadline'),
    /** Public summary of the findings. */
    findings: text('findings'),
    docNo: text('doc_no'),
    /** The published inspection record on the firm's profile (监督抽查信息). */
    recordId: bigint('record_id', { mode: 'number' }).references(() => records.id),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('inspection_targets_plan_entity_key').on(t.planId, t.entityId),
    index('inspection_targets_plan_idx').on(t.planId, t.drawPosition, t.id),
    index('inspection_targets_entity_idx').on(t.entityId),
    // The public results list and feed: newest results first (keyset on inspected_on, id).
    index('inspection_targets_results_idx')
      .on(t.inspectedOn, t.id)
      .where(sql`${t.result} is not null`),
    check('inspection_targets_deadline', sql`${t.result} is null or (${t.result} = 'correction_ordered') = (${t.correctionDeadline} is not null)`),
  ],
);

/** A follow-up inspection a 限期整改 result queued, due at the correction deadline. */
export const inspectionFollowUps = pgTable(
  'inspection_follow_ups',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The target whose result ordered the correction (one follow-up per such result). */
    originTargetId: bigRef('origin_target_id', () => inspectionTargets.id),
    departmentId: intRef('department_id', () => departments.id),
    entityId: bigRef('entity_id', () => entities.id),
    dueOn: date('due_on').notNull(),
    status: followUpStatusEnum('status').notNull().default('scheduled'),
    /** The plan and target that carry the follow-up once a draw picked it up. */
    assignedTargetId: bigint('assigned_target_id', { mode: 'number' }).references((): AnyPgColumn => inspectionTargets.id),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('inspection_follow_ups_origin_key').on(t.originTargetId),
    index('inspection_follow_ups_queue_idx').on(t.departmentId, t.status, t.dueOn),
    index('inspection_follow_ups_due_idx').on(t.status, t.dueOn),
  ],
);

// Tables of the intake area (issue 4): department API tokens, record version history, the
// unmatched queue, the working-day calendar and the timeliness measurements.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { bigRef, intRef, rowTimestamps, stampedAt } from '../columns';
import { departments, entities, recordKindEnum, records } from '../schema';
import { staffUsers } from './staff';

/** Bearer tokens of the departments' systems. Only the SHA-256 of a token is stored. */
export const departmentTokens = pgTable(
  'department_tokens',
  {
    id: serial('id').primaryKey(),
    departmentId: intRef('department_id', () => departments.id),
    /** What the token is for (e.g. the sending system's name). */
    name: text('name').notNull(),
    /** The token's first characters, shown in listings so a person can tell tokens apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: stampedAt('created_at'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('department_tokens_hash_key').on(t.tokenHash), index('department_tokens_department_idx').on(t.departmentId)],
);

/** Superseded versions of records: the row as it was before an intake change replaced it. */
export const recordVersions = pgTable(
  'record_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    recordId: bigRef('record_id', () => records.id),
    version: integer('version').notNull(),
    /** The record's columns as they were (to_jsonb of the row). */
    data: jsonb('data').notNull(),
    /** updated | retracted */
    change: text('change').notNull(),
    supersededAt: stampedAt('superseded_at'),
  },
  (t) => [uniqueIndex('record_versions_record_version_key').on(t.recordId, t.version)],
);

/** Records a department retracted (DELETE /api/v1/intake/records); posting them again republishes. */
export const recordRetractions = pgTable('record_retractions', {
  recordId: bigint('record_id', { mode: 'number' })
    .primaryKey()
    .references(() => records.id),
  retractedAt: stampedAt('retracted_at'),
});

/**
 * Items whose firm could not be identified with certainty: kept with their payload and the reason
 * until a person matches them by hand (never dropped, never attached to a guessed firm).
 */
export const intakeUnmatched = pgTable(
  'intake_unmatched',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    departmentId: intRef('department_id', () => departments.id),
    sourceRef: text('source_ref').notNull(),
    /** The validated item as posted (record fields; no personal data beyond what a record holds). */
    payload: jsonb('payload').notNull(),
    /** not_found | name_ambiguous | code_ambiguous */
    reason: text('reason').notNull(),
    /** The identity the item gave, normalised, for display and for matching when the firm registers. */
    identityField: text('identity_field').notNull(),
    identityValue: text('identity_value').notNull(),
    candidateCount: smallint('candidate_count').notNull().default(0),
    ...rowTimestamps(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedEntityId: bigint('resolved_entity_id', { mode: 'number' }).references(() => entities.id),
    resolvedBy: integer('resolved_by').references(() => staffUsers.id),
  },
  (t) => [
    uniqueIndex('intake_unmatched_open_key')
      .on(t.departmentId, t.sourceRef)
      .where(sql`${t.resolvedAt} is null`),
    index('intake_unmatched_open_idx')
      .on(t.departmentId, t.id)
      .where(sql`${t.resolvedAt} is null`),
    index('intake_unmatched_identity_idx')
      .on(t.identityField, t.identityValue)
      .where(sql`${t.resolvedAt} is null`),
  ],
);

/**
 * The Chinese working-day calendar as a table (filled from lib/calendar, which follows the State
 * Council's notices): `ordinal` counts working days up to and including `day`, so the working days
 * from a to b are ordinal(b) − ordinal(a), set-based in SQL for millions of records.
 */
export const workCalendar = pgTable('work_calendar', {
  day: date('day').primaryKey(),
  isWorking: boolean('is_working').notNull(),
  ordinal: integer('ordinal').notNull(),
  /** The year's official schedule was not published yet: only weekends are known to be off. */
  provisional: boolean('provisional').notNull(),
});

/** Working-day lag of each record from production to collection (its first version). */
export const recordTimeliness = pgTable(
  'record_timeliness',
  {
    // No foreign keys: bulk intake inserts millions of these beside their records, and the per-row
    // checks would cost as much as the rows; rows are written only with their record (same statement).
    recordId: bigint('record_id', { mode: 'number' }).primaryKey(),
    departmentId: integer('department_id').notNull(),
    kind: recordKindEnum('kind').notNull(),
    producedOn: date('produced_on').notNull(),
    collectedOn: date('collected_on').notNull(),
    lagWorkingDays: integer('lag_working_days').notNull(),
    onTime: boolean('on_time').notNull(),
  },
  (t) => [index('record_timeliness_department_idx').on(t.departmentId, t.kind)],
);

/**
 * On-time counts per department, kind and month of collection, maintained with every intake and
 * rebuilt after a seed: the timeliness page reads a few hundred rows instead of millions.
 */
export const timelinessStats = pgTable(
  'timeliness_stats',
  {
    departmentId: intRef('department_id', () => departments.id),
    kind: recordKindEnum('kind').notNull(),
    /** First day of the month the records were collected in. */
    month: date('month').notNull(),
    records: integer('records').notNull(),
    onTime: integer('on_time').notNull(),
    lagSum: bigint('lag_sum', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.departmentId, t.kind, t.month] })],
);

// The publicity catalogue (issue 17 part 1): per record kind and penalty severity, the minimum and
// maximum publicity period, the collection deadline, whether it counts toward the level and whether
// it may be repaired early. Versioned: staff add a row with a later effective date, never rewrite
// one, so the rules a record was published under stay on file (lib/domain/publicity.ts reads them).
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, serial, smallint, text, unique } from 'drizzle-orm/pg-core';
import { rowTimestamps } from '../columns';
import { recordKindEnum, severityEnum } from '../schema';
import { staffUsers } from './staff';

/** One version of the rules for one kind (and, for penalties, one severity). */
export const publicityCatalogue = pgTable(
  'publicity_catalogue',
  {
    id: serial('id').primaryKey(),
    kind: recordKindEnum('kind').notNull(),
    /** Penalties only (null for every other kind). */
    severity: severityEnum('severity'),
    /** Months public before repair may be applied for; null: no minimum. */
    minMonths: smallint('min_months'),
    /** Months after the decision when publication stops; null: until removed. */
    maxMonths: smallint('max_months'),
    /** False for 特定严重: no repair before the maximum. */
    repairBeforeMax: boolean('repair_before_max').notNull().default(true),
    /** Working days from production to collection (Jinan §5: 7 or 20). */
    collectionWorkingDays: smallint('collection_working_days').notNull(),
    countsTowardLevel: boolean('counts_toward_level').notNull(),
    /** Applies to records decided on or after this day, until a later version takes over. */
    effectiveFrom: date('effective_from').notNull(),
    /** Why this version (a notice and section, a department's rule); shown on the catalogue page. */
    note: text('note'),
    /** The staff member who added the version; null for the seeded catalogue. */
    createdBy: integer('created_by').references(() => staffUsers.id),
    ...rowTimestamps(),
  },
  (t) => [
    // The lookup (kind, severity, latest effective date on or before a day) and one version a day.
    unique('publicity_catalogue_version_key').on(t.kind, t.severity, t.effectiveFrom).nullsNotDistinct(),
    check('publicity_catalogue_severity_only_penalty', sql`${t.severity} is null or ${t.kind} = 'penalty'`),
    check(
      'publicity_catalogue_months',
      sql`(${t.minMonths} is null or ${t.minMonths} between 0 and 240) and (${t.maxMonths} is null or ${t.maxMonths} between 1 and 240)`,
    ),
    check('publicity_catalogue_min_le_max', sql`${t.minMonths} is null or ${t.maxMonths} is null or ${t.minMonths} <= ${t.maxMonths}`),
    check('publicity_catalogue_collection_days', sql`${t.collectionWorkingDays} between 1 and 60`),
  ],
);

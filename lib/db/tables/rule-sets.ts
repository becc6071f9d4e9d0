// Credit rule sets as versioned data (issue 17 part 6): the rating thresholds and kind lists of each
// version, in force from its effective date (the latest version whose date has come applies). Rows
// are only ever added, never edited: a rating names its version, so a version's rules stay what
// they were when firms were rated under it. The rules are validated jsonb (lib/credit/rule-set-schema.ts).
import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { stampedAt } from '../columns';
import { staffUsers } from './staff';

/** One version of the rating rules. */
export const creditRuleSets = pgTable(
  'credit_rule_sets',
  {
    id: serial('id').primaryKey(),
    /** Stable name shown on profiles and reports, e.g. `dalian-2021`. */
    version: text('version').notNull(),
    /** First rating date (inclusive) the version applies to. */
    effectiveFrom: date('effective_from').notNull(),
    /** windowYears, penalties, complaints, blackOnEntityRevoked and the kind lists. */
    rules: jsonb('rules').notNull(),
    /** The admin who added the version; null for versions shipped in a migration. */
    createdBy: integer('created_by').references(() => staffUsers.id),
    createdAt: stampedAt('created_at'),
    /**
     * When the worker's scheduled review queued the re-rating of every firm rated under another
     * version, on or after the effective date; null until then.
     */
    sweptAt: timestamp('swept_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('credit_rule_sets_version_key').on(t.version),
    // Two versions taking effect the same day would make the choice arbitrary.
    uniqueIndex('credit_rule_sets_effective_from_key').on(t.effectiveFrom),
    check('credit_rule_sets_rules_object', sql`jsonb_typeof(${t.rules}) = 'object'`),
  ],
);

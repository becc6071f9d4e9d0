// The measures catalogue (激励/惩戒, issue 16 part 3): incentive and punitive measures as data, each
// with whom it applies to (levels and/or lists), what it does in three languages, its legal basis,
// the implementing department and its effective period. Nothing here is personal data.
import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { MEASURE_KINDS } from '../../domain/measures';
import { creditLevelEnum, departments, recordKindEnum } from '../schema';

export const measureKindEnum = pgEnum('measure_kind', MEASURE_KINDS);

// The four listing kinds of migration 0014, written out: a constraint naming a record kind added to
// the enum later (department_blacklist, issue 17) cannot be created in the migration that adds it
// (PostgreSQL refuses a new enum value in the transaction that added it).
const listingKindList = ['abnormal_listing', 'serious_illegal_listing', 'dishonest_debtor', 'tax_violation'].map((k) => `'${k}'`).join(', ');

/** One incentive or punitive measure of the public catalogue. */
export const creditMeasures = pgTable(
  'credit_measures',
  {
    id: serial('id').primaryKey(),
    /** Stable slug: the anchor on /{locale}/measures and the id in reports. */
    code: text('code').notNull(),
    kind: measureKindEnum('kind').notNull(),
    levels: creditLevelEnum('levels')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** Listing record kinds (serious_illegal_listing, dishonest_debtor, tax_violation, abnormal_listing). */
    listKinds: recordKindEnum('list_kinds')
      .array()
      .notNull()
      .default(sql`'{}'`),
    titleZhCn: text('title_zh_cn').notNull(),
    titleZhTw: text('title_zh_tw').notNull(),
    titleEn: text('title_en').notNull(),
    descriptionZhCn: text('description_zh_cn').notNull(),
    descriptionZhTw: text('description_zh_tw').notNull(),
    descriptionEn: text('description_en').notNull(),
    legalBasisZh: text('legal_basis_zh').notNull(),
    legalBasisEn: text('legal_basis_en').notNull(),
    /** Null = every department implements it. */
    departmentId: integer('department_id').references(() => departments.id),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    /** The measure takes financial subsidies and government support away (read by the eligibility guide). */
    excludesSupport: boolean('excludes_support').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('credit_measures_code_key').on(t.code),
    check('credit_measures_effective_period', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    check('credit_measures_applies_to_someone', sql`cardinality(${t.levels}) > 0 or cardinality(${t.listKinds}) > 0`),
    check('credit_measures_list_kinds', sql`${t.listKinds} <@ array[${sql.raw(listingKindList)}]::record_kind[]`),
  ],
);

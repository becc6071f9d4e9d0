// Credit commitments (信用承诺, Jinan 2019 (一)1): the published templates of the 告知承诺书, one per
// procedure, maintained by staff. The commitments themselves are `credit_commitment` records with
// three columns of their own on `records` (procedure_code, commitment_status, broken_record_ref;
// lib/db/schema.ts), so intake, objections, versions and the profile keep working unchanged.
import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { intRef, rowTimestamps } from '../columns';
import { departments } from '../schema';

/** One 告知承诺书 template: the procedure it belongs to, its text in three languages, its department and period. */
export const commitmentTemplates = pgTable(
  'commitment_templates',
  {
    id: serial('id').primaryKey(),
    /** Stable code of the procedure (lib/domain/commitments.ts PROCEDURE_CODE): the intake's `procedure`. */
    procedureCode: text('procedure_code').notNull(),
    titleZhCn: text('title_zh_cn').notNull(),
    titleZhTw: text('title_zh_tw').notNull(),
    titleEn: text('title_en').notNull(),
    textZhCn: text('text_zh_cn').notNull(),
    textZhTw: text('text_zh_tw').notNull(),
    textEn: text('text_en').notNull(),
    legalBasis: text('legal_basis'),
    departmentId: intRef('department_id', () => departments.id),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    version: integer('version').notNull().default(1),
    ...rowTimestamps(),
  },
  (t) => [
    uniqueIndex('commitment_templates_procedure_code_key').on(t.procedureCode),
    check('commitment_templates_effective_period', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
);

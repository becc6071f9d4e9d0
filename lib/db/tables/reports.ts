// Credit reports (信用报告, issue 16): one row per issued PDF, written before the PDF is sent, so
// anyone holding a report can check it against what was issued (lib/reports/verify-report.ts).
import { bigserial, char, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bigRef } from '../columns';
import { creditLevelEnum, entities } from '../schema';

/** An issued credit report: its canonical snapshot and the Ed25519 signature over it. */
export const creditReports = pgTable(
  'credit_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Random and unguessable: the date issued and 16 Crockford base32 characters (lib/reports/report-number.ts). */
    reportNo: text('report_no').notNull(),
    /** Short code printed on every page; the verify form asks for it with the number. */
    verificationCode: text('verification_code').notNull(),
    entityId: bigRef('entity_id', () => entities.id),
    uscc: text('uscc').notNull(),
    /** The language the report was issued in (zh-CN, zh-TW, en). */
    locale: text('locale').notNull(),
    /** The level the report states, also inside the snapshot (indexed reads need no JSON). */
    level: creditLevelEnum('level').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    /** When the published data last changed before the report was issued. */
    dataAsOf: timestamp('data_as_of', { withTimezone: true }),
    /** Everything the report states (lib/reports/snapshot.ts), as signed. */
    snapshot: jsonb('snapshot').notNull(),
    /** SHA-256 (hex) of the snapshot's canonical JSON: what the signature covers. */
    snapshotSha256: char('snapshot_sha256', { length: 64 }).notNull(),
    /** Ed25519 signature of the canonical JSON, base64url. */
    signature: text('signature').notNull(),
    /** Which signing key: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
    keyId: text('key_id').notNull(),
  },
  (t) => [uniqueIndex('credit_reports_report_no_key').on(t.reportNo), index('credit_reports_entity_idx').on(t.entityId, t.issuedAt)],
);

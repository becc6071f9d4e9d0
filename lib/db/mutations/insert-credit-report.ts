import 'server-only';
import type { CreditLevel } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface CreditReportRow {
  reportNo: string;
  verificationCode: string;
  uscc: string;
  locale: string;
  level: CreditLevel;
  issuedAt: Date;
  dataAsOf: Date | null;
  /** The snapshot's canonical JSON, as signed. */
  snapshotJson: string;
  snapshotSha256: string;
  signature: string;
  keyId: string;
}

/**
 * Stores an issued report (committed when this resolves: the PDF is sent only after). Returns
 * false when no entity has the USCC.
 */
export async function insertCreditReport(row: CreditReportRow): Promise<boolean> {
  const inserted = await getSql()`
    insert into credit_reports (report_no, verification_code, entity_id, uscc, locale, level, issued_at, data_as_of,
                                snapshot, snapshot_sha256, signature, key_id)
    select ${row.reportNo}, ${row.verificationCode}, e.id, e.uscc, ${row.locale}, ${row.level}::credit_level, ${row.issuedAt}, ${row.dataAsOf},
           ${row.snapshotJson}::text::jsonb, ${row.snapshotSha256}, ${row.signature}, ${row.keyId}
    from entities e where e.uscc = ${row.uscc}
    returning id`;
  return inserted.length === 1;
}

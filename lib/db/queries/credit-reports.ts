import 'server-only';
import { OPEN_APPLICATION_STATUSES } from '../../domain/objections';
import { getReadSql } from '../client';
import type { CreditReportRow } from '../mutations/insert-credit-report';

/** An issued report as stored: the row as inserted, its snapshot as PostgreSQL returns the jsonb (parsed). */
export interface StoredCreditReport extends Omit<CreditReportRow, 'snapshotJson'> {
  snapshot: unknown;
}

/** An issued report by its number, or null. */
export async function getCreditReport(reportNo: string): Promise<StoredCreditReport | null> {
  const [row] = await getReadSql()<StoredCreditReport[]>`
    select report_no as "reportNo", verification_code as "verificationCode", uscc, locale, level,
           issued_at as "issuedAt", data_as_of as "dataAsOf", snapshot, snapshot_sha256 as "snapshotSha256",
           signature, key_id as "keyId"
    from credit_reports where report_no = ${reportNo}`;
  return row ?? null;
}

/** Objections and repair requests still under review about one firm: counts only, nothing about who filed them. */
export async function countApplicationsUnderWay(uscc: string): Promise<{ objections: number; repairs: number }> {
  const [row] = await getReadSql()<{ objections: number; repairs: number }[]>`
    select count(*) filter (where a.kind = 'objection')::int as objections,
           count(*) filter (where a.kind = 'repair')::int as repairs
    from applications a join entities e on e.id = a.entity_id
    where e.uscc = ${uscc} and a.status in ${getReadSql()(OPEN_APPLICATION_STATUSES as unknown as string[])}`;
  return row ?? { objections: 0, repairs: 0 };
}

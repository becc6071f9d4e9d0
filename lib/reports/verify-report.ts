import 'server-only';
// What a report said when it was issued, whether its stored snapshot still verifies, and whether
// the firm's level has changed since (issue 16, verification). Used by /{locale}/verify/{reportNo},
// the verify form and GET /api/v1/reports/{reportNo}.
import { canonicalJson } from '../audit/chain';
import type { CreditReason } from '../credit';
import type { CreditLevel, Locale } from '../domain/vocabulary';
import { LOCALES } from '../domain/vocabulary';
import { getEntityProfile } from '../entities/get-entity-profile';
import { AppError } from '../errors';
import { getCreditReport, type StoredCreditReport } from '../db/queries/credit-reports';
import { readReportUpload } from './read-report-upload';
import { parseReportNo } from './report-number';
import { verifyCanonical } from './signature';
import { reportSigningKeys } from './signing-key';
import { recordCount, snapshotSha256, type ReportSnapshot } from './snapshot';

/** A report as the verify page and the API show it: plain, serializable data. */
export interface ReportVerification {
  reportNo: string;
  uscc: string;
  name: string;
  locale: Locale;
  issuedAt: string;
  dataAsOf: string | null;
  level: CreditLevel;
  reasons: CreditReason[];
  ruleVersion: string;
  ratedOn: string;
  recordCount: number;
  snapshotSha256: string;
  signature: string;
  keyId: string;
  /** The stored snapshot hashes to its stored hash and its signature verifies with the site's key. */
  signatureValid: boolean;
  /** The firm's level today; null if the firm is no longer published. */
  currentLevel: CreditLevel | null;
  levelChanged: boolean;
}

/** Why a report was, or was not, confirmed. */
export type VerificationOutcome =
  | { genuine: true; reason: 'genuineCode' | 'genuineFile'; report: ReportVerification }
  | { genuine: false; reason: 'unknownNumber' | 'wrongCode' | 'noSignature' | 'unreadable' | 'storedInvalid'; report?: ReportVerification }
  | { genuine: false; reason: 'signatureMismatch'; reportNo: string; report: ReportVerification };

/** The stored row as the page shows it, with its signature checked and today's level beside it. */
async function describe(row: StoredCreditReport, today: string): Promise<ReportVerification> {
  const snapshot = row.snapshot as ReportSnapshot;
  const canonical = canonicalJson(snapshot);
  const { publicKey } = reportSigningKeys();
  const signatureValid = snapshotSha256(canonical) === row.snapshotSha256 && verifyCanonical(canonical, row.signature, publicKey);
  let currentLevel: CreditLevel | null = null;
  try {
    currentLevel = (await getEntityProfile(row.uscc, today)).rating.level;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_found')) throw error;
  }
  return {
    reportNo: row.reportNo,
    uscc: row.uscc,
    name: snapshot.entity.name,
    locale: (LOCALES as readonly string[]).includes(row.locale) ? (row.locale as Locale) : snapshot.locale,
    issuedAt: row.issuedAt.toISOString(),
    dataAsOf: row.dataAsOf ? row.dataAsOf.toISOString() : null,
    level: snapshot.rating.level,
    reasons: snapshot.rating.reasons,
    ruleVersion: snapshot.rating.ruleVersion,
    ratedOn: snapshot.rating.ratedOn,
    recordCount: recordCount(snapshot),
    snapshotSha256: row.snapshotSha256,
    signature: row.signature,
    keyId: row.keyId,
    signatureValid,
    currentLevel,
    levelChanged: currentLevel !== null && currentLevel !== snapshot.rating.level,
  };
}

/**
 * A report by its number as typed or linked, rated against `today`, with its stored snapshot (the
 * API publishes it so anyone can check the signature); null when none was issued.
 */
export async function getReportWithSnapshot(rawReportNo: string, today: string): Promise<{ report: ReportVerification; snapshot: unknown } | null> {
  const reportNo = parseReportNo(rawReportNo);
  const row = reportNo ? await getCreditReport(reportNo) : null;
  return row ? { report: await describe(row, today), snapshot: row.snapshot } : null;
}

/** A report by its number as typed or linked, rated against `today`; null when none was issued. */
export async function getReportVerification(rawReportNo: string, today: string): Promise<ReportVerification | null> {
  return (await getReportWithSnapshot(rawReportNo, today))?.report ?? null;
}

/** The verify form with a number and a code (both parsed by lib/reports/report-number.ts). */
export async function verifyReportCode(reportNo: string, code: string, today: string): Promise<VerificationOutcome> {
  const row = await getCreditReport(reportNo);
  if (!row) return { genuine: false, reason: 'unknownNumber' };
  if (row.verificationCode !== code) return { genuine: false, reason: 'wrongCode' };
  const report = await describe(row, today);
  return report.signatureValid ? { genuine: true, reason: 'genuineCode', report } : { genuine: false, reason: 'storedInvalid', report };
}

/**
 * An uploaded file: genuine only if it carries the number of an issued report and exactly the
 * signature that report was issued with, and the stored snapshot verifies with the site's key.
 */
export async function verifyReportFile(bytes: Uint8Array, today: string): Promise<VerificationOutcome | { invalid: 'tooLarge' | 'notPdf' }> {
  const reading = await readReportUpload(bytes);
  if (!reading.ok)
    return reading.reason === 'tooLarge' || reading.reason === 'notPdf' ? { invalid: reading.reason } : { genuine: false, reason: reading.reason };
  const reportNo = parseReportNo(reading.seal.reportNo);
  const row = reportNo ? await getCreditReport(reportNo) : null;
  if (!row) return { genuine: false, reason: 'unknownNumber' };
  const report = await describe(row, today);
  if (reading.seal.signature !== row.signature) return { genuine: false, reason: 'signatureMismatch', reportNo: row.reportNo, report };
  return report.signatureValid ? { genuine: true, reason: 'genuineFile', report } : { genuine: false, reason: 'storedInvalid', report };
}

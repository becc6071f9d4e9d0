import 'server-only';
// Issues a credit report (issue 16): the firm's public profile as a signed snapshot, stored, then
// drawn as a PDF. The row is committed before the PDF is returned, so every report that leaves
// the site can be verified.
import type { CreditLevel, Locale } from '../domain/vocabulary';
import { getCachedDataAsOf } from '../entities/data-as-of';
import { getEntityProfile } from '../entities/get-entity-profile';
import { env } from '../env';
import { AppError } from '../errors';
import { insertCreditReport } from '../db/mutations/insert-credit-report';
import { countApplicationsUnderWay } from '../db/queries/credit-reports';
import { newReportNo, newVerificationCode } from './report-number';
import { renderReportPdf, reportLinks } from './render-report-pdf';
import { signCanonical } from './signature';
import { reportSigningKeys } from './signing-key';
import { buildReportSnapshot, canonicalSnapshot, snapshotSha256, type ReportMeasure } from './snapshot';

export interface IssueReportOptions {
  /** The USCC as given in the URL (normalised and checked here). */
  uscc: string;
  locale: Locale;
  /** The rating date (lib/env.ts ratingDate()). */
  today: string;
  /** The measures that apply to the firm (lib/measures/get-report-measures.ts); none if not given. */
  measures?: readonly ReportMeasure[];
  /** The issue time; now unless a test or benchmark fixes it. */
  now?: Date;
}

export interface IssuedReport {
  reportNo: string;
  verificationCode: string;
  uscc: string;
  level: CreditLevel;
  pdf: Buffer;
}

/** Issues, stores and draws one report. Throws AppError invalid_uscc / not_found like the profile. */
export async function issueReport(options: IssueReportOptions): Promise<IssuedReport> {
  const profile = await getEntityProfile(options.uscc, options.today);
  const { uscc } = profile.entity;
  const [dataAsOf, applicationsUnderWay] = await Promise.all([getCachedDataAsOf(), countApplicationsUnderWay(uscc)]);
  const issuedAt = options.now ?? new Date();
  const reportNo = newReportNo(issuedAt);
  const verificationCode = newVerificationCode();
  const snapshot = buildReportSnapshot({
    profile,
    reportNo,
    locale: options.locale,
    issuedAt,
    dataAsOf: dataAsOf ? new Date(dataAsOf) : null,
    applicationsUnderWay,
    measures: options.measures ?? [],
  });
  const canonical = canonicalSnapshot(snapshot);
  const sha256 = snapshotSha256(canonical);
  const keys = reportSigningKeys();
  const signature = signCanonical(canonical, keys.privateKey);
  // Drawn before it is stored: a report that cannot be drawn is never recorded as issued.
  const pdf = await renderReportPdf(snapshot, { verificationCode, snapshotSha256: sha256, signature, keyId: keys.keyId }, reportLinks(env.SITE_URL, snapshot));
  const stored = await insertCreditReport({
    reportNo,
    verificationCode,
    uscc,
    locale: options.locale,
    level: snapshot.rating.level,
    issuedAt,
    dataAsOf: snapshot.dataAsOf ? new Date(snapshot.dataAsOf) : null,
    snapshotJson: canonical,
    snapshotSha256: sha256,
    signature,
    keyId: keys.keyId,
  });
  if (!stored) throw new AppError('not_found', { code: uscc });
  return { reportNo, verificationCode, uscc, level: snapshot.rating.level, pdf };
}

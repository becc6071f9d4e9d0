// The canonical snapshot of a credit report (pure): everything the PDF states, as data. It is
// stored with the report (credit_reports.snapshot) and signed; the PDF is drawn from it, and the
// verify page reads it back. Only what the public profile shows goes in: no natural person's ID
// number, no applicant's contact data or evidence, objections as counts. The verification code is
// not in it: the snapshot is published with the signature (GET /api/v1/reports/{reportNo}) so
// anyone can check it, while the code stays with those who hold the report.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/chain';
import type { CreditRating } from '../credit';
import type { Category, EntityStatus, EntityType, Locale } from '../domain/vocabulary';
import type { EntityProfile, ProfileRecord } from '../entities/get-entity-profile';
import { districtName, industryName } from '../reference/labels';

/** Version of the snapshot's shape; a new shape gets a new number, old reports keep theirs. */
export const SNAPSHOT_VERSION = 1;

/**
 * A measure that applies to the firm because of its level or a list (激励/惩戒, issue 16 part 3).
 * The catalogue comes later; the report prints whatever list it is given.
 */
export interface ReportMeasure {
  id: string;
  type: 'incentive' | 'punitive';
  title: string;
  legalBasis: string | null;
  department: string | null;
}

/** A public record as the report prints it: the profile's record, its department named in the report's language. */
export type SnapshotRecord = Omit<ProfileRecord, 'department' | 'publicityStart'> & { department: { code: string; name: string } };

export interface ReportSnapshot {
  version: number;
  reportNo: string;
  locale: Locale;
  /** ISO 8601, UTC. */
  issuedAt: string;
  /** When the published data last changed before issue (ISO 8601), null if unknown. */
  dataAsOf: string | null;
  entity: {
    uscc: string;
    name: string;
    regNo: string | null;
    type: EntityType;
    status: EntityStatus;
    legalRepresentative: string;
    /** In 万元, as registered (the database's decimal text). */
    registeredCapital: string | null;
    establishedOn: string;
    address: string;
    district: string;
    industry: string | null;
    registrar: string | null;
    scope: string | null;
    formerNames: string[];
  };
  rating: Pick<CreditRating, 'level' | 'reasons' | 'ruleVersion' | 'ratedOn' | 'windowStart' | 'complaints'>;
  /** Public records, newest first (at most the profile's per-category limit; totals say how many exist). */
  records: SnapshotRecord[];
  recordTotals: Partial<Record<Category, number>>;
  /** Objections and repair requests under way about this firm: counts only. */
  applicationsUnderWay: { objections: number; repairs: number };
  measures: ReportMeasure[];
}

export interface SnapshotInput {
  profile: EntityProfile;
  reportNo: string;
  locale: Locale;
  issuedAt: Date;
  dataAsOf: Date | null;
  applicationsUnderWay: { objections: number; repairs: number };
  measures: readonly ReportMeasure[];
}

/** The snapshot of a report about `profile`, in the report's language. */
export function buildReportSnapshot(input: SnapshotInput): ReportSnapshot {
  const { profile, locale } = input;
  const { entity, rating } = profile;
  return {
    version: SNAPSHOT_VERSION,
    reportNo: input.reportNo,
    locale,
    issuedAt: input.issuedAt.toISOString(),
    dataAsOf: input.dataAsOf ? input.dataAsOf.toISOString() : null,
    entity: {
      uscc: entity.uscc,
      name: entity.name,
      regNo: entity.regNo,
      type: entity.type,
      status: entity.status,
      legalRepresentative: entity.legalRepresentative,
      registeredCapital: entity.registeredCapital,
      establishedOn: entity.establishedOn,
      address: entity.address,
      district: districtName(entity.districtCode, locale),
      industry: entity.industryCode ? industryName(entity.industryCode, locale) : null,
      registrar: entity.registrar ? entity.registrar[locale] : null,
      scope: entity.scope,
      formerNames: entity.formerNames,
    },
    rating: {
      level: rating.level,
      reasons: rating.reasons,
      ruleVersion: rating.ruleVersion,
      ratedOn: rating.ratedOn,
      windowStart: rating.windowStart,
      complaints: rating.complaints,
    },
    records: profile.records.map(({ department, publicityStart: _start, ...record }) => ({
      ...record,
      department: { code: department.code, name: department[locale] },
    })),
    recordTotals: profile.recordTotals,
    applicationsUnderWay: input.applicationsUnderWay,
    measures: [...input.measures],
  };
}

/** The exact text that is hashed and signed: keys sorted at every depth (lib/audit/chain.ts). */
export function canonicalSnapshot(snapshot: ReportSnapshot): string {
  return canonicalJson(snapshot);
}

/** SHA-256 (hex) of the canonical text. */
export function snapshotSha256(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** How many public records the firm has, over every category. */
export function recordCount(snapshot: Pick<ReportSnapshot, 'recordTotals'>): number {
  return Object.values(snapshot.recordTotals).reduce((sum, n) => sum + (n ?? 0), 0);
}

// The rows one generated entity becomes (the loader COPYs them as they are).
import type { CreditReason, CreditRuleSet } from '../../credit';
import type { EntityRegistration, PublishedRecord } from '../../domain/register';
import type { CommitmentStatus } from '../../domain/commitments';
import type { CreditLevel } from '../../domain/vocabulary';
import type { DepartmentCode } from '../../reference/departments';

/** An entities row as generated (department referenced by code; the loader maps codes to ids). */
export interface SeedEntity extends EntityRegistration {
  id: number;
  usccChecksumValid: boolean;
  nameNormalized: string;
  /** Every generated firm has an industry and a business scope. */
  industryCode: string;
  scope: string;
  registrarDepartmentCode: DepartmentCode;
  creditLevel: CreditLevel;
  creditReasons: CreditReason[];
  creditRuleVersion: string;
  /** The rating date; the loader stores the load time as rated_at. */
  ratedOn: string;
  nextReviewOn: string | null;
}

/** A records row as generated. */
export interface SeedRecord extends PublishedRecord {
  id: number;
  entityId: number;
  departmentCode: DepartmentCode;
  sourceRef: string;
  producedOn: string;
  /** Credit commitments: the procedure signed for and the commitment's status (else null). */
  procedureCode: string | null;
  commitmentStatus: CommitmentStatus | null;
}

/** A complaint_stats row. */
export interface SeedComplaintMonth {
  entityId: number;
  periodStart: string;
  complaints: number;
  resolved: number;
}

/** One generated entity with everything that hangs off it. */
export interface GeneratedEntity {
  entity: SeedEntity;
  records: SeedRecord[];
  complaints: SeedComplaintMonth[];
}

/** Pre-assigned database ids (the loader numbers rows itself so it can COPY them). */
export interface GenerateEntityOptions {
  /** The entity's id; defaults to index + 1. */
  entityId?: number;
  /** The id of the entity's first record; the others follow consecutively. Defaults to 1. */
  firstRecordId?: number;
  /** The rule sets to rate with (the seeder passes the stored ones); defaults to the built-in sets. */
  ruleSets?: readonly CreditRuleSet[];
}

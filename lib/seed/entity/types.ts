// The rows one generated entity becomes (the loader COPYs them as they are).
import type { CreditReason } from '../../credit';
import type { Category, CreditLevel, EntityStatus, EntityType, RecordKind, RecordStatus, Severity } from '../../domain/vocabulary';
import type { DepartmentCode } from '../../reference/departments';

/** An entities row as generated (department referenced by code; the loader maps codes to ids). */
export interface SeedEntity {
  id: number;
  uscc: string;
  usccChecksumValid: boolean;
  regNo: string | null;
  name: string;
  nameNormalized: string;
  formerNames: string[];
  aliases: string[];
  type: EntityType;
  legalRepresentative: string;
  /** 万元, as a decimal string; null where the form has no registered capital. */
  registeredCapital: string | null;
  establishedOn: string;
  address: string;
  districtCode: string;
  industryCode: string;
  scope: string;
  status: EntityStatus;
  registrarDepartmentCode: DepartmentCode;
  isSmallMicro: boolean;
  creditLevel: CreditLevel;
  creditReasons: CreditReason[];
  creditRuleVersion: string;
  /** The rating date; the loader stores the load time as rated_at. */
  ratedOn: string;
  nextReviewOn: string | null;
}

/** A records row as generated. */
export interface SeedRecord {
  id: number;
  entityId: number;
  departmentCode: DepartmentCode;
  sourceRef: string;
  category: Category;
  kind: RecordKind;
  title: string;
  docNo: string | null;
  decisionDate: string;
  producedOn: string;
  collectedOn: string;
  severity: Severity | null;
  legalBasis: string | null;
  content: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  status: RecordStatus;
  grounds: string | null;
  removedOn: string | null;
  removalReason: string | null;
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
}

// The public register's shapes: what is published about a market entity and about each credit
// record. The profile query, the search rows and the seeder's rows are these plus their own
// columns (ids, department, rating), so a column added to the register is added once.
import type { Category, EntityStatus, EntityType, RecordKind, RecordStatus, Severity } from './vocabulary';

/** A market entity's registration data, all of it public. */
export interface EntityRegistration {
  uscc: string;
  /** The 15-digit 注册号 of a firm registered before the USCC reform (2015), else null. */
  regNo: string | null;
  name: string;
  formerNames: string[];
  aliases: string[];
  type: EntityType;
  /**
   * The registered name (for `individual` businesses the operator, a natural person, whose name
   * gsxt also publishes); ID numbers are never stored.
   */
  legalRepresentative: string;
  /** 万元, as the numeric's exact decimal text; null when not registered. */
  registeredCapital: string | null;
  /** YYYY-MM-DD. */
  establishedOn: string;
  /**
   * 营业期限 (business term), YYYY-MM-DD: from (null when not on file) and to, which is null for a
   * term without end (长期) when `businessTermFrom` is set.
   */
  businessTermFrom: string | null;
  businessTermTo: string | null;
  address: string;
  districtCode: string;
  industryCode: string | null;
  status: EntityStatus;
  isSmallMicro: boolean;
}

/** A credit record's published fields (dates YYYY-MM-DD). */
export interface PublishedRecord {
  category: Category;
  kind: RecordKind;
  title: string;
  docNo: string | null;
  decisionDate: string;
  collectedOn: string;
  severity: Severity | null;
  legalBasis: string | null;
  content: string | null;
  publicityStart: string | null;
  /** The last public day (inclusive); null when publicity does not end. */
  publicityEnd: string | null;
  status: RecordStatus;
  grounds: string | null;
  removedOn: string | null;
  removalReason: string | null;
}

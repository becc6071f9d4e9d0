import 'server-only';
import type { CreditLevel, EntityStatus, EntityType } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface FallbackHit {
  uscc: string;
  name: string;
  creditLevel: CreditLevel;
  legalRepresentative: string;
  type: EntityType;
  status: EntityStatus;
  districtCode: string;
  industryCode: string | null;
}

/**
 * The search fallback when Meilisearch is down: exact code, exact name or name prefix,
 * all served by b-tree indexes (the database is initialised with the C collation).
 */
export async function findEntitiesByName(q: string, limit: number): Promise<FallbackHit[]> {
  const sql = getSql();
  const code = q.toUpperCase();
  return sql<FallbackHit[]>`
    select uscc, name, credit_level as "creditLevel", legal_representative as "legalRepresentative", type, status,
           district_code as "districtCode", industry_code as "industryCode"
    from entities
    where uscc = ${code} or reg_no = ${code} or name_normalized = ${q}
       or (name_normalized >= ${q} and name_normalized < ${q + '\uffff'})
    order by (name_normalized = ${q}) desc, name
    limit ${limit}`;
}

import 'server-only';
import type { EntityRegistration, PublishedRecord } from '../../domain/register';
import { PUBLIC_RECORD_STATUSES, type Category, type CreditLevel, type RecordKind } from '../../domain/vocabulary';
import { RATING_RECORD_KINDS } from '../../credit/rules';
import { getReadSql } from '../client';
import { COUNTS_TOWARD_LEVEL_SQL } from './publicity-catalogue';
import type { CommitmentStatus } from '../../domain/commitments';
import type { LocalizedLabel } from '../../reference/localized-label';

/** Records shown per category on a profile; rating-relevant records are always loaded. */
export const RECORDS_PER_CATEGORY = 100;

export interface ProfileEntity extends EntityRegistration {
  usccChecksumValid: boolean;
  scope: string | null;
  registrar: DepartmentNames | null;
  storedLevel: CreditLevel;
}

export interface DepartmentNames {
  code: string;
  'zh-CN': string;
  'zh-TW': string;
  en: string;
}

export interface ProfileRecord extends PublishedRecord {
  id: string;
  department: DepartmentNames;
  /** department_blacklist: the department's list it is on (issue 17 part 3). */
  listName: string | null;
  /** The publicity catalogue's flag (null: no stored version; the seed catalogue decides). */
  countsTowardLevel: boolean | null;
  /** Credit commitments: the procedure signed for (its template's title when there is one) and the status in words. */
  commitment?: { status: CommitmentStatus; procedureCode: string | null; procedure: LocalizedLabel | null };
}

export interface ProfileComplaintMonth {
  periodStart: string;
  count: number;
  resolved: number;
}

export interface EntityProfileRows {
  entity: ProfileEntity;
  records: ProfileRecord[];
  recordTotals: Partial<Record<Category, number>>;
  complaints: ProfileComplaintMonth[];
}

/**
 * Loads what a public profile shows: public registration columns, the public records (those
 * whose publicity has not ended on `today`), and complaint months since `since`.
 * Returns null when no entity has this USCC. Never selects personal data.
 */
export async function getEntityProfileRows(uscc: string, today: string, since: string): Promise<EntityProfileRows | null> {
  const sql = getReadSql();
  const [entity] = await sql<
    (Omit<ProfileEntity, 'registrar'> & { id: number; rCode: string | null; rZhCn: string | null; rZhTw: string | null; rEn: string | null })[]
  >`
    select e.id, e.uscc, e.uscc_checksum_valid as "usccChecksumValid", e.reg_no as "regNo", e.name,
           e.former_names as "formerNames", e.aliases, e.type, e.legal_representative as "legalRepresentative",
           e.registered_capital::text as "registeredCapital", e.established_on as "establishedOn",
           e.business_term_from as "businessTermFrom", e.business_term_to as "businessTermTo", e.address,
           e.district_code as "districtCode", e.industry_code as "industryCode", e.scope, e.status,
           e.is_small_micro as "isSmallMicro", e.credit_level as "storedLevel",
           d.code as "rCode", d.name_zh_cn as "rZhCn", d.name_zh_tw as "rZhTw", d.name_en as "rEn"
    from entities e left join departments d on d.id = e.registrar_department_id
    where e.uscc = ${uscc}`;
  if (!entity) return null;

  const [records, complaints] = await Promise.all([
    sql<
      (Omit<ProfileRecord, 'department' | 'commitment'> & {
        dCode: string;
        dZhCn: string;
        dZhTw: string;
        dEn: string;
        total: number;
        cStatus: CommitmentStatus | null;
        cProcedure: string | null;
        pZhCn: string | null;
        pZhTw: string | null;
        pEn: string | null;
      })[]
    >`
      select x.* from (
        select r.id::text as id, r.category, r.kind, r.title, r.doc_no as "docNo", r.decision_date as "decisionDate",
               r.collected_on as "collectedOn", r.severity, r.legal_basis as "legalBasis", r.content,
               r.publicity_start as "publicityStart", r.publicity_end as "publicityEnd", r.status, r.grounds,
               r.removed_on as "removedOn", r.removal_reason as "removalReason", r.list_name as "listName",
               ${sql.unsafe(COUNTS_TOWARD_LEVEL_SQL)} as "countsTowardLevel",
               d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
               case when r.kind = 'credit_commitment' then coalesce(r.commitment_status, 'pending') end as "cStatus",
               r.procedure_code as "cProcedure", t.title_zh_cn as "pZhCn", t.title_zh_tw as "pZhTw", t.title_en as "pEn",
               row_number() over (partition by r.category order by r.decision_date desc, r.id desc) as rn,
               (count(*) over (partition by r.category))::int as total
        from records r join departments d on d.id = r.department_id
          left join commitment_templates t on t.procedure_code = r.procedure_code
        where r.entity_id = ${entity.id}
          and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
          and (r.publicity_end is null or r.publicity_end >= ${today})
      ) x
      where x.rn <= ${RECORDS_PER_CATEGORY} or x.kind in ${sql(RATING_RECORD_KINDS as RecordKind[])}
      order by x."decisionDate" desc, x.id desc`,
    sql<ProfileComplaintMonth[]>`
      select period_start as "periodStart", complaints::int as count, resolved::int as resolved
      from complaint_stats where entity_id = ${entity.id} and period_start >= ${since} and period_start <= ${today}
      order by period_start`,
  ]);

  const recordTotals: Partial<Record<Category, number>> = {};
  for (const r of records) recordTotals[r.category] = r.total;

  const { id: _id, rCode, rZhCn, rZhTw, rEn, ...publicEntity } = entity;
  return {
    entity: {
      ...publicEntity,
      registrar: rCode ? { code: rCode, 'zh-CN': rZhCn ?? '', 'zh-TW': rZhTw ?? '', en: rEn ?? '' } : null,
    },
    records: records.map(({ dCode, dZhCn, dZhTw, dEn, total: _t, cStatus, cProcedure, pZhCn, pZhTw, pEn, ...r }) => {
      const { rn: _rn, ...rest } = r as typeof r & { rn?: unknown };
      const procedure = pZhCn === null ? null : { 'zh-CN': pZhCn, 'zh-TW': pZhTw ?? pZhCn, en: pEn ?? pZhCn };
      return {
        ...rest,
        department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn },
        ...(cStatus ? { commitment: { status: cStatus, procedureCode: cProcedure, procedure } } : {}),
      };
    }),
    recordTotals,
    complaints,
  };
}

// Queries of the small and micro business area: policies, the directory, support received and
// their figures. No 'server-only': the worker (re-indexing policies) and the seed import it.
// JSON and timestamps travel as text (the pool's parsers differ once Drizzle wraps it).
import type postgres from 'postgres';
import type { CreditCondition, DirectoryRemovalReason, EnterpriseSize, FirmCredit, PolicyCategory, PolicyStatus, PolicyValidity } from '../../domain/policies';
import { LISTING_KINDS, PUBLIC_RECORD_STATUSES, type EntityType, type ListingKind } from '../../domain/vocabulary';
import { getReadSql } from '../client';
import type { DepartmentNames } from './get-entity-profile';

export interface PolicyLink {
  label: string;
  url: string;
}

export interface PolicyAttachment {
  name: string;
  url: string;
  mediaType: string | null;
  bytes: number | null;
}

export interface PolicyRow {
  id: number;
  title: string;
  department: DepartmentNames;
  docNo: string | null;
  issuedOn: string;
  publishedOn: string | null;
  category: PolicyCategory;
  sizes: EnterpriseSize[];
  industries: string[];
  districts: string[];
  benefits: string;
  applySteps: string | null;
  applyMaterials: string | null;
  applyWhere: string | null;
  validFrom: string;
  validTo: string | null;
  links: PolicyLink[];
  attachments: PolicyAttachment[];
  status: PolicyStatus;
  /** Who the support is closed to on credit grounds (lib/domain/policies.ts, creditExclusion). */
  creditCondition: CreditCondition;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  publishedLate: boolean;
  version: number;
  /** ISO timestamp. */
  updatedAt: string;
}

type RawPolicy = Omit<PolicyRow, 'department' | 'links' | 'attachments'> & {
  dCode: string;
  dZhCn: string;
  dZhTw: string;
  dEn: string;
  linksJson: string;
  attachmentsJson: string;
};

function toPolicy(r: RawPolicy): PolicyRow {
  const { dCode, dZhCn, dZhTw, dEn, linksJson, attachmentsJson, ...rest } = r;
  return {
    ...rest,
    department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn },
    links: JSON.parse(linksJson) as PolicyLink[],
    attachments: (JSON.parse(attachmentsJson) as PolicyAttachment[]).map((a) => ({
      name: a.name,
      url: a.url,
      mediaType: a.mediaType ?? null,
      bytes: a.bytes ?? null,
    })),
  };
}

function selectPolicies(sql: postgres.Sql) {
  return sql`
    select p.id, p.title, d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
           p.doc_no as "docNo", p.issued_on as "issuedOn", p.published_on as "publishedOn", p.category::text as category,
           p.eligible_sizes::text[] as sizes, p.eligible_industries as industries, p.eligible_districts as districts,
           p.benefits, p.apply_steps as "applySteps", p.apply_materials as "applyMaterials", p.apply_where as "applyWhere",
           p.valid_from as "validFrom", p.valid_to as "validTo", p.links::text as "linksJson", p.attachments::text as "attachmentsJson",
           p.status::text as status, p.withdrawn_on as "withdrawnOn", p.withdrawal_reason as "withdrawalReason",
           p.credit_condition::text as "creditCondition", p.published_late as "publishedLate", p.version, to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
    from policies p join departments d on d.id = p.issuing_department_id`;
}

/** Policies by id, any status (the worker decides what the index keeps). */
export async function getPolicyRows(ids: readonly number[]): Promise<PolicyRow[]> {
  if (ids.length === 0) return [];
  const sql = getReadSql();
  const rows = await sql<RawPolicy[]>`${selectPolicies(sql)} where p.id = any(${[...ids]}::int[]) order by p.id`;
  return rows.map(toPolicy);
}

/** One policy by id, any status; undefined when absent. */
export async function getPolicyRow(id: number): Promise<PolicyRow | undefined> {
  return (await getPolicyRows([id]))[0];
}

/** Every published policy, in id order, in batches (the search rebuild). */
export async function* streamPublishedPolicies(batchSize = 1000): AsyncGenerator<PolicyRow[]> {
  const sql = getReadSql();
  let after = 0;
  for (;;) {
    const rows = await sql<RawPolicy[]>`${selectPolicies(sql)} where p.status = 'published' and p.id > ${after} order by p.id limit ${batchSize}`;
    if (rows.length === 0) return;
    yield rows.map(toPolicy);
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return;
  }
}

export interface PolicyFilter {
  /** Text the title, benefits, document number or department name must contain (any of several forms). */
  q?: string | readonly string[];
  category?: PolicyCategory;
  department?: string;
  validity?: PolicyValidity;
  district?: string;
  industry?: string;
}

/** The filter as SQL over published policies (the search fallback and the JSON API without q). */
function policyWhere(sql: postgres.Sql, f: PolicyFilter, today: string) {
  const terms = (typeof f.q === 'string' ? [f.q] : (f.q ?? [])).filter((t) => t.length > 0);
  // A seq scan: a city publishes hundreds of policies (36 seeded), which PostgreSQL reads in well under a millisecond.
  const likes = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return sql`
    where p.status = 'published'
      ${likes.length ? sql`and (p.title ilike any(${likes}::text[]) or p.benefits ilike any(${likes}::text[]) or coalesce(p.doc_no, '') ilike any(${likes}::text[]) or d.name_zh_cn ilike any(${likes}::text[]))` : sql``}
      ${f.category ? sql`and p.category = ${f.category}` : sql``}
      ${f.department ? sql`and d.code = ${f.department}` : sql``}
      ${f.validity === 'in_force' ? sql`and p.valid_from <= ${today} and (p.valid_to is null or p.valid_to >= ${today})` : sql``}
      ${f.validity === 'expired' ? sql`and p.valid_to < ${today}` : sql``}
      ${f.validity === 'upcoming' ? sql`and p.valid_from > ${today}` : sql``}
      ${f.district ? sql`and (cardinality(p.eligible_districts) = 0 or ${f.district} = any(p.eligible_districts))` : sql``}
      ${f.industry ? sql`and (cardinality(p.eligible_industries) = 0 or ${f.industry} = any(p.eligible_industries) or ${f.industry.charAt(0)} = any(p.eligible_industries))` : sql``}`;
}

/** A page of published policies matching the filter, newest first, and the total. */
export async function queryPolicies(f: PolicyFilter, today: string, page: number, limit: number): Promise<{ policies: PolicyRow[]; total: number }> {
  const sql = getReadSql();
  const where = policyWhere(sql, f, today);
  const [rows, [count]] = await Promise.all([
    sql<RawPolicy[]>`${selectPolicies(sql)} ${where} order by p.published_on desc nulls last, p.id desc limit ${limit} offset ${(page - 1) * limit}`,
    sql<{ n: number }[]>`select count(*)::int as n from policies p join departments d on d.id = p.issuing_department_id ${where}`,
  ]);
  return { policies: rows.map(toPolicy), total: count?.n ?? 0 };
}

/** The newest published policies (the Atom feed). */
export async function listNewestPolicies(limit: number): Promise<PolicyRow[]> {
  const sql = getReadSql();
  const rows = await sql<RawPolicy[]>`${selectPolicies(sql)} where p.status = 'published' order by p.published_on desc nulls last, p.id desc limit ${limit}`;
  return rows.map(toPolicy);
}

/** Published policies in force on `today` (the eligibility guide; a city has hundreds, not millions). */
export async function listPoliciesInForce(today: string, limit = 2000): Promise<PolicyRow[]> {
  const sql = getReadSql();
  const rows = await sql<RawPolicy[]>`
    ${selectPolicies(sql)}
    where p.status = 'published' and p.valid_from <= ${today} and (p.valid_to is null or p.valid_to >= ${today})
    order by p.published_on desc nulls last, p.id desc limit ${limit}`;
  return rows.map(toPolicy);
}

/** Policies for the back office: every status, optionally one department's, newest first. */
export async function listPoliciesForStaff(departmentId: number | null, page: number, limit: number): Promise<{ policies: PolicyRow[]; total: number }> {
  const sql = getReadSql();
  const where = departmentId === null ? sql`` : sql`where p.issuing_department_id = ${departmentId}`;
  const [rows, [count]] = await Promise.all([
    sql<RawPolicy[]>`${selectPolicies(sql)} ${where} order by p.updated_at desc, p.id desc limit ${limit} offset ${(page - 1) * limit}`,
    sql<{ n: number }[]>`select count(*)::int as n from policies p ${where}`,
  ]);
  return { policies: rows.map(toPolicy), total: count?.n ?? 0 };
}

/** Departments that issued published policies (the department filter). */
export async function listPolicyDepartments(): Promise<DepartmentNames[]> {
  return getReadSql()<DepartmentNames[]>`
    select d.code, d.name_zh_cn as "zh-CN", d.name_zh_tw as "zh-TW", d.name_en as en from departments d
    where exists (select 1 from policies p where p.issuing_department_id = d.id and p.status = 'published')
    order by d.code`;
}

/** Every department (the staff form's issuing-department choice). */
export async function listAllDepartments(): Promise<(DepartmentNames & { id: number })[]> {
  return getReadSql()<(DepartmentNames & { id: number })[]>`
    select id, code, name_zh_cn as "zh-CN", name_zh_tw as "zh-TW", name_en as en from departments order by code`;
}

/** A department's id by code; undefined when unknown. */
export async function findDepartmentId(code: string): Promise<number | undefined> {
  const [row] = await getReadSql()<{ id: number }[]>`select id from departments where code = ${code}`;
  return row?.id;
}

// ---------------------------------------------------------------------------------------------
// Support received

export interface SupportRow {
  id: string;
  year: number;
  policyId: number | null;
  policyTitle: string | null;
  policyBasis: string | null;
  content: string;
  amountCny: number | null;
  implementingDepartment: DepartmentNames;
  grantedOn: string;
}

export interface Beneficiary extends SupportRow {
  uscc: string;
  name: string;
}

function selectSupport(sql: postgres.Sql) {
  return sql`
    select s.id::text as id, s.entity_id::int as "entityId", s.year::int as year, s.policy_id as "policyId", p.title as "policyTitle", s.policy_basis as "policyBasis",
           s.content, s.amount_cny::float8 as "amountCny", s.granted_on as "grantedOn",
           d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn"
    from support_received s
      join departments d on d.id = s.implementing_department_id
      left join policies p on p.id = s.policy_id`;
}

type RawSupport = Omit<SupportRow, 'implementingDepartment'> & { entityId: number; dCode: string; dZhCn: string; dZhTw: string; dEn: string };

function toSupport<T extends RawSupport>(r: T): Omit<T, 'entityId' | 'dCode' | 'dZhCn' | 'dZhTw' | 'dEn'> & { implementingDepartment: DepartmentNames } {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { entityId, dCode, dZhCn, dZhTw, dEn, ...rest } = r;
  return { ...rest, implementingDepartment: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn } };
}

/** The beneficiaries of a policy, newest first (bounded offset pages), with their count and total amount. */
export async function getPolicyBeneficiaries(
  policyId: number,
  page: number,
  limit: number,
): Promise<{ rows: Beneficiary[]; total: number; amountCny: number }> {
  const sql = getReadSql();
  const [rows, [sum]] = await Promise.all([
    sql<(RawSupport & { uscc: string; name: string })[]>`
      select b.*, e.uscc, e.name from (${selectSupport(sql)} where s.policy_id = ${policyId}
        order by s.granted_on desc, s.id desc limit ${limit} offset ${(page - 1) * limit}) b
      join entities e on e.id = b."entityId"
      order by b."grantedOn" desc, b.id::bigint desc`,
    sql<
      { n: number; amount: number }[]
    >`select count(*)::int as n, coalesce(sum(amount_cny), 0)::float8 as amount from support_received where policy_id = ${policyId}`,
  ]);
  return { rows: rows.map(toSupport), total: sum?.n ?? 0, amountCny: sum?.amount ?? 0 };
}

/** Support a firm received, newest first (at most `limit`), with the full count and total. */
export async function getEntitySupport(entityId: number, limit = 100): Promise<{ rows: SupportRow[]; total: number; amountCny: number }> {
  const sql = getReadSql();
  const [rows, [sum]] = await Promise.all([
    sql<RawSupport[]>`${selectSupport(sql)} where s.entity_id = ${entityId} order by s.granted_on desc, s.id desc limit ${limit}`,
    sql<
      { n: number; amount: number }[]
    >`select count(*)::int as n, coalesce(sum(amount_cny), 0)::float8 as amount from support_received where entity_id = ${entityId}`,
  ]);
  return { rows: rows.map(toSupport), total: sum?.n ?? 0, amountCny: sum?.amount ?? 0 };
}

export interface DirectoryMembership {
  entityId: number;
  size: EnterpriseSize;
  listedYear: number;
  removedOn: string | null;
  removalReason: DirectoryRemovalReason | null;
}

/** A firm's small-business facts by USCC: id, industry, district, directory membership (if any). */
export async function getSmallBusinessFacts(
  uscc: string,
  today: string,
): Promise<
  | {
      entityId: number;
      isSmallMicro: boolean;
      industryCode: string | null;
      districtCode: string;
      membership: DirectoryMembership | null;
      credit: { level: FirmCredit['level']; listings: ListingKind[] };
    }
  | undefined
> {
  const sql = getReadSql();
  const [row] = await sql<
    {
      entityId: number;
      level: FirmCredit['level'];
      listings: ListingKind[];
      isSmallMicro: boolean;
      industryCode: string | null;
      districtCode: string;
      size: EnterpriseSize | null;
      listedYear: number | null;
      removedOn: string | null;
      removalReason: DirectoryRemovalReason | null;
    }[]
  >`
    select e.id::int as "entityId", e.is_small_micro as "isSmallMicro", e.industry_code as "industryCode", e.district_code as "districtCode",
           m.size::text as size, m.listed_year::int as "listedYear", m.removed_on as "removedOn", m.removal_reason::text as "removalReason",
           e.credit_level::text as level,
           array(select distinct r.kind::text from records r
                 where r.entity_id = e.id and r.kind in ${sql(LISTING_KINDS as unknown as string[])}
                   and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
                   and r.decision_date <= ${today} and (r.removed_on is null or r.removed_on > ${today})) as listings
    from entities e left join small_business_directory m on m.entity_id = e.id
    where e.uscc = ${uscc}`;
  if (!row) return undefined;
  const { size, listedYear, removedOn, removalReason, level, listings, ...rest } = row;
  return {
    ...rest,
    membership: size && listedYear !== null ? { entityId: row.entityId, size, listedYear, removedOn, removalReason } : null,
    credit: { level, listings },
  };
}

// ---------------------------------------------------------------------------------------------
// The directory

export interface DirectoryFilter {
  district?: string;
  industry?: string;
  type?: EntityType;
  year?: number;
  /** current (default): listed now; removed: removed from the directory; all. */
  status: 'current' | 'removed' | 'all';
}

export interface DirectoryEntry {
  entityId: number;
  uscc: string;
  name: string;
  type: EntityType;
  districtCode: string;
  industryCode: string | null;
  size: EnterpriseSize;
  listedYear: number;
  removedOn: string | null;
  removalReason: DirectoryRemovalReason | null;
  support: SupportRow[];
  supportTotal: number;
}

/** Counting stops here: beyond it the page says "more than 10,000" (a count over a million rows is not free). */
export const DIRECTORY_COUNT_CAP = 10_000;

/**
 * A keyset page of the directory (ordered by entity id, after `after`), each firm with up to five
 * support rows, and the number of firms the filter selects (capped at DIRECTORY_COUNT_CAP).
 */
export async function queryDirectory(
  f: DirectoryFilter,
  after: number,
  limit: number,
  today: string,
): Promise<{ entries: DirectoryEntry[]; total: number; capped: boolean }> {
  const sql = getReadSql();
  // The filter, built fresh for each of the two statements (the page and the capped count).
  const filters = () => sql`
      ${f.status === 'current' ? sql`and (m.removed_on is null or m.removed_on > ${today})` : sql``}
      ${f.status === 'removed' ? sql`and m.removed_on <= ${today}` : sql``}
      ${f.year ? sql`and m.listed_year = ${f.year}` : sql``}
      ${f.district ? sql`and e.district_code = ${f.district}` : sql``}
      ${f.industry ? sql`and e.industry_code = ${f.industry}` : sql``}
      ${f.type ? sql`and e.type = ${f.type}` : sql``}`;
  const where = sql`where m.entity_id > ${after} ${filters()}`;
  const countWhere = sql`where true ${filters()}`;
  const [rows, [count]] = await Promise.all([
    sql<Omit<DirectoryEntry, 'support' | 'supportTotal'>[]>`
      select m.entity_id::int as "entityId", e.uscc, e.name, e.type::text as type, e.district_code as "districtCode", e.industry_code as "industryCode",
             m.size::text as size, m.listed_year::int as "listedYear", m.removed_on as "removedOn", m.removal_reason::text as "removalReason"
      from small_business_directory m join entities e on e.id = m.entity_id
      ${where}
      order by m.entity_id limit ${limit}`,
    sql<{ n: number }[]>`
      select count(*)::int as n from (select 1 from small_business_directory m join entities e on e.id = m.entity_id ${countWhere} limit ${DIRECTORY_COUNT_CAP + 1}) c`,
  ]);
  const ids = rows.map((r) => r.entityId);
  // Up to five support rows per firm of the page (a firm has a handful; the index serves each).
  const support = ids.length
    ? await sql<(RawSupport & { rn: number })[]>`
        select * from (
          select t.*, row_number() over (partition by t."entityId" order by t."grantedOn" desc, t.id::bigint desc)::int as rn
          from (${selectSupport(sql)} where s.entity_id = any(${ids}::bigint[])) t
        ) x where rn <= 5 order by "entityId", rn`
    : [];
  const byEntity = new Map<number, SupportRow[]>();
  for (const s of support) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { rn, ...rest } = s;
    const list = byEntity.get(s.entityId) ?? [];
    list.push(toSupport(rest));
    byEntity.set(s.entityId, list);
  }
  const totals = ids.length
    ? await sql<
        { entityId: number; n: number }[]
      >`select entity_id::int as "entityId", count(*)::int as n from support_received where entity_id = any(${ids}::bigint[]) group by entity_id`
    : [];
  const totalBy = new Map(totals.map((t) => [t.entityId, t.n]));
  const n = count?.n ?? 0;
  return {
    entries: rows.map((r) => ({ ...r, support: byEntity.get(r.entityId) ?? [], supportTotal: totalBy.get(r.entityId) ?? 0 })),
    total: Math.min(n, DIRECTORY_COUNT_CAP),
    capped: n > DIRECTORY_COUNT_CAP,
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface SupportFigureRow {
  key: string;
  /** Number of support grants. */
  grants: number;
  /** Distinct firms. */
  firms: number;
  amountCny: number;
}

export interface SupportFigures {
  byYear: SupportFigureRow[];
  byDepartment: (SupportFigureRow & { names: DepartmentNames })[];
  byCategory: SupportFigureRow[];
  total: SupportFigureRow;
}

/** Total support by year, by implementing department and by policy category (uncategorised: 'none'). */
export async function getSupportFigures(): Promise<SupportFigures> {
  const sql = getReadSql();
  const [byYear, byDepartment, byCategory, [total]] = await Promise.all([
    sql<SupportFigureRow[]>`
      select year::text as key, count(*)::int as grants, count(distinct entity_id)::int as firms, coalesce(sum(amount_cny), 0)::float8 as "amountCny"
      from support_received group by year order by year`,
    sql<(SupportFigureRow & { zhCn: string; zhTw: string; en: string })[]>`
      select d.code as key, d.name_zh_cn as "zhCn", d.name_zh_tw as "zhTw", d.name_en as en, count(*)::int as grants,
             count(distinct s.entity_id)::int as firms, coalesce(sum(s.amount_cny), 0)::float8 as "amountCny"
      from support_received s join departments d on d.id = s.implementing_department_id
      group by d.code, d.name_zh_cn, d.name_zh_tw, d.name_en order by "amountCny" desc, d.code`,
    sql<SupportFigureRow[]>`
      select coalesce(p.category::text, 'none') as key, count(*)::int as grants, count(distinct s.entity_id)::int as firms,
             coalesce(sum(s.amount_cny), 0)::float8 as "amountCny"
      from support_received s left join policies p on p.id = s.policy_id
      group by 1 order by "amountCny" desc, 1`,
    sql<SupportFigureRow[]>`
      select 'total' as key, count(*)::int as grants, count(distinct entity_id)::int as firms, coalesce(sum(amount_cny), 0)::float8 as "amountCny"
      from support_received`,
  ]);
  return {
    byYear,
    byDepartment: byDepartment.map(({ zhCn, zhTw, en, ...r }) => ({ ...r, names: { code: r.key, 'zh-CN': zhCn, 'zh-TW': zhTw, en } })),
    byCategory,
    total: total ?? { key: 'total', grants: 0, firms: 0, amountCny: 0 },
  };
}

/** Ids and last-change dates of published policies (the sitemap; bounded). */
export async function listPublishedPolicyIds(limit = 10_000): Promise<{ id: number; updatedOn: string }[]> {
  return getReadSql()<{ id: number; updatedOn: string }[]>`
    select id, to_char(updated_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "updatedOn" from policies
    where status = 'published' order by id limit ${limit}`;
}

// 双公示 entries (licence and penalty records across all firms) with the filters of
// lib/dual-publicity/query-schema.ts: keyset pages, whole exports, the feed.
// No 'server-only': the list benchmark (scripts/bench-lists.ts) runs it from plain Node.
import type postgres from 'postgres';
import { workingDaysBetween } from '../../calendar/working-days';
import { DUAL_KINDS, isLatePublication, type DualKind, type DualSlug } from '../../domain/dual-publicity';
import { PUBLIC_RECORD_STATUSES, type Severity } from '../../domain/vocabulary';
import type { DualCursor, DualQuery } from '../../dual-publicity/query-schema';
import { getReadSql } from '../client';
import { openExport, type ExportLimits, type OpenExport } from './open-export';

export interface DualEntry {
  id: string;
  uscc: string;
  name: string;
  kind: DualKind;
  title: string;
  docNo: string | null;
  decisionDate: string;
  /** The day the site collected and published it (records.collected_on). */
  publishedOn: string;
  severity: Severity | null;
  departmentCode: string;
  department: { 'zh-CN': string; 'zh-TW': string; en: string };
  districtCode: string;
  industryCode: string | null;
  /** Working days from the decision to publication. */
  lagWorkingDays: number;
  /** Published after the 7-working-day deadline (DUAL_PUBLICATION_LIMIT). */
  late: boolean;
}

type Row = Omit<DualEntry, 'department' | 'late' | 'lagWorkingDays'> & { dZhCn: string; dZhTw: string; dEn: string; lag: number | null };

function toEntry(r: Row): DualEntry {
  const { dZhCn, dZhTw, dEn, lag, ...rest } = r;
  // The stored calendar (work_calendar) covers 2000 to five years ahead; outside it, the same
  // arithmetic in lib/calendar.
  const lagWorkingDays = lag ?? workingDaysBetween(r.decisionDate, r.publishedOn);
  return { ...rest, department: { 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn }, lagWorkingDays, late: isLatePublication(lagWorkingDays) };
}

// Literal (not bound) kinds and statuses: the planner must see them to match the partial indexes
// records_dual_* (migration 0015) in every plan, generic prepared-statement plans included.
const STATUSES_SQL = PUBLIC_RECORD_STATUSES.map((s) => `'${s}'`).join(',');
const kindsSql = (slug: DualSlug) => DUAL_KINDS[slug].map((k) => `'${k}'`).join(',');

/** The conditions on the record itself (list, public, in its publicity period, filters, cursor). */
function recordConditions(sql: postgres.Sql, slug: DualSlug, q: DualQuery, today: string, after: DualCursor | undefined) {
  return sql`
    r.kind in (${sql.unsafe(kindsSql(slug))}) and r.status in (${sql.unsafe(STATUSES_SQL)})
      and r.decision_date <= ${today}
      and (r.publicity_end is null or r.publicity_end >= ${today})
      ${q.kind ? sql`and r.kind = ${q.kind}` : sql``}
      ${q.severity ? sql`and r.severity = ${q.severity}` : sql``}
      ${q.department ? sql`and r.department_id = (select id from departments where code = ${q.department})` : sql``}
      ${q.from ? sql`and r.decision_date >= ${q.from}` : sql``}
      ${q.to ? sql`and r.decision_date <= ${q.to}` : sql``}
      ${after ? sql`and (r.decision_date, r.id) < (${after.date}::date, ${after.id}::bigint)` : sql``}`;
}

/** The conditions on the firm (district, industry). */
function entityConditions(sql: postgres.Sql, q: DualQuery) {
  return sql`
      ${q.district ? sql`and e.district_code = ${q.district}` : sql``}
      ${q.industry ? sql`and e.industry_code = ${q.industry}` : sql``}`;
}

function whereClause(sql: postgres.Sql, slug: DualSlug, q: DualQuery, today: string, after: DualCursor | undefined) {
  return sql`where ${recordConditions(sql, slug, q, today, after)} ${entityConditions(sql, q)}`;
}

const COLUMNS = `
    r.id::text as id, e.uscc, e.name, r.kind, r.title, r.doc_no as "docNo", r.decision_date as "decisionDate",
    r.collected_on as "publishedOn", r.severity, d.code as "departmentCode",
    d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
    e.district_code as "districtCode", e.industry_code as "industryCode",
    greatest(pc.ordinal - dc.ordinal, 0) as lag`;

const LOOKUPS = `
      join departments d on d.id = r.department_id
      left join work_calendar dc on dc.day = r.decision_date
      left join work_calendar pc on pc.day = r.collected_on`;

function selectEntries(sql: postgres.Sql) {
  return sql`select ${sql.unsafe(COLUMNS)} from records r join entities e on e.id = r.entity_id ${sql.unsafe(LOOKUPS)}`;
}

/**
 * A district and an industry together select a few thousand firms (6,628 retail firms of Lixia in
 * a 300k city) whose entries are rare in the list's date order (0.2 % of licences): reading that
 * order until a page is full walked 25,000 entries (0.7 s). Such a page is built firm by firm
 * instead: each firm's newest keys from records_dual_*_entity_idx, index-only, then the newest of
 * those, and only that page's rows are read (60 ms at 300k). The cost grows with the number of
 * firms in the pair, not with the depth of the page.
 */
async function firmByFirm(sql: postgres.Sql, q: DualQuery): Promise<boolean> {
  if (!q.district || !q.industry) return false;
  // A common pair is the opposite case: probing each of its firms costs more than reading the date
  // order until a page is full (22,218 retail firms of one district at 1M: 91 ms firm by firm, about
  // 2,300 entries in date order). Firm by firm costs about k probes for k firms, the date order about
  // limit × N / k entries for N firms; they cross near k = 1.2 % of the city. The count stops there,
  // index-only (entities_district_idx), against the table's estimated size.
  const [row] = await sql<{ n: number; total: number }[]>`
    select (select count(*) from (select 1 from entities e where e.district_code = ${q.district} and e.industry_code = ${q.industry}
                                   limit ${DENSE_PAIR_CAP}) c)::int as n,
           (select greatest(reltuples, 0) from pg_class where oid = 'entities'::regclass)::float8 as total`;
  return !row || row.n * DENSE_PAIR_SHARE_INVERSE < row.total;
}

/** A pair holding more than 1 / DENSE_PAIR_SHARE_INVERSE of the city is read in date order. */
const DENSE_PAIR_SHARE_INVERSE = 80;
/** The count stops here (1.2 % of three million firms). */
const DENSE_PAIR_CAP = 40_000;

// Newest decision first; the id breaks ties so the order (and every cursor) is total and stable.
const ORDER = 'order by r.decision_date desc, r.id desc';

export interface DualPage {
  entries: DualEntry[];
  /** The cursor of the next page, or null on the last. */
  next: DualCursor | null;
}

/** One keyset page: the `q.limit` entries after `q.after`, newest decision first. */
export async function queryDualPage(slug: DualSlug, q: DualQuery, today: string): Promise<DualPage> {
  const sql = getReadSql();
  const rows = (await firmByFirm(sql, q))
    ? await sql<Row[]>`
        with page as materialized (
          select k.id, k.decision_date from entities e
            cross join lateral (
              select r.id, r.decision_date from records r where r.entity_id = e.id and ${recordConditions(sql, slug, q, today, q.after)}
              ${sql.unsafe(ORDER)} limit ${q.limit + 1}) k
          where true ${entityConditions(sql, q)}
          order by k.decision_date desc, k.id desc limit ${q.limit + 1})
        select ${sql.unsafe(COLUMNS)}
        from page p join records r on r.id = p.id join entities e on e.id = r.entity_id ${sql.unsafe(LOOKUPS)}
        ${sql.unsafe(ORDER)}`
    : q.district || q.industry
      ? // Keys first: the filter on the firm is then index-only (entities_district_idx), and only the
        // page's rows are read whole (a common pair: 240 ms when the planner fetched every firm's row
        // to test it, 28 ms this way, at 1M firms).
        await sql<Row[]>`
        with page as materialized (
          select r.id from records r join entities e on e.id = r.entity_id ${whereClause(sql, slug, q, today, q.after)}
          ${sql.unsafe(ORDER)} limit ${q.limit + 1})
        select ${sql.unsafe(COLUMNS)}
        from page p join records r on r.id = p.id join entities e on e.id = r.entity_id ${sql.unsafe(LOOKUPS)}
        ${sql.unsafe(ORDER)}`
      : await sql<Row[]>`${selectEntries(sql)} ${whereClause(sql, slug, q, today, q.after)} ${sql.unsafe(ORDER)} limit ${q.limit + 1}`;
  const entries = rows.slice(0, q.limit).map(toEntry);
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > q.limit && last ? { date: last.decisionDate, id: last.id } : null };
}

/**
 * A list's Atom feed: its `limit` most recently published or changed entries, newest first. Not the
 * decision order: a record published late (9 working days after its decision, say) is news the day
 * it is published, and would sit below a hundred newer decisions. Read backwards on
 * records_updated_at_idx (intake stamps updated_at), keys first, then the page's rows.
 */
export async function queryDualFeed(slug: DualSlug, today: string, limit: number): Promise<DualEntry[]> {
  const sql = getReadSql();
  const rows = await sql<Row[]>`
    with page as materialized (
      select r.id from records r where ${recordConditions(sql, slug, { limit }, today, undefined)}
      order by r.updated_at desc, r.id desc limit ${limit})
    select ${sql.unsafe(COLUMNS)}, r.updated_at
    from page p join records r on r.id = p.id join entities e on e.id = r.entity_id ${sql.unsafe(LOOKUPS)}
    order by r.updated_at desc, r.id desc`;
  return rows.map(toEntry);
}

/**
 * The cursor after `pages` pages of `q.limit` entries (the page `pages + 1` starts after it), in
 * one index-ordered query that reads only the keys; null when the selection is shorter. For
 * benchmarks and deep links.
 */
export async function dualCursorAfter(slug: DualSlug, q: DualQuery, today: string, pages: number): Promise<DualCursor | null> {
  const sql = getReadSql();
  const [row] = await sql<{ date: string; id: string }[]>`
    select r.decision_date as date, r.id::text as id
    from records r join entities e on e.id = r.entity_id
    ${whereClause(sql, slug, q, today, q.after)} ${sql.unsafe(ORDER)} offset ${pages * q.limit - 1} limit 1`;
  return row ? { date: row.date, id: row.id } : null;
}

/**
 * Opens an export of every entry the filters select (from `q.after` on, if given), or null when
 * no export slot is free within `limits.waitMs` (openExport).
 */
export function openDualExport(
  slug: DualSlug,
  q: DualQuery,
  today: string,
  address: string,
  limits: ExportLimits,
  batchSize = 2000,
): Promise<OpenExport<DualEntry> | null> {
  return openExport<Row, DualEntry>(
    (sql) => sql<Row[]>`${selectEntries(sql)} ${whereClause(sql, slug, q, today, q.after)} ${sql.unsafe(ORDER)}`,
    toEntry,
    address,
    limits,
    batchSize,
  );
}

/** The departments that published entries of a list (the department filter), labelled in every locale. */
export async function listDualDepartments(slug: DualSlug): Promise<{ code: string; 'zh-CN': string; 'zh-TW': string; en: string }[]> {
  const sql = getReadSql();
  // One probe of records_dual_*_department_idx per department.
  return sql<{ code: string; 'zh-CN': string; 'zh-TW': string; en: string }[]>`
    select d.code, d.name_zh_cn as "zh-CN", d.name_zh_tw as "zh-TW", d.name_en as en from departments d
    where exists (select 1 from records r where r.department_id = d.id
                    and r.kind in (${sql.unsafe(kindsSql(slug))}) and r.status in (${sql.unsafe(STATUSES_SQL)}))
    order by d.code`;
}

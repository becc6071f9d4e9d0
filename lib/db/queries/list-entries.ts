// List entries (records of a listing kind) with the filters of lib/lists/parse-list-query.ts.
// No 'server-only': the export benchmark streams through it from plain Node.
import type postgres from 'postgres';
import { LISTING_KINDS, PUBLIC_RECORD_STATUSES, type ListingKind } from '../../domain/vocabulary';
import type { ListQuery } from '../../lists/list-query-schema';
import { getReadSql } from '../client';
import { openExport, type ExportLimits, type OpenExport } from './open-export';

export type { ExportLimits };

export interface ListEntry {
  id: string;
  uscc: string;
  name: string;
  kind: ListingKind;
  listedOn: string;
  grounds: string | null;
  docNo: string | null;
  authorityCode: string;
  authority: { 'zh-CN': string; 'zh-TW': string; en: string };
  removedOn: string | null;
  removalReason: string | null;
  districtCode: string;
  industryCode: string | null;
  /** Listed on or before today and not removed by today. */
  listedNow: boolean;
}

type Row = Omit<ListEntry, 'authority' | 'listedNow'> & { aZhCn: string; aZhTw: string; aEn: string };

function toEntry(r: Row, today: string): ListEntry {
  const { aZhCn, aZhTw, aEn, ...rest } = r;
  return { ...rest, authority: { 'zh-CN': aZhCn, 'zh-TW': aZhTw, en: aEn }, listedNow: !r.removedOn || r.removedOn > today };
}

function whereClause(sql: postgres.Sql, kinds: readonly ListingKind[], q: ListQuery, today: string) {
  return sql`
    where r.kind in ${sql(kinds as ListingKind[])}
      and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
      and r.decision_date <= ${today}
      ${q.status === 'current' ? sql`and (r.removed_on is null or r.removed_on > ${today})` : sql``}
      ${q.status === 'removed' ? sql`and r.removed_on <= ${today}` : sql``}
      ${q.district ? sql`and e.district_code = ${q.district}` : sql``}
      ${q.industry ? sql`and e.industry_code = ${q.industry}` : sql``}
      ${q.authority ? sql`and d.code = ${q.authority}` : sql``}
      ${q.from ? sql`and r.decision_date >= ${q.from}` : sql``}
      ${q.to ? sql`and r.decision_date <= ${q.to}` : sql``}`;
}

function selectEntries(sql: postgres.Sql) {
  return sql`
    select r.id::text as id, e.uscc, e.name, r.kind, r.decision_date as "listedOn", r.grounds, r.doc_no as "docNo",
           d.code as "authorityCode", d.name_zh_cn as "aZhCn", d.name_zh_tw as "aZhTw", d.name_en as "aEn",
           r.removed_on as "removedOn", r.removal_reason as "removalReason",
           e.district_code as "districtCode", e.industry_code as "industryCode"
    from records r join entities e on e.id = r.entity_id join departments d on d.id = r.department_id`;
}

function orderBy(sql: postgres.Sql, q: ListQuery) {
  return q.sort === 'oldest' ? sql`order by r.decision_date asc, r.id asc` : sql`order by r.decision_date desc, r.id desc`;
}

/** One page of entries and the total the filters select. */
export async function queryListEntries(kinds: readonly ListingKind[], q: ListQuery, today: string): Promise<{ entries: ListEntry[]; total: number }> {
  const sql = getReadSql();
  const where = whereClause(sql, kinds, q, today);
  const [rows, [count]] = await Promise.all([
    sql<Row[]>`${selectEntries(sql)} ${where} ${orderBy(sql, q)} limit ${q.limit} offset ${(q.page - 1) * q.limit}`,
    sql<{ n: number }[]>`select count(*)::int as n from records r join entities e on e.id = r.entity_id join departments d on d.id = r.department_id ${where}`,
  ]);
  return { entries: rows.map((r) => toEntry(r, today)), total: count?.n ?? 0 };
}

/** An open export of list entries (lib/db/queries/open-export.ts). */
export type ListExport = OpenExport<ListEntry>;

/**
 * Opens an export of every list entry the filters select, or null when no export slot is free
 * within `limits.waitMs` (openExport: slots, cursor and statement timeout).
 */
export function openListExport(
  kinds: readonly ListingKind[],
  q: ListQuery,
  today: string,
  address: string,
  limits: ExportLimits,
  batchSize = 2000,
): Promise<ListExport | null> {
  return openExport<Row, ListEntry>(
    (sql) => sql<Row[]>`${selectEntries(sql)} ${whereClause(sql, kinds, q, today)} ${orderBy(sql, q)}`,
    (r) => toEntry(r, today),
    address,
    limits,
    batchSize,
  );
}

/** Every listing kind written as SQL literals (constants, so the planner sees them and picks the listing index). */
const LISTING_KIND_LITERALS = LISTING_KINDS.map((k) => `'${k}'`).join(',');

/** Entries listed now and removed, per listing kind. */
export async function countListEntries(today: string): Promise<Record<ListingKind, { current: number; removed: number }>> {
  const rows = await getReadSql()<{ kind: ListingKind; current: number; removed: number }[]>`
    select kind,
           count(*) filter (where removed_on is null or removed_on > ${today})::int as current,
           count(*) filter (where removed_on <= ${today})::int as removed
    from records
    where kind in (${getReadSql().unsafe(LISTING_KIND_LITERALS)})
      and status in ${getReadSql()(PUBLIC_RECORD_STATUSES as unknown as string[])} and decision_date <= ${today}
    group by kind`;
  const out = {} as Record<ListingKind, { current: number; removed: number }>;
  for (const k of LISTING_KINDS) out[k] = { current: 0, removed: 0 };
  for (const r of rows) out[r.kind] = { current: r.current, removed: r.removed };
  return out;
}

/** The departments that provided entries of these kinds (for the authority filter). */
export async function listAuthorities(kinds: readonly ListingKind[]): Promise<{ code: string; 'zh-CN': string; 'zh-TW': string; en: string }[]> {
  const sql = getReadSql();
  return sql<{ code: string; 'zh-CN': string; 'zh-TW': string; en: string }[]>`
    select d.code, d.name_zh_cn as "zh-CN", d.name_zh_tw as "zh-TW", d.name_en as en from departments d
    where exists (select 1 from records r where r.department_id = d.id and r.kind in ${sql(kinds as ListingKind[])})
    order by d.code`;
}

export interface ListEvent {
  entry: ListEntry;
  event: 'listed' | 'removed';
  date: string;
}

/** Listings and removals of these kinds, newest first (for the Atom feeds and the changes page). */
export async function listRecentEvents(kinds: readonly ListingKind[], today: string, limit: number): Promise<ListEvent[]> {
  const sql = getReadSql();
  const rows = await sql<(Row & { event: 'listed' | 'removed'; date: string })[]>`
    select r.id::text as id, e.uscc, e.name, r.kind, r.decision_date as "listedOn", r.grounds, r.doc_no as "docNo",
           d.code as "authorityCode", d.name_zh_cn as "aZhCn", d.name_zh_tw as "aZhTw", d.name_en as "aEn",
           r.removed_on as "removedOn", r.removal_reason as "removalReason",
           e.district_code as "districtCode", e.industry_code as "industryCode", ev.event, ev.date
    from records r
      join entities e on e.id = r.entity_id
      join departments d on d.id = r.department_id
      cross join lateral (values ('listed', r.decision_date), ('removed', r.removed_on)) as ev(event, date)
    where r.kind in ${sql(kinds as ListingKind[])}
      and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
      and ev.date is not null and ev.date <= ${today}
    order by ev.date desc, ev.event desc, r.id desc
    limit ${limit}`;
  return rows.map(({ event, date, ...r }) => ({ entry: toEntry(r, today), event, date }));
}

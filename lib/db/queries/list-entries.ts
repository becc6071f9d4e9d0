// List entries (records of a listing kind) with the filters of lib/lists/parse-list-query.ts.
// No 'server-only': the export benchmark streams through it from plain Node.
import { createHash } from 'node:crypto';
import type postgres from 'postgres';
import { PUBLIC_RECORD_STATUSES, type ListingKind } from '../../domain/vocabulary';
import type { ListQuery } from '../../lists/list-query-schema';
import { getExportSql, getReadSql } from '../client';

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

// Export slots are PostgreSQL advisory locks held by the export's own connection, so the limits
// hold across every site process and a crashed process frees its slots with its connections.
// Two-integer keys: (EXPORT_SLOT_KEY, slot) for the global slots, (EXPORT_ADDRESS_KEY + i, hash of
// the client address) for the per-address ones.
const EXPORT_SLOT_KEY = 0x45585054; // 'EXPT'
const EXPORT_ADDRESS_KEY = 0x45584100; // 'EXA\0' .. + EXPORTS_PER_ADDRESS

export interface ExportLimits {
  /** Exports at once across all processes. */
  slots: number;
  /** Exports at once from one client address. */
  perAddress: number;
  /** Longest the export's cursor may run (PostgreSQL's statement_timeout for it). */
  maxSeconds: number;
  /** How long to keep trying for a free slot before giving up (0: one try). */
  waitMs?: number;
}

/** An open export: its batches, and close() (idempotent) to free its connection and slots. */
export interface CursorExport<T> {
  batches: AsyncGenerator<T[]>;
  close(): Promise<void>;
}

export type ListExport = CursorExport<ListEntry>;

/** The batches of an export's query, read from a server-side cursor on the export's own connection. */
export type ExportCursor<T> = (sql: postgres.Sql, batchSize: number) => AsyncIterable<T[]>;

function addressKey(address: string): number {
  return createHash('sha256').update(address).digest().readInt32BE(0);
}

async function tryLocks(sql: postgres.ReservedSql, pairs: [number, number][]): Promise<boolean> {
  for (const [a, b] of pairs) {
    const [row] = await sql<{ ok: boolean }[]>`select pg_try_advisory_lock(${a}::int, ${b}::int) as ok`;
    if (row?.ok) return true;
  }
  return false;
}

/**
 * Opens an export of every entry the filters select, or returns null when no export slot is free
 * (globally, or for this address) within `limits.waitMs`: a short burst of exports queues for a
 * moment rather than being refused; a sustained one is refused. No connection is held while
 * waiting. The entries come from a server-side cursor on a connection of its own, whose statement
 * timeout is raised to `maxSeconds` for the cursor: the public read timeout would cut a long but
 * healthy export, since PostgreSQL times a cursor from its first fetch to its last. Call close()
 * when done, cancelled or failed.
 */
export function openListExport(
  kinds: readonly ListingKind[],
  q: ListQuery,
  today: string,
  address: string,
  limits: ExportLimits,
  batchSize = 2000,
): Promise<ListExport | null> {
  return openCursorExport(
    async function* (sql, size) {
      const cursor = sql<Row[]>`${selectEntries(sql)} ${whereClause(sql, kinds, q, today)} ${orderBy(sql, q)}`.cursor(size);
      for await (const rows of cursor) yield rows.map((r) => toEntry(r, today));
    },
    address,
    limits,
    batchSize,
  );
}

/**
 * Opens an export of what `cursor` reads, under the export slots and limits described at
 * openListExport (every export of the site shares them), or null when no slot is free in time.
 */
export async function openCursorExport<T>(cursor: ExportCursor<T>, address: string, limits: ExportLimits, batchSize = 2000): Promise<CursorExport<T> | null> {
  const deadline = Date.now() + (limits.waitMs ?? 0);
  for (;;) {
    const open = await tryOpenCursorExport(cursor, address, limits, batchSize);
    if (open) return open;
    // Jittered, so exports waiting in several processes do not retry in step.
    const pause = 150 + Math.floor(Math.random() * 200);
    // The last try is at the deadline itself: a refusal comes after the whole wait, never before.
    const left = deadline - Date.now();
    if (left <= 0) return null;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
  }
}

async function tryOpenCursorExport<T>(cursor: ExportCursor<T>, address: string, limits: ExportLimits, batchSize: number): Promise<CursorExport<T> | null> {
  const reserved = await getExportSql().reserve();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await reserved`select pg_advisory_unlock_all()`;
      await reserved`reset statement_timeout`;
    } catch {
      // A broken connection holds no locks: PostgreSQL released them with the session.
    } finally {
      reserved.release();
    }
  };
  try {
    const slots = Array.from({ length: limits.slots }, (_, i): [number, number] => [EXPORT_SLOT_KEY, i]);
    const mine = Array.from({ length: limits.perAddress }, (_, i): [number, number] => [EXPORT_ADDRESS_KEY + i, addressKey(address)]);
    if (!(await tryLocks(reserved, slots)) || !(await tryLocks(reserved, mine))) {
      await close();
      return null;
    }
    await reserved`select set_config('statement_timeout', ${String(limits.maxSeconds * 1000)}, false)`;
  } catch (error) {
    await close();
    throw error;
  }
  async function* batches(): AsyncGenerator<T[]> {
    yield* cursor(reserved as unknown as postgres.Sql, batchSize);
  }
  return { batches: batches(), close };
}

/** Entries listed now and removed, per listing kind. */
export async function countListEntries(today: string): Promise<Record<ListingKind, { current: number; removed: number }>> {
  const rows = await getReadSql()<{ kind: ListingKind; current: number; removed: number }[]>`
    select kind,
           count(*) filter (where removed_on is null or removed_on > ${today})::int as current,
           count(*) filter (where removed_on <= ${today})::int as removed
    from records
    where kind in ('abnormal_listing','serious_illegal_listing','dishonest_debtor','tax_violation')
      and status in ${getReadSql()(PUBLIC_RECORD_STATUSES as unknown as string[])} and decision_date <= ${today}
    group by kind`;
  const out = {} as Record<ListingKind, { current: number; removed: number }>;
  for (const k of ['abnormal_listing', 'serious_illegal_listing', 'dishonest_debtor', 'tax_violation'] as const) out[k] = { current: 0, removed: 0 };
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

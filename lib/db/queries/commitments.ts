// Credit commitments (信用承诺): the templates (commitment_templates) and the commitments firms sign
// (credit_commitment records with their procedure and status), newest first with keyset paging
// on the partial indexes of migration 0016. No 'server-only': the export streams through it.
import type postgres from 'postgres';
import type { CommitmentQuery } from '../../commitments/commitment-query-schema';
import type { CommitmentStatus } from '../../domain/commitments';
import { PUBLIC_RECORD_STATUSES } from '../../domain/vocabulary';
import type { LocalizedLabel } from '../../reference/localized-label';
import { getReadSql } from '../client';
import { openExport, type ExportLimits, type OpenExport } from './open-export';

/** A department as pages name it. */
export interface CommitmentDepartment extends LocalizedLabel {
  code: string;
}

/** One 告知承诺书 template. */
export interface CommitmentTemplateRow {
  id: number;
  procedureCode: string;
  title: LocalizedLabel;
  text: LocalizedLabel;
  legalBasis: string | null;
  department: CommitmentDepartment;
  effectiveFrom: string;
  effectiveTo: string | null;
  version: number;
}

type RawTemplate = Omit<CommitmentTemplateRow, 'title' | 'text' | 'department'> & {
  titleZhCn: string;
  titleZhTw: string;
  titleEn: string;
  textZhCn: string;
  textZhTw: string;
  textEn: string;
  dCode: string;
  dZhCn: string;
  dZhTw: string;
  dEn: string;
};

function toTemplate(r: RawTemplate): CommitmentTemplateRow {
  const { titleZhCn, titleZhTw, titleEn, textZhCn, textZhTw, textEn, dCode, dZhCn, dZhTw, dEn, ...rest } = r;
  return {
    ...rest,
    title: { 'zh-CN': titleZhCn, 'zh-TW': titleZhTw, en: titleEn },
    text: { 'zh-CN': textZhCn, 'zh-TW': textZhTw, en: textEn },
    department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn },
  };
}

function selectTemplates(sql: postgres.Sql) {
  return sql`
    select t.id, t.procedure_code as "procedureCode", t.title_zh_cn as "titleZhCn", t.title_zh_tw as "titleZhTw", t.title_en as "titleEn",
           t.text_zh_cn as "textZhCn", t.text_zh_tw as "textZhTw", t.text_en as "textEn", t.legal_basis as "legalBasis",
           d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
           t.effective_from::text as "effectiveFrom", t.effective_to::text as "effectiveTo", t.version
    from commitment_templates t join departments d on d.id = t.department_id`;
}

/** Every template (a few dozen at most), by department and procedure code. */
export async function listCommitmentTemplates(): Promise<CommitmentTemplateRow[]> {
  const sql = getReadSql();
  const rows = await sql<RawTemplate[]>`${selectTemplates(sql)} order by d.code, t.procedure_code`;
  return rows.map(toTemplate);
}

/** One template by id, or null. */
export async function getCommitmentTemplate(id: number): Promise<CommitmentTemplateRow | null> {
  const sql = getReadSql();
  const [row] = await sql<RawTemplate[]>`${selectTemplates(sql)} where t.id = ${id}`;
  return row ? toTemplate(row) : null;
}

/** The procedure codes among `codes` that have a template (intake refuses the others). */
export async function knownProcedureCodes(codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await getReadSql()<{ code: string }[]>`
    select procedure_code as code from commitment_templates where procedure_code = any(${[...new Set(codes)]}::text[])`;
  return new Set(rows.map((r) => r.code));
}

/** One commitment as the list, its exports and its feed show it. */
export interface CommitmentEntry {
  id: string;
  uscc: string;
  name: string;
  title: string;
  docNo: string | null;
  /** The signing date (the record's decision date). */
  signedOn: string;
  collectedOn: string;
  status: CommitmentStatus;
  procedureCode: string | null;
  /** The template's title; null when the record names no procedure (or one without a template). */
  procedure: LocalizedLabel | null;
  department: CommitmentDepartment;
  /** The public broken_commitment record this commitment's breach became, when there is one. */
  brokenRecordId: string | null;
  /** ISO timestamp of the last change (the feed's order). */
  updatedAt: string;
}

type RawEntry = Omit<CommitmentEntry, 'procedure' | 'department'> & {
  pZhCn: string | null;
  pZhTw: string | null;
  pEn: string | null;
  dCode: string;
  dZhCn: string;
  dZhTw: string;
  dEn: string;
};

function toEntry(r: RawEntry): CommitmentEntry {
  const { pZhCn, pZhTw, pEn, dCode, dZhCn, dZhTw, dEn, ...rest } = r;
  return {
    ...rest,
    procedure: pZhCn === null ? null : { 'zh-CN': pZhCn, 'zh-TW': pZhTw ?? pZhCn, en: pEn ?? pZhCn },
    department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn },
  };
}

function selectEntries(sql: postgres.Sql) {
  return sql`
    select r.id::text as id, e.uscc, e.name, r.title, r.doc_no as "docNo", r.decision_date::text as "signedOn",
           r.collected_on::text as "collectedOn", coalesce(r.commitment_status, 'pending')::text as status,
           r.procedure_code as "procedureCode", t.title_zh_cn as "pZhCn", t.title_zh_tw as "pZhTw", t.title_en as "pEn",
           d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
           (select b.id::text from records b
             where r.broken_record_ref is not null and b.department_id = r.department_id and b.source_ref = r.broken_record_ref
               and b.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}) as "brokenRecordId",
           to_char(r.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"
    from records r
      join entities e on e.id = r.entity_id
      join departments d on d.id = r.department_id
      left join commitment_templates t on t.procedure_code = r.procedure_code`;
}

/** Public commitments on `today`: a public record status, signed by today, publicity not ended. */
function publicCommitments(sql: postgres.Sql, today: string) {
  return sql`
    r.kind = 'credit_commitment'
      and r.status in ${sql(PUBLIC_RECORD_STATUSES as unknown as string[])}
      and r.decision_date <= ${today}
      and (r.publicity_end is null or r.publicity_end >= ${today})`;
}

function whereClause(sql: postgres.Sql, q: CommitmentQuery, today: string, { withCursor }: { withCursor: boolean }) {
  return sql`
    where ${publicCommitments(sql, today)}
      ${q.procedure ? sql`and r.procedure_code = ${q.procedure}` : sql``}
      ${q.status ? sql`and r.commitment_status = ${q.status}` : sql``}
      ${q.department ? sql`and r.department_id = (select id from departments where code = ${q.department})` : sql``}
      ${q.from ? sql`and r.decision_date >= ${q.from}` : sql``}
      ${q.to ? sql`and r.decision_date <= ${q.to}` : sql``}
      ${withCursor && q.after ? sql`and (r.decision_date, r.id) < (${q.after.signedOn}::date, ${q.after.id}::bigint)` : sql``}`;
}

/** Counts stop here: "10,000 or more" is all a page needs to say, and counting further would read every row. */
export const COMMITMENT_COUNT_CAP = 10_000;

export interface CommitmentPage {
  entries: CommitmentEntry[];
  /** The cursor of the next page (the last entry's position), or null on the last page. */
  next: { signedOn: string; id: string } | null;
  /** How many commitments the filters select, counted up to COMMITMENT_COUNT_CAP (then `capped`). */
  total: number;
  capped: boolean;
}

/** One page of commitments after `q.after` (newest first), with the selection's (capped) count. */
export async function queryCommitmentPage(q: CommitmentQuery, today: string): Promise<CommitmentPage> {
  const sql = getReadSql();
  const [rows, [count]] = await Promise.all([
    sql<RawEntry[]>`${selectEntries(sql)} ${whereClause(sql, q, today, { withCursor: true })}
      order by r.decision_date desc, r.id desc limit ${q.limit + 1}`,
    sql<{ n: number }[]>`
      select count(*)::int as n from (select 1 from records r ${whereClause(sql, q, today, { withCursor: false })} limit ${COMMITMENT_COUNT_CAP + 1}) x`,
  ]);
  const more = rows.length > q.limit;
  const entries = rows.slice(0, q.limit).map(toEntry);
  const last = entries[entries.length - 1];
  const n = count?.n ?? 0;
  return {
    entries,
    next: more && last ? { signedOn: last.signedOn, id: last.id } : null,
    total: Math.min(n, COMMITMENT_COUNT_CAP),
    capped: n > COMMITMENT_COUNT_CAP,
  };
}

/** The newest new or changed public commitments (the Atom feed): by last change, newest first. */
export async function listRecentCommitments(today: string, limit: number): Promise<CommitmentEntry[]> {
  const sql = getReadSql();
  const rows = await sql<RawEntry[]>`${selectEntries(sql)} where ${publicCommitments(sql, today)} order by r.updated_at desc, r.id desc limit ${limit}`;
  return rows.map(toEntry);
}

/** Opens an export of every commitment the filters select (the cursor ignored), under the shared export slots. */
export function openCommitmentExport(q: CommitmentQuery, today: string, address: string, limits: ExportLimits): Promise<OpenExport<CommitmentEntry> | null> {
  return openExport<RawEntry, CommitmentEntry>(
    (sql) => sql<RawEntry[]>`${selectEntries(sql)} ${whereClause(sql, q, today, { withCursor: false })} order by r.decision_date desc, r.id desc`,
    toEntry,
    address,
    limits,
  );
}

/** The departments that have public commitments (the department filter). */
export async function listCommitmentDepartments(): Promise<CommitmentDepartment[]> {
  const sql = getReadSql();
  return sql<CommitmentDepartment[]>`
    select d.code, d.name_zh_cn as "zh-CN", d.name_zh_tw as "zh-TW", d.name_en as en from departments d
    where exists (select 1 from records r where r.department_id = d.id and r.kind = 'credit_commitment')
    order by d.code`;
}

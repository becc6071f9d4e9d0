// Reads of the inspections area (issue 18 part 2). Public reads never select an inspector's name:
// a drawn firm's inspectors are their roles (inspection_targets.inspector_roles). Staff reads are
// separate functions (staff*), scoped by department. No 'server-only': scripts/redraw.ts reads too.
import type { InspectionPlanStatus, InspectionResult, InspectionTargetReason, InspectorRole } from '../../domain/inspections';
import { getReadSql, getSql } from '../client';
import type { DepartmentNames } from './get-entity-profile';

/** A plan as the public sees it (no inspector names). */
export interface PublicPlan {
  id: number;
  title: string;
  department: DepartmentNames;
  items: { id: number; code: string; title: string; legalBasis: string | null; method: string | null }[];
  districts: string[];
  industries: string[];
  entityTypes: string[];
  firmCount: number | null;
  sharePercent: number | null;
  periodStart: string;
  periodEnd: string;
  seed: string;
  status: InspectionPlanStatus;
  drawAlgorithm: string | null;
  snapshotSize: number | null;
  snapshotSha256: string | null;
  inspectorPoolSize: number | null;
  /** ISO timestamp. */
  drawnAt: string | null;
  drawnCount: number;
  resultCount: number;
}

/** One firm on a plan, as the public sees it. */
export interface PublicTarget {
  id: number;
  planId: number;
  uscc: string;
  name: string;
  reason: InspectionTargetReason;
  drawPosition: number | null;
  inspectorRoles: InspectorRole[];
  result: InspectionResult | null;
  inspectedOn: string | null;
  correctionDeadline: string | null;
  findings: string | null;
  docNo: string | null;
}

const PLAN_COLUMNS = (sql: ReturnType<typeof getReadSql>) => sql`
  p.id, p.title, d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn",
  p.item_ids as "itemIds", p.districts, p.industries, p.entity_types::text[] as "entityTypes", p.firm_count as "firmCount",
  p.share_percent::float8 as "sharePercent", p.period_start::text as "periodStart", p.period_end::text as "periodEnd", p.seed,
  p.status::text as status, p.draw_algorithm as "drawAlgorithm", p.snapshot_size as "snapshotSize", p.snapshot_sha256 as "snapshotSha256",
  p.inspector_pool_size as "inspectorPoolSize",
  to_char(p.drawn_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "drawnAt",
  (select count(*)::int from inspection_targets t where t.plan_id = p.id) as "drawnCount",
  (select count(*)::int from inspection_targets t where t.plan_id = p.id and t.result is not null) as "resultCount"`;

type RawPlan = Omit<PublicPlan, 'department' | 'items'> & { dCode: string; dZhCn: string; dZhTw: string; dEn: string; itemIds: number[] };

async function withItems(rows: RawPlan[], sql = getReadSql()): Promise<PublicPlan[]> {
  const ids = [...new Set(rows.flatMap((r) => r.itemIds))];
  const items =
    ids.length === 0
      ? []
      : await sql<PublicPlan['items']>`
          select id, code, title, legal_basis as "legalBasis", method from inspection_items where id = any(${ids}::int[]) order by code`;
  return rows.map(({ dCode, dZhCn, dZhTw, dEn, itemIds, ...rest }) => ({
    ...rest,
    department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn },
    items: items.filter((i) => itemIds.includes(i.id)),
  }));
}

/** The public plans list: drawn and completed plans, newest first, keyset on id (`before`: the last id of the previous page). */
export async function listPublicPlans(opts: { department?: string | null; before?: number | null; limit: number }): Promise<PublicPlan[]> {
  const sql = getReadSql();
  const rows = await sql<RawPlan[]>`
    select ${PLAN_COLUMNS(sql)}
    from inspection_plans p join departments d on d.id = p.department_id
    where p.status in ('drawn', 'completed')
      ${opts.department ? sql`and d.code = ${opts.department}` : sql``}
      ${opts.before ? sql`and p.id < ${opts.before}` : sql``}
    order by p.id desc limit ${opts.limit}`;
  return withItems(rows, sql);
}

/** One public plan (drawn or completed), or null. */
export async function getPublicPlan(id: number): Promise<PublicPlan | null> {
  const sql = getReadSql();
  const rows = await sql<RawPlan[]>`
    select ${PLAN_COLUMNS(sql)}
    from inspection_plans p join departments d on d.id = p.department_id
    where p.id = ${id} and p.status in ('drawn', 'completed')`;
  return (await withItems(rows, sql))[0] ?? null;
}

const TARGET_COLUMNS = (sql: ReturnType<typeof getReadSql>) => sql`
  t.id::int as id, t.plan_id as "planId", e.uscc, e.name, t.reason::text as reason, t.draw_position as "drawPosition",
  t.inspector_roles::text[] as "inspectorRoles", t.result::text as result, t.inspected_on::text as "inspectedOn",
  t.correction_deadline::text as "correctionDeadline", t.findings, t.doc_no as "docNo"`;

/** A plan's firms in draw order (follow-ups last), keyset on (draw order, id), at most `limit`. */
export async function listPlanTargets(planId: number, limit: number): Promise<PublicTarget[]> {
  const sql = getReadSql();
  return sql<PublicTarget[]>`
    select ${TARGET_COLUMNS(sql)}
    from inspection_targets t join entities e on e.id = t.entity_id
    where t.plan_id = ${planId}
    order by t.draw_position nulls last, t.id limit ${limit}`;
}

/** Entered results across plans, newest first (the index page, the feed); optionally one department's. */
export async function listRecentResults(opts: {
  department?: string | null;
  limit: number;
}): Promise<(PublicTarget & { planTitle: string; department: DepartmentNames })[]> {
  const sql = getReadSql();
  const rows = await sql<(PublicTarget & { planTitle: string; dCode: string; dZhCn: string; dZhTw: string; dEn: string })[]>`
    select ${TARGET_COLUMNS(sql)}, p.title as "planTitle", d.code as "dCode", d.name_zh_cn as "dZhCn", d.name_zh_tw as "dZhTw", d.name_en as "dEn"
    from inspection_targets t join entities e on e.id = t.entity_id
      join inspection_plans p on p.id = t.plan_id join departments d on d.id = p.department_id
    where t.result is not null ${opts.department ? sql`and d.code = ${opts.department}` : sql``}
    order by t.inspected_on desc, t.id desc limit ${opts.limit}`;
  return rows.map(({ dCode, dZhCn, dZhTw, dEn, ...rest }) => ({ ...rest, department: { code: dCode, 'zh-CN': dZhCn, 'zh-TW': dZhTw, en: dEn } }));
}

/** The departments that have public plans (the list's filter). */
export async function listInspectionDepartments(): Promise<DepartmentNames[]> {
  const sql = getReadSql();
  return sql<DepartmentNames[]>`
    select d.code, d.name_zh_cn as "zh-CN", d.name_zh_tw as "zh-TW", d.name_en as en from departments d
    where exists (select 1 from inspection_plans p where p.department_id = d.id and p.status in ('drawn', 'completed'))
    order by d.code`;
}

/** Every firm on every public plan (or one plan), for the exports: a cursor, `batch` rows at a time. */
export function streamPublicTargets(opts: { planId?: number | null; department?: string | null }, batch = 1_000) {
  const sql = getReadSql();
  return sql<(PublicTarget & { planTitle: string; departmentCode: string })[]>`
    select ${TARGET_COLUMNS(sql)}, p.title as "planTitle", d.code as "departmentCode"
    from inspection_targets t join entities e on e.id = t.entity_id
      join inspection_plans p on p.id = t.plan_id join departments d on d.id = p.department_id
    where p.status in ('drawn', 'completed')
      ${opts.planId ? sql`and p.id = ${opts.planId}` : sql``}
      ${opts.department ? sql`and d.code = ${opts.department}` : sql``}
    order by p.id desc, t.draw_position nulls last, t.id`.cursor(batch);
}

/** A public plan's directory snapshot (the USCCs in position order), for anyone re-running the draw: a cursor. */
export function streamPlanSnapshot(planId: number, batch = 5_000) {
  const sql = getReadSql();
  return sql<{ uscc: string }[]>`
    select e.uscc from inspection_snapshots s join entities e on e.id = s.entity_id
    where s.plan_id = ${planId} order by s.position`.cursor(batch);
}

/** A staff member's view of a plan: everything public, plus the drawn inspectors' names. */
export interface StaffTarget extends PublicTarget {
  inspectorNames: string[];
}

/** Plans for the back office (any status), newest first; `departmentId` null = every department. */
export async function listStaffPlans(departmentId: number | null, limit = 200): Promise<(PublicPlan & { departmentId: number })[]> {
  const sql = getSql();
  const rows = await sql<(RawPlan & { departmentId: number })[]>`
    select ${PLAN_COLUMNS(sql)}, p.department_id as "departmentId"
    from inspection_plans p join departments d on d.id = p.department_id
    ${departmentId === null ? sql`` : sql`where p.department_id = ${departmentId}`}
    order by p.id desc limit ${limit}`;
  return (await withItems(rows, sql)) as (PublicPlan & { departmentId: number })[];
}

/** One plan for the back office (any status) with its department id, or null. */
export async function getStaffPlan(id: number): Promise<(PublicPlan & { departmentId: number }) | null> {
  const sql = getSql();
  const rows = await sql<(RawPlan & { departmentId: number })[]>`
    select ${PLAN_COLUMNS(sql)}, p.department_id as "departmentId"
    from inspection_plans p join departments d on d.id = p.department_id where p.id = ${id}`;
  return ((await withItems(rows, sql))[0] as (PublicPlan & { departmentId: number }) | undefined) ?? null;
}

/** A plan's firms with their inspectors' names (staff only), at most `limit`. */
export async function listStaffTargets(planId: number, limit = 2_000): Promise<StaffTarget[]> {
  const sql = getSql();
  return sql<StaffTarget[]>`
    select ${TARGET_COLUMNS(sql)},
      coalesce((select array_agg(i.name order by i.id) from inspectors i where i.id = any(t.inspector_ids)), '{}') as "inspectorNames"
    from inspection_targets t join entities e on e.id = t.entity_id
    where t.plan_id = ${planId}
    order by t.draw_position nulls last, t.id limit ${limit}`;
}

/** A department's inspection items (the plan form's choices). */
export async function listInspectionItems(departmentId: number | null): Promise<{ id: number; code: string; title: string; departmentCode: string }[]> {
  const sql = getSql();
  return sql`
    select i.id, i.code, i.title, d.code as "departmentCode" from inspection_items i join departments d on d.id = i.department_id
    where i.active ${departmentId === null ? sql`` : sql`and i.department_id = ${departmentId}`}
    order by d.code, i.code`;
}

/** Whether every item id belongs to the department and is active. */
export async function itemsBelongTo(itemIds: readonly number[], departmentId: number): Promise<boolean> {
  const [row] = await getSql()<{ n: number }[]>`
    select count(*)::int as n from inspection_items where id = any(${[...itemIds]}::int[]) and department_id = ${departmentId} and active`;
  return row?.n === itemIds.length;
}

/** What scripts/redraw.ts needs of any plan, drawn or not. */
export async function getPlanDrawFacts(id: number): Promise<{
  seed: string;
  status: string;
  firmCount: number | null;
  sharePercent: number | null;
  snapshotSize: number | null;
  snapshotSha256: string | null;
  inspectorPoolSize: number | null;
} | null> {
  const [row] = await getSql()<
    {
      seed: string;
      status: string;
      firmCount: number | null;
      sharePercent: number | null;
      snapshotSize: number | null;
      snapshotSha256: string | null;
      inspectorPoolSize: number | null;
    }[]
  >`
    select seed, status::text as status, firm_count as "firmCount", share_percent::float8 as "sharePercent", snapshot_size as "snapshotSize",
      snapshot_sha256 as "snapshotSha256", inspector_pool_size as "inspectorPoolSize"
    from inspection_plans where id = ${id}`;
  return row ?? null;
}

/** The drawn firms' USCCs of a plan in draw order (what a re-run must reproduce). */
export async function listDrawnUsccs(planId: number): Promise<string[]> {
  const rows = await getSql()<{ uscc: string }[]>`
    select e.uscc from inspection_targets t join entities e on e.id = t.entity_id
    where t.plan_id = ${planId} and t.reason = 'drawn' order by t.draw_position`;
  return rows.map((r) => r.uscc);
}

/** The department of an inspection item, or null. */
export async function getItemDepartment(itemId: number): Promise<number | null> {
  const [row] = await getSql()<{ departmentId: number }[]>`select department_id as "departmentId" from inspection_items where id = ${itemId}`;
  return row?.departmentId ?? null;
}

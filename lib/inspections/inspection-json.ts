// The public JSON and CSV shapes of plans and drawn firms (the API, the exports). Inspectors appear
// as their roles only; there is no field for a name.
import type { Locale } from '../domain/vocabulary';
import type { PublicPlan, PublicTarget } from '../db/queries/inspections';
import { csvField } from '../lists/export-list';

/** A plan as JSON in `locale` (department name in that language). */
export function planJson(plan: PublicPlan, locale: Locale, origin: string) {
  return {
    id: plan.id,
    title: plan.title,
    department: { code: plan.department.code, name: plan.department[locale] },
    items: plan.items.map((i) => ({ code: i.code, title: i.title, legalBasis: i.legalBasis, method: i.method })),
    population: { districts: plan.districts, industries: plan.industries, entityTypes: plan.entityTypes },
    firmCount: plan.firmCount,
    sharePercent: plan.sharePercent,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    status: plan.status,
    draw: {
      seed: plan.seed,
      algorithm: plan.drawAlgorithm,
      snapshotSize: plan.snapshotSize,
      snapshotSha256: plan.snapshotSha256,
      snapshotUrl: `${origin}/api/v1/inspections/${plan.id}/snapshot`,
      inspectorPoolSize: plan.inspectorPoolSize,
      drawnAt: plan.drawnAt,
    },
    drawnCount: plan.drawnCount,
    resultCount: plan.resultCount,
    url: `${origin}/${locale}/inspections/${plan.id}`,
  };
}

/** One firm on a plan as JSON. */
export function targetJson(t: PublicTarget) {
  return {
    uscc: t.uscc,
    name: t.name,
    reason: t.reason,
    drawPosition: t.drawPosition,
    inspectors: t.inspectorRoles.map((role) => ({ role })),
    result: t.result,
    inspectedOn: t.inspectedOn,
    correctionDeadline: t.correctionDeadline,
    findings: t.findings,
    docNo: t.docNo,
  };
}

export const TARGET_CSV_HEADERS: Record<Locale, string[]> = {
  'zh-CN': [
    '计划编号',
    '计划名称',
    '部门代码',
    '统一社会信用代码',
    '名称',
    '来源',
    '抽取顺序',
    '检查人员（角色）',
    '检查结果',
    '检查日期',
    '整改期限',
    '检查情况',
    '文书号',
  ],
  'zh-TW': [
    '計畫編號',
    '計畫名稱',
    '部門代碼',
    '統一社會信用代碼',
    '名稱',
    '來源',
    '抽取順序',
    '檢查人員（角色）',
    '檢查結果',
    '檢查日期',
    '整改期限',
    '檢查情況',
    '文書號',
  ],
  en: [
    'plan_id',
    'plan_title',
    'department_code',
    'uscc',
    'name',
    'reason',
    'draw_position',
    'inspector_roles',
    'result',
    'inspected_on',
    'correction_deadline',
    'findings',
    'doc_no',
  ],
};

/** One CSV line (CRLF) of a drawn firm; codes (reason, roles, result) as in the API. */
export function targetCsvLine(t: PublicTarget & { planTitle: string; departmentCode: string }): string {
  return (
    [
      String(t.planId),
      t.planTitle,
      t.departmentCode,
      t.uscc,
      t.name,
      t.reason,
      t.drawPosition === null ? '' : String(t.drawPosition),
      t.inspectorRoles.join(' '),
      t.result,
      t.inspectedOn,
      t.correctionDeadline,
      t.findings,
      t.docNo,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

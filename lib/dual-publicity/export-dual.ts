// 双公示 exports: CSV (UTF-8 with BOM, one header row in the requested language) and JSON Lines of
// every entry the filters select, streamed from a server-side cursor with no cap, behind the same
// export slots as the list exports (lib/db/queries/open-export.ts).
import type { DualSlug } from '../domain/dual-publicity';
import type { Locale } from '../domain/vocabulary';
import { districtName } from '../reference/labels';
import { openDualExport, type DualEntry } from '../db/queries/dual-publicity';
import { csvField, exportLimits, streamExport, type ExportFormat } from '../lists/export-list';
import type { DualQuery } from './query-schema';

// Column headers are part of the file format, so they live here as data (like the list exports').
const CSV_HEADERS: Record<Locale, string[]> = {
  'zh-CN': [
    '统一社会信用代码',
    '名称',
    '类别',
    '事项名称',
    '文书号',
    '决定日期',
    '公示日期',
    '公示用时（工作日）',
    '逾期公示',
    '处罚程度',
    '作出决定机关',
    '机关代码',
    '区县代码',
    '区县',
    '行业代码',
  ],
  'zh-TW': [
    '統一社會信用代碼',
    '名稱',
    '類別',
    '事項名稱',
    '文書號',
    '決定日期',
    '公示日期',
    '公示用時（工作日）',
    '逾期公示',
    '處罰程度',
    '作出決定機關',
    '機關代碼',
    '區縣代碼',
    '區縣',
    '行業代碼',
  ],
  en: [
    'uscc',
    'name',
    'kind',
    'title',
    'doc_no',
    'decision_date',
    'published_on',
    'working_days_to_publication',
    'late',
    'severity',
    'department',
    'department_code',
    'district_code',
    'district',
    'industry_code',
  ],
};

/** One CSV line (CRLF). */
export function dualCsvLine(e: DualEntry, locale: Locale): string {
  return (
    [
      e.uscc,
      e.name,
      e.kind,
      e.title,
      e.docNo,
      e.decisionDate,
      e.publishedOn,
      String(e.lagWorkingDays),
      e.late ? 'true' : 'false',
      e.severity,
      e.department[locale],
      e.departmentCode,
      e.districtCode,
      districtName(e.districtCode, locale),
      e.industryCode,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

/** The public JSON shape of an entry (API pages and JSON Lines). */
export function dualEntryJson(e: DualEntry) {
  return {
    id: e.id,
    uscc: e.uscc,
    name: e.name,
    kind: e.kind,
    title: e.title,
    docNo: e.docNo,
    decisionDate: e.decisionDate,
    publishedOn: e.publishedOn,
    workingDaysToPublication: e.lagWorkingDays,
    late: e.late,
    severity: e.severity,
    department: e.department['zh-CN'],
    departmentCode: e.departmentCode,
    districtCode: e.districtCode,
    industryCode: e.industryCode,
  };
}

/** A byte stream of the whole selection, or null when no export slot was free (the caller answers 429). */
export async function exportDualStream(
  slug: DualSlug,
  q: DualQuery,
  today: string,
  format: ExportFormat,
  locale: Locale,
  address: string,
): Promise<ReadableStream<Uint8Array> | null> {
  const open = await openDualExport(slug, q, today, address, exportLimits());
  if (!open) return null;
  return streamExport(open, format, CSV_HEADERS[locale], (e) => dualCsvLine(e, locale), dualEntryJson);
}

// The commitments as data: the JSON shape of an entry (API, JSON Lines) and the streamed CSV/JSON
// Lines export of a whole selection (UTF-8 CSV with a BOM, no row cap), through the site's export
// slots (lib/lists/export-list.ts).
import type { Locale } from '../domain/vocabulary';
import { openCommitmentExport, type CommitmentEntry } from '../db/queries/commitments';
import { csvField, exportLimits, streamExport, type ExportFormat } from '../lists/export-list';
import type { CommitmentQuery } from './commitment-query-schema';

const STATUS_WORDS: Record<Locale, Record<CommitmentEntry['status'], string>> = {
  'zh-CN': { pending: '履行中', kept: '已履行', broken: '违反承诺' },
  'zh-TW': { pending: '履行中', kept: '已履行', broken: '違反承諾' },
  en: { pending: 'pending', kept: 'kept', broken: 'broken' },
};

const CSV_HEADERS: Record<Locale, string[]> = {
  'zh-CN': [
    '统一社会信用代码',
    '名称',
    '承诺事项代码',
    '承诺事项',
    '承诺书',
    '文书号',
    '承诺日期',
    '归集日期',
    '状态代码',
    '状态',
    '作出部门',
    '部门代码',
    '违反承诺记录',
  ],
  'zh-TW': [
    '統一社會信用代碼',
    '名稱',
    '承諾事項代碼',
    '承諾事項',
    '承諾書',
    '文書號',
    '承諾日期',
    '歸集日期',
    '狀態代碼',
    '狀態',
    '作出部門',
    '部門代碼',
    '違反承諾記錄',
  ],
  en: [
    'uscc',
    'name',
    'procedure_code',
    'procedure',
    'title',
    'doc_no',
    'signed_on',
    'collected_on',
    'status',
    'status_label',
    'department',
    'department_code',
    'broken_record_id',
  ],
};

/** The public JSON shape of a commitment. */
export function commitmentJson(e: CommitmentEntry) {
  return {
    id: e.id,
    uscc: e.uscc,
    name: e.name,
    procedureCode: e.procedureCode,
    procedure: e.procedure?.['zh-CN'] ?? null,
    title: e.title,
    docNo: e.docNo,
    signedOn: e.signedOn,
    collectedOn: e.collectedOn,
    status: e.status,
    department: e.department['zh-CN'],
    departmentCode: e.department.code,
    brokenRecordId: e.brokenRecordId,
  };
}

function csvLine(e: CommitmentEntry, locale: Locale): string {
  return (
    [
      e.uscc,
      e.name,
      e.procedureCode,
      e.procedure?.[locale] ?? null,
      e.title,
      e.docNo,
      e.signedOn,
      e.collectedOn,
      e.status,
      STATUS_WORDS[locale][e.status],
      e.department[locale],
      e.department.code,
      e.brokenRecordId,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

/** A byte stream of every commitment the filters select, or null when no export slot is free (answer 429). */
export async function exportCommitmentStream(
  q: CommitmentQuery,
  today: string,
  format: ExportFormat,
  locale: Locale,
  address: string,
): Promise<ReadableStream<Uint8Array> | null> {
  const open = await openCommitmentExport(q, today, address, exportLimits());
  if (!open) return null;
  return streamExport(
    open,
    format,
    CSV_HEADERS[locale],
    (e) => csvLine(e, locale),
    (e) => commitmentJson(e),
  );
}

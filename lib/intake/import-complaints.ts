// The 12345 complaint-figures template (CSV or XLSX): its files, and the import of a filled-in one,
// read row by row and taken in through the API's own path (ingestComplaints) in batches of the
// API's size, so a file and a call give the same outcome item by item. importRecords hands a
// file here when its header row is this template's (see isComplaintTemplate).
import { COMPLAINT_TEMPLATE_COLUMNS, normalizeMonthCell } from '../domain/complaints';
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import type { Locale } from '../domain/vocabulary';
import { translator } from '../i18n/messages';
import { ingestComplaints } from './ingest-complaints';
import type { IntakeActor } from './ingest-records';
import { columnsCsvTemplate, columnsXlsxWorkbook } from './templates';
import { importRowsInBatches, readTemplateHeader, startImportSummary, templateFieldLookup, type ImportReportRow, type ImportSummary } from './template-rows';

type ComplaintField = (typeof COMPLAINT_TEMPLATE_COLUMNS)[number]['field'];

const complaintFieldOf = templateFieldLookup(COMPLAINT_TEMPLATE_COLUMNS);

/** Whether a header row is the complaint template's (its month and count columns are present). */
export function isComplaintTemplate(headers: readonly string[]): boolean {
  const fields = new Set(headers.map(complaintFieldOf));
  return fields.has('month') && fields.has('received');
}

/** A cell as the schema expects it: whole-number counts as numbers (1,234 → 1234), months as YYYY-MM. */
function cellValue(field: ComplaintField, raw: string): string | number {
  const v = raw.trim();
  if (field === 'received' || field === 'resolved') {
    const n = v.replace(/[,，\s]/g, '');
    return /^\d+$/.test(n) ? Number(n) : v;
  }
  return field === 'month' ? normalizeMonthCell(v) : v;
}

/** Imports the data rows that follow `headers` (row 1) for a department. */
export async function importComplaintRows(
  rows: AsyncIterable<string[]>,
  headers: readonly string[],
  options: {
    departmentId: number;
    departmentCode: string;
    actor: IntakeActor;
    locale?: Locale;
    fileName?: string;
    onReport?: (rows: ImportReportRow[]) => void;
    onProgress?: (rows: number) => void;
  },
): Promise<ImportSummary> {
  const started = performance.now();
  const locale = options.locale ?? 'zh-CN';
  const { columns, columnOf, unknown } = readTemplateHeader(COMPLAINT_TEMPLATE_COLUMNS, headers, translator(locale, 'IntakeErrors'));
  const { summary, report } = startImportSummary(options.onReport);
  report(unknown);

  await importRowsInBatches(
    rows,
    columns,
    cellValue,
    INTAKE_MAX_ITEMS,
    (items) => ingestComplaints({ ...options, items, locale, channel: 'import', fileName: options.fileName }),
    {
      summary,
      report,
      columnOf,
      onProgress: options.onProgress,
    },
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The CSV template: BOM and the header row. */
export function csvComplaintTemplate(): string {
  return columnsCsvTemplate(COMPLAINT_TEMPLATE_COLUMNS);
}

/** The XLSX template: a header row (required columns marked), codes, references and months as text. */
export async function xlsxComplaintTemplate(): Promise<Buffer> {
  return Buffer.from(await columnsXlsxWorkbook('12345投诉统计', COMPLAINT_TEMPLATE_COLUMNS).workbook.xlsx.writeBuffer());
}

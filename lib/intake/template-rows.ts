// Reading filled-in templates (CSV or XLSX) row by row, shared by the record import and the
// support-received import: cell text, spreadsheet date habits, the report row, the file error.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type ImportFormat = 'csv' | 'xlsx';

/** One line of the import report. */
export interface ImportReportRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** The column's header as in the file (or the template's). */
  column: string;
  message: string;
  /** rejected | queued | warning */
  outcome: 'rejected' | 'queued' | 'warning';
}

export class ImportFileError extends Error {}

/** Spreadsheet date habits → YYYY-MM-DD: 2025/3/5, 2025年3月5日, an Excel serial day; anything else unchanged (the schema reports it). */
export function normaliseDateCell(value: string): string {
  const v = value.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(v);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  // An Excel date read without its cell style: a serial day number counted from 1899-12-30.
  if (/^\d{5}(\.\d+)?$/.test(v)) return new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(v)) * 86_400_000).toISOString().slice(0, 10);
  return v;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** Rows of a CSV or XLSX stream as arrays of cell strings (the header row first). */
export async function* readRows(input: Readable, format: ImportFormat): AsyncGenerator<string[]> {
  if (format === 'csv') {
    const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
    for await (const record of parser as AsyncIterable<string[]>) yield record;
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
      if (cells.some((c) => c.trim() !== '')) yield cells;
    }
    break; // the first sheet only
  }
}

/** The counts of a template import and, unless an `onReport` callback took them, its report. */
export interface ImportSummary {
  rows: number;
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  queued: number;
  rejected: number;
  warnings: number;
  seconds: number;
  /** The whole report, unless an `onReport` callback took the rows. */
  report: ImportReportRow[];
}

/** An empty summary and the function that files report rows: to `onReport` when given, else into the summary. */
export function startImportSummary(onReport?: (rows: ImportReportRow[]) => void): { summary: ImportSummary; report: (rows: ImportReportRow[]) => void } {
  const summary: ImportSummary = { rows: 0, accepted: 0, created: 0, updated: 0, unchanged: 0, queued: 0, rejected: 0, warnings: 0, seconds: 0, report: [] };
  const report = (rows: ImportReportRow[]) => {
    if (rows.length === 0) return;
    if (onReport) onReport(rows);
    else summary.report.push(...rows);
  };
  return { summary, report };
}

/** One column of a template: its field, its Chinese header, whether a file must have it. */
export interface TemplateColumn<F extends string> {
  field: F;
  header: string;
  required: boolean;
}

/** Finds a template's field by a file's header: the Chinese header, or the field name in any case. */
export function templateFieldLookup<F extends string>(template: readonly TemplateColumn<F>[]): (header: string) => F | null {
  const byHeader = new Map<string, F>(template.flatMap((c) => [[c.header, c.field] as const, [c.field.toLowerCase(), c.field] as const]));
  return (header) => {
    const h = header.trim();
    return byHeader.get(h) ?? byHeader.get(h.toLowerCase()) ?? null;
  };
}

/** A file's header row read against a template. */
export interface TemplateHeader<F extends string> {
  /** The field of each column of the file, null for a column the template does not have. */
  columns: (F | null)[];
  /** A field's header as in the file (else the template's), for the report. */
  columnOf: (field: string) => string;
  /** A warning row for each column the template does not have. */
  unknown: ImportReportRow[];
}

/**
 * Reads a header row (row 1) against a template; throws ImportFileError naming the required
 * columns that are missing. `t` is the IntakeErrors translator.
 */
export function readTemplateHeader<F extends string>(
  template: readonly TemplateColumn<F>[],
  headerRow: readonly string[],
  t: (key: string, values?: Record<string, string>) => string,
): TemplateHeader<F> {
  const fieldOf = templateFieldLookup(template);
  const headers = headerRow.map((h) => h.trim());
  const columns = headers.map(fieldOf);
  const missing = template.filter((c) => c.required && !columns.includes(c.field)).map((c) => c.header);
  if (missing.length > 0) throw new ImportFileError(t('missingColumns', { columns: missing.join('、') }));
  const templateHeader = new Map(template.map((c) => [c.field as string, c.header]));
  return {
    columns,
    columnOf: (field) => {
      const i = columns.indexOf(field as F);
      return i >= 0 ? (headers[i] ?? field) : (templateHeader.get(field) ?? field);
    },
    unknown: headers
      .filter((h, i) => h !== '' && columns[i] === null)
      .map((h) => ({ row: 1, column: h, message: t('unknownColumn'), outcome: 'warning' as const })),
  };
}

/** A data row as an item of the template's fields: empty cells left out, the others converted. */
export function rowItem<F extends string, V>(
  columns: readonly (F | null)[],
  cells: readonly string[],
  convert: (field: F, value: string) => V,
): Record<string, V> {
  const item: Record<string, V> = {};
  columns.forEach((field, i) => {
    const value = cells[i];
    if (field && value !== undefined && value.trim() !== '') item[field] = convert(field, value);
  });
  return item;
}

/** What one batch of an import answered: the counts and the items refused (by index in the batch). */
export interface ImportBatchResult {
  accepted: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; field: string; message: string }[];
}

/**
 * Reads a template file's data rows into items, `batchSize` at a time, and hands each batch to
 * `ingest`; adds its counts to `summary` and reports each refused item by the file's row and column.
 * Returns once the last batch is in; `onProgress` hears the last row read after each batch.
 */
export async function importRowsInBatches<F extends string, V>(
  rows: AsyncIterable<readonly string[]>,
  columns: readonly (F | null)[],
  convert: (field: F, value: string) => V,
  batchSize: number,
  ingest: (items: Record<string, V>[]) => Promise<ImportBatchResult>,
  out: { summary: ImportSummary; report: (rows: ImportReportRow[]) => void; columnOf: (field: string) => string; onProgress?: (rows: number) => void },
): Promise<void> {
  let items: Record<string, V>[] = [];
  let rowNumbers: number[] = [];
  const flush = async () => {
    if (items.length === 0) return;
    const result = await ingest(items);
    out.summary.accepted += result.accepted;
    out.summary.created += result.created;
    out.summary.updated += result.updated;
    out.summary.unchanged += result.unchanged;
    out.summary.rejected += new Set(result.rejected.map((r) => r.index)).size;
    out.report(result.rejected.map((r) => ({ row: rowNumbers[r.index]!, column: out.columnOf(r.field), message: r.message, outcome: 'rejected' as const })));
    out.onProgress?.(rowNumbers[rowNumbers.length - 1]! - 1);
    items = [];
    rowNumbers = [];
  };
  let rowNumber = 1;
  for await (const cells of rows) {
    rowNumber += 1;
    items.push(rowItem(columns, cells, convert));
    rowNumbers.push(rowNumber);
    out.summary.rows += 1;
    if (items.length >= batchSize) await flush();
  }
  await flush();
}

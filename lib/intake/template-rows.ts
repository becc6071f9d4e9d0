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
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'emit' });
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


// Import templates per record kind: CSV (UTF-8 with BOM, so Excel opens it as Chinese text) and
// XLSX (exceljs), with the Chinese column headers of lib/domain/intake.ts; the builders for any
// template's columns (complaint figures, support received) too.
import ExcelJS from 'exceljs';
import { templateColumnsFor } from '../domain/intake';
import { RECORD_KINDS, type RecordKind } from '../domain/vocabulary';
import { MESSAGES } from '../i18n/messages';
import { csvField } from '../lists/export-list';
import type { TemplateColumn } from './template-rows';

/** Fields kept as text in an XLSX template, so Excel keeps leading zeros and long digit strings. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['sourceRef', 'uscc', 'regNo', 'orgCode', 'taxNo', 'docNo', 'implementingDepartment', 'month']);

/** A CSV template of `columns`: BOM (so Excel opens it as Chinese text) and the header row. */
export function columnsCsvTemplate(columns: readonly TemplateColumn<string>[]): string {
  return `\uFEFF${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
}

/** An XLSX template of `columns`: a frozen header row (required columns marked 必填), code columns as text. */
export function columnsXlsxWorkbook(sheetName: string, columns: readonly TemplateColumn<string>[]): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'credit-disclosure';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(14, c.header.length * 2 + 4) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  columns.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).note = '必填';
    if (TEXT_FIELDS.has(c.field)) sheet.getColumn(i + 1).numFmt = '@';
  });
  return { workbook, sheet };
}

/** The zh-CN label of a kind (the template's 信息类别 value). */
export function kindLabel(kind: RecordKind): string {
  const kinds = MESSAGES['zh-CN'].Kinds as Record<string, string>;
  return kinds[kind] ?? kind;
}

/** Parses a template file name `<kind>.csv|.xlsx`. */
export function parseTemplateFile(file: string): { kind: RecordKind; format: 'csv' | 'xlsx' } | null {
  const m = /^([a-z_]+)\.(csv|xlsx)$/.exec(file);
  if (!m || !(RECORD_KINDS as readonly string[]).includes(m[1]!)) return null;
  return { kind: m[1] as RecordKind, format: m[2] as 'csv' | 'xlsx' };
}

/** The CSV template: BOM and the header row (信息类别 takes the kind's Chinese label or its identifier). */
export function csvTemplate(kind: RecordKind): string {
  return columnsCsvTemplate(templateColumnsFor(kind));
}

/** The XLSX template: a header row (required columns marked), text-formatted code columns, the kind's label offered in a list. */
export async function xlsxTemplate(kind: RecordKind): Promise<Buffer> {
  const columns = templateColumnsFor(kind);
  const { workbook, sheet } = columnsXlsxWorkbook(kindLabel(kind), columns);
  const kindColumn = columns.findIndex((c) => c.field === 'kind') + 1;
  for (let row = 2; row <= 1001; row += 1) {
    sheet.getCell(row, kindColumn).dataValidation = { type: 'list', allowBlank: false, formulae: [`"${kindLabel(kind)}"`] };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Vocabulary and rules of the 12345 hotline's complaint figures (issue 17, part 4): one row per firm
// and calendar month, received and resolved counts, posted by the hotline's department. Pure.
import type { StagedRecord } from './intake';

/** A firm's identity as an intake item gave it, staged for matching (the records intake's columns). */
export type StagedIdentity = Pick<StagedRecord, 'uscc' | 'regNo' | 'orgCode' | 'nameNormalized' | 'identityField' | 'identityValue' | 'entityName'>;

/** A valid complaint item as staged for matching and merging. */
export interface StagedComplaint extends StagedIdentity {
  index: number;
  sourceRef: string;
  /** First day of the month. */
  periodStart: string;
  received: number;
  resolved: number;
}

/** Most complaints one firm's month may hold (the column is a smallint). */
export const MAX_MONTHLY_COMPLAINTS = 32_767;

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * The first day (YYYY-MM-01) of a month written exactly YYYY-MM (year 1900 or later, month 01–12),
 * or null when `value` is not such a month.
 */
export function parseComplaintMonth(value: string): string | null {
  const m = MONTH.exec(value.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (Number(m[1]) < 1900 || month < 1 || month > 12) return null;
  return `${m[1]}-${m[2]}-01`;
}

/**
 * A template cell's month as YYYY-MM: 2026-03, 2026-3, 2026/3, 2026年3月, or a date on the first of
 * the month (a spreadsheet cell read as a date); anything else is returned unchanged (and refused
 * by the schema, naming the field).
 */
export function normalizeMonthCell(value: string): string {
  const m = /^(\d{4})\s*(?:-|\/|年)\s*(\d{1,2})\s*月?(?:(?:-|\/)0?1)?$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : value;
}

/**
 * The fields of a complaint item, in template column order, with the template's Chinese headers
 * (part of the file format, like RECORD_TEMPLATE_COLUMNS; the importer also accepts the field names).
 */
export const COMPLAINT_TEMPLATE_COLUMNS = [
  { field: 'sourceRef', header: '来源编号', required: true },
  { field: 'uscc', header: '统一社会信用代码', required: false },
  { field: 'regNo', header: '注册号', required: false },
  { field: 'orgCode', header: '组织机构代码', required: false },
  { field: 'taxNo', header: '纳税人识别号', required: false },
  { field: 'entityName', header: '主体名称', required: false },
  { field: 'month', header: '统计月份', required: true },
  { field: 'received', header: '受理投诉件数', required: true },
  { field: 'resolved', header: '已解决件数', required: true },
] as const;

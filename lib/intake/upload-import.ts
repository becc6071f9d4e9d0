import 'server-only';
// The staff upload of a filled-in template (back office): the same import as `npm run import`,
// for the signed-in person's department (admins may pick another), with an anti-forgery check.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { getSql } from '../db/client';
import { AppError } from '../errors';
import { verifyStaffCsrf } from '../security/csrf';
import { seesAllDepartments } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { ImportFileError, importRecords, importReportCsv, type ImportReportRow } from './import-records';

/** Largest upload accepted (the server-action body limit is 52 MB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Report rows shown on the page; the CSV download holds them all. */
const PREVIEW_ROWS = 200;

export type UploadImportState =
  | { status: 'idle' }
  | { status: 'error'; code: 'noFile' | 'badType' | 'tooLarge' | 'badFile' | 'forbidden' | 'csrf'; detail?: string }
  | {
      status: 'done';
      fileName: string;
      departmentName: string;
      counts: { rows: number; accepted: number; created: number; updated: number; unchanged: number; queued: number; rejected: number; warnings: number };
      preview: ImportReportRow[];
      reportRows: number;
      reportCsv: string;
    };

/** Reads the upload form, imports the file, and returns the summary with the report (as CSV for download). */
export async function uploadImport(user: StaffUser, form: FormData): Promise<UploadImportState> {
  await verifyStaffCsrf(user, form.get('csrf')?.toString() ?? null);
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', code: 'noFile' };
  if (file.size > MAX_UPLOAD_BYTES) return { status: 'error', code: 'tooLarge' };
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const format = /\.xlsx$/i.test(file.name) && isZip ? 'xlsx' : /\.csv$/i.test(file.name) && !isZip ? 'csv' : null;
  if (!format) return { status: 'error', code: 'badType' };

  const requested = form.get('department')?.toString();
  let department = { id: user.departmentId, code: user.departmentCode, name: user.departmentName };
  if (requested && requested !== user.departmentCode) {
    if (!seesAllDepartments(user)) throw new AppError('forbidden');
    const [row] = await getSql()<{ id: number; code: string; name: string }[]>`select id, code, name_zh_cn as name from departments where code = ${requested}`;
    if (!row) return { status: 'error', code: 'forbidden' };
    department = row;
  }
  try {
    const summary = await importRecords({
      departmentId: department.id,
      departmentCode: department.code,
      input: Readable.fromWeb(file.stream() as unknown as NodeReadableStream<Uint8Array>),
      format,
      fileName: file.name.slice(0, 200),
      actor: { type: 'staff', id: String(user.id) },
    });
    const { report, seconds: _seconds, ...counts } = summary;
    return {
      status: 'done',
      fileName: file.name,
      departmentName: department.name,
      counts,
      preview: report.slice(0, PREVIEW_ROWS),
      reportRows: report.length,
      reportCsv: importReportCsv(report),
    };
  } catch (error) {
    if (error instanceof ImportFileError) return { status: 'error', code: 'badFile', detail: error.message };
    throw error;
  }
}

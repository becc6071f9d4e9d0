import 'server-only';
// The staff upload of a filled-in template (back office): the same import as `npm run import`,
// for the signed-in person's department (admins may pick another), behind the staff checks.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { getDepartmentByCode } from '../db/queries/intake-unmatched';
import { toStorableName } from '../domain/storable-text';
import { formFailure, type ActionResult, type FormState } from '../forms/action-result';
import { staffAction } from '../forms/staff-action';
import { seesAllDepartments } from '../staff/scope';
import { ImportFileError, importRecords, importReportCsv, type ImportReportRow } from './import-records';

/** Largest upload accepted (the server-action body limit is 52 MB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Report rows shown on the page; the CSV download holds them all. */
const PREVIEW_ROWS = 200;

/** What the page shows of a finished import: the counts and the report (as CSV for download). */
export interface ImportReportView {
  fileName: string;
  departmentName: string;
  counts: { rows: number; accepted: number; created: number; updated: number; unchanged: number; queued: number; rejected: number; warnings: number };
  preview: ImportReportRow[];
  reportRows: number;
  reportCsv: string;
}

/** The upload form's state: its issues (`file`: noFile, badType, tooLarge, badFile; form: forbidden, csrf), or the report. */
export interface UploadImportState extends FormState<Record<string, never>> {
  report?: ImportReportView;
}

const uploadFormSchema = z.object({
  file: z.instanceof(File, { error: 'noFile' }).refine((f) => f.size > 0, 'noFile'),
  department: z.string().max(40).optional(),
});

/** Reads the upload form (after the staff checks) and imports the file for the person's department. */
export const receiveUpload = staffAction(
  uploadFormSchema,
  async ({ file, department: requested }, { user }): Promise<ActionResult<{ report: ImportReportView }>> => {
    if (file.size > MAX_UPLOAD_BYTES) return { ok: false, errors: [{ field: 'file', code: 'tooLarge' }] };
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
    const format = /\.xlsx$/i.test(file.name) && isZip ? 'xlsx' : /\.csv$/i.test(file.name) && !isZip ? 'csv' : null;
    if (!format) return { ok: false, errors: [{ field: 'file', code: 'badType' }] };

    let department = { id: user.departmentId, code: user.departmentCode, name: user.departmentName };
    if (requested && requested !== user.departmentCode) {
      if (!seesAllDepartments(user)) return formFailure('forbidden');
      const row = await getDepartmentByCode(requested);
      if (!row) return formFailure('forbidden');
      department = row;
    }
    try {
      const summary = await importRecords({
        departmentId: department.id,
        departmentCode: department.code,
        input: Readable.fromWeb(file.stream() as unknown as NodeReadableStream<Uint8Array>),
        format,
        fileName: toStorableName(file.name, 200, 'upload'),
        actor: { type: 'staff', id: String(user.id) },
      });
      const { report, seconds: _seconds, ...counts } = summary;
      return {
        ok: true,
        report: {
          fileName: file.name,
          departmentName: department.name,
          counts,
          preview: report.slice(0, PREVIEW_ROWS),
          reportRows: report.length,
          reportCsv: importReportCsv(report),
        },
      };
    } catch (error) {
      if (error instanceof ImportFileError) return { ok: false, errors: [{ field: 'file', code: 'badFile', params: { detail: error.message } }] };
      throw error;
    }
  },
);

import 'server-only';
// The verify form's Server Action without its request (/{locale}/verify): anti-forgery token, the
// per-address limit, then either the uploaded PDF or the number and code. Every answer is a
// state the form renders; nothing here throws at the visitor (a database outage says so).
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/is-unavailable';
import { AppError } from '../errors';
import { verifyPublicCsrf } from '../security/csrf';
import { takeRateLimit } from '../security/rate-limits';
import { MAX_REPORT_UPLOAD_BYTES } from './read-report-upload';
import { parseReportNo, parseVerificationCode } from './report-number';
import { verifyReportCode, verifyReportFile, type ReportVerification, type VerificationOutcome } from './verify-report';

export type VerifyField = 'reportNo' | 'code' | 'file';
export type VerifyErrorCode = 'missing' | 'reportNoInvalid' | 'codeInvalid' | 'fileTooLarge' | 'notPdf' | 'rateLimited' | 'serviceUnavailable' | 'csrf';

export interface VerifyFormState {
  version: number;
  /** What the visitor typed, given back so an answer never clears it. */
  values: { reportNo: string; code: string };
  /** Problems with the input, each tied to its field (null: the form as a whole). */
  errors: { field: VerifyField | null; code: VerifyErrorCode }[];
  /** Retry-After of a rate-limited check. */
  seconds?: number;
  outcome?: { genuine: boolean; reason: VerificationOutcome['reason']; reportNo?: string };
  report?: ReportVerification;
}

export const initialVerifyFormState: VerifyFormState = { version: 0, values: { reportNo: '', code: '' }, errors: [] };

/** The previous state comes back from the browser as editable data: only its version is read. */
const prevSchema = z.object({ version: z.number().int().min(0).max(1_000_000) }).catch({ version: 0 });

const text = (form: FormData, name: string, max: number): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
};

/** One check of the verify form, from `address`, rated against `today`. */
export async function answerVerification(input: { prev: unknown; form: unknown }, address: string, today: string): Promise<VerifyFormState> {
  const version = prevSchema.parse(input.prev).version + 1;
  const form = input.form instanceof FormData ? input.form : new FormData();
  const values = { reportNo: text(form, 'reportNo', 64), code: text(form, 'code', 32) };
  const state = (rest: Partial<VerifyFormState>): VerifyFormState => ({ version, values, errors: [], ...rest });
  try {
    verifyPublicCsrf(text(form, 'csrf', 200));
  } catch (error) {
    if (error instanceof AppError) return state({ errors: [{ field: null, code: 'csrf' }] });
    throw error;
  }
  const limit = await takeRateLimit('report', address);
  if (!limit.ok) return state({ errors: [{ field: null, code: 'rateLimited' }], seconds: limit.resetSeconds });

  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  try {
    if (upload) {
      if (upload.size > MAX_REPORT_UPLOAD_BYTES) return state({ errors: [{ field: 'file', code: 'fileTooLarge' }] });
      const outcome = await verifyReportFile(new Uint8Array(await upload.arrayBuffer()), today);
      if ('invalid' in outcome) return state({ errors: [{ field: 'file', code: outcome.invalid === 'tooLarge' ? 'fileTooLarge' : 'notPdf' }] });
      return answered(state, outcome);
    }
    if (!values.reportNo.trim() && !values.code.trim()) return state({ errors: [{ field: 'reportNo', code: 'missing' }] });
    const reportNo = parseReportNo(values.reportNo);
    const code = parseVerificationCode(values.code);
    const errors: VerifyFormState['errors'] = [];
    if (!reportNo) errors.push({ field: 'reportNo', code: 'reportNoInvalid' });
    if (!code) errors.push({ field: 'code', code: 'codeInvalid' });
    if (!reportNo || !code) return state({ errors });
    return answered(state, await verifyReportCode(reportNo, code, today));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return state({ errors: [{ field: null, code: 'serviceUnavailable' }] });
    throw error;
  }
}

function answered(state: (rest: Partial<VerifyFormState>) => VerifyFormState, outcome: VerificationOutcome): VerifyFormState {
  return state({
    outcome: { genuine: outcome.genuine, reason: outcome.reason, ...('reportNo' in outcome ? { reportNo: outcome.reportNo } : {}) },
    ...(outcome.report ? { report: outcome.report } : {}),
  });
}

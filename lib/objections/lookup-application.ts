import 'server-only';
// The applicant's status page: tracking number + access code (argon2-verified, rate-limited per
// address). A wrong number and a wrong code get the same answer.
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/is-unavailable';
import { formFailure, previousStateSchema, type FieldIssue, type FormState } from '../forms/action-result';
import { getPublicApplicationView, type PublicApplicationView } from '../db/queries/applications';
import { takeRateLimit } from '../security/rate-limits';
import { dummyPasswordHash, verifyPassword } from '../staff/password';
import { isValidTrackingNo, normalizeAccessCode } from './tracking';

export type ApplicationStatusView = Omit<PublicApplicationView, 'accessCodeHash'>;

export type LookupOutcome = { ok: true; view: ApplicationStatusView } | { ok: false; code: 'wrongCode' } | { ok: false; code: 'rateLimited'; seconds: number };

export async function lookupApplication(trackingNo: string, accessCode: string, address: string): Promise<LookupOutcome> {
  const limit = await takeRateLimit('statusLookup', address);
  if (!limit.ok) return { ok: false, code: 'rateLimited', seconds: limit.resetSeconds };
  const app = isValidTrackingNo(trackingNo) ? await getPublicApplicationView(trackingNo) : undefined;
  const code = normalizeAccessCode(accessCode);
  if (!app) {
    await verifyPassword(await dummyPasswordHash(), code);
    return { ok: false, code: 'wrongCode' };
  }
  if (!(await verifyPassword(app.accessCodeHash, code))) return { ok: false, code: 'wrongCode' };
  const { accessCodeHash: _hash, ...view } = app;
  return { ok: true, view };
}

/**
 * The look-up form's state: the application once found, or one issue (ApplicationStatus.*):
 * `wrongCode` and `rateLimited` (`{ seconds }`) on the access code, `serviceUnavailable` form-level.
 */
export interface StatusLookupState extends FormState<Record<string, never>> {
  view?: ApplicationStatusView;
}

/**
 * The Server Action's bound tracking number and previous state come back from the browser as
 * editable form data: anything that is not the page's own is answered like a wrong code.
 */
const actionInputSchema = z.object({
  trackingNo: z.string().max(64),
  prev: previousStateSchema.catch({ version: 0 }),
  form: z.instanceof(FormData),
});

/** The status page's Server Action without its request: arguments checked, then the look-up. */
export async function answerStatusLookup(input: { trackingNo: unknown; prev: unknown; form: unknown }, address: string): Promise<StatusLookupState> {
  const wrongCode: FieldIssue = { field: 'accessCode', code: 'wrongCode' };
  const args = actionInputSchema.safeParse(input);
  if (!args.success) return { version: 1, values: {}, errors: [wrongCode] };
  const { trackingNo, prev, form } = args.data;
  const accessCode = form.get('accessCode');
  const version = prev.version + 1;
  let outcome;
  try {
    outcome = await lookupApplication(trackingNo, typeof accessCode === 'string' ? accessCode.slice(0, 40) : '', address);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { version, values: {}, errors: formFailure('serviceUnavailable').errors };
    throw error;
  }
  if (outcome.ok) return { version, values: {}, errors: [], view: outcome.view };
  const issue: FieldIssue = outcome.code === 'rateLimited' ? { field: 'accessCode', code: 'rateLimited', params: { seconds: outcome.seconds } } : wrongCode;
  return { version, values: {}, errors: [issue] };
}

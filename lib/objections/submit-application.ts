import 'server-only';
// Receives an objection or repair form: the action's own arguments, the anti-forgery token, the
// shared schema and what the form says of its files, then the rate limit and the proof of work,
// and only then the evidence bytes; then one transaction, and only then are the files moved into place.
// The submission is durable before the applicant is told so. Nothing about the applicant is logged.
// One form rendering files at most one application (its token's nonce is the idempotency key); a
// repeat of it gets the earlier receipt only with the same content from the same browser, anything
// else is refused, so a replayed token reveals no one's tracking number or access code.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { addWorkingDays } from '../calendar/working-days';
import { submitApplication as insertApplication } from '../db/mutations/submit-application';
import { getApplicationTarget } from '../db/queries/applications';
import { isDatabaseUnavailable } from '../db/is-unavailable';
import { APPLICATION_KINDS, REVIEW_WORKING_DAYS, type ApplicationKind } from '../domain/objections';
import { appSecret, ratingDate } from '../env';
import { AppError } from '../errors';
import { logger } from '../log';
import { verifyPublicCsrf } from '../security/csrf';
import { rateLimits, takeRateLimit } from '../security/rate-limits';
import { hashPassword, verifyPassword } from '../staff/password';
import { normalizeCode } from '../uscc';
import { formFailure, previousStateSchema, sortIssues, type ActionResult } from '../forms/action-result';
import { fieldErrors, FORM_FIELD_ORDER, objectionFormSchema, repairFormSchema, type FormField } from './application-schema';
import { checkEvidenceShape, readEvidenceFiles, stageEvidence } from './evidence';
import type { ApplicationFormState } from './form-state';
import { POW_TTL_SECONDS, verifySolution } from './proof-of-work';
import { accessCodeFor, newTrackingNo } from './tracking';
import { canonicalJson } from '../audit/chain';
import { metrics } from '../metrics/metrics.mjs';

export interface SubmissionReceipt {
  trackingNo: string;
  accessCode: string;
  deadline: string;
  duplicate: boolean;
}

export type SubmissionOutcome = ActionResult<{ receipt: SubmissionReceipt }, FormField>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * The Server Action's bound arguments (kind, code) and the previous state come back from the
 * browser as editable form data: parsed like any other input before anything else is looked at.
 */
const actionInputSchema = z.object({
  kind: z.enum(APPLICATION_KINDS),
  uscc: z.string().max(64),
  prev: previousStateSchema,
  form: z.instanceof(FormData),
});

const KEPT_FIELDS = ['applicantType', 'applicantName', 'applicantUscc', 'phone', 'email', 'reason', 'actingRole', 'description', 'declaration', 'commitment'];

/** The form's answers as the schema reads them: the text fields, and the repair routes (a checkbox group). */
function answersOf(form: FormData): Record<string, unknown> {
  return { ...Object.fromEntries(KEPT_FIELDS.map((k) => [k, text(form, k)])), routes: form.getAll('routes').filter((r) => typeof r === 'string') };
}

const filesOf = (form: FormData, name: string) => form.getAll(name).filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);

/**
 * The objection and repair forms' Server Action (app/[locale]/entities/[uscc]/actions.ts) without
 * its request: the arguments are checked, the form received, and the answer is the receipt or the
 * errors, with the applicant's answers kept. Arguments that are not the form's own get one
 * `invalidForm` error and nothing else happens.
 */
export async function answerApplicationForm(
  input: { kind: unknown; uscc: unknown; prev: unknown; form: unknown },
  address: string,
  browser: string | null,
): Promise<ApplicationFormState> {
  const args = actionInputSchema.safeParse(input);
  if (!args.success) return { version: 1, values: {}, errors: formFailure('invalidForm').errors };
  const { kind, uscc, prev, form } = args.data;
  const outcome = await receiveApplication(kind, uscc, form, address, browser);
  const version = prev.version + 1;
  if (outcome.ok) return { version, values: {}, errors: [], receipt: outcome.receipt };
  const values = Object.fromEntries(KEPT_FIELDS.map((k) => [k, text(form, k)]));
  // The chosen routes come back as one comma-separated value (the form state holds strings).
  values.routes = form
    .getAll('routes')
    .filter((r) => typeof r === 'string')
    .join(',');
  return { version, values, errors: outcome.errors };
}

/**
 * Receives one objection or repair form. `browser` is the submitting browser's id (the form
 * cookie, lib/objections/form-browser.ts; null when unknown). When PostgreSQL cannot be reached the
 * answer is the form's "try again later" error: no row was written and any staged evidence was deleted.
 */
export async function receiveApplication(
  kind: ApplicationKind,
  uscc: string,
  form: FormData,
  address: string,
  browser: string | null,
): Promise<SubmissionOutcome> {
  try {
    return await receive(kind, uscc, form, address, browser);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logger.warn({ kind }, 'application not received: database unavailable');
    return formFailure('serviceUnavailable');
  }
}

async function receive(kind: ApplicationKind, uscc: string, form: FormData, address: string, browser: string | null): Promise<SubmissionOutcome> {
  const token = text(form, 'csrf');
  try {
    verifyPublicCsrf(token);
  } catch (error) {
    if (error instanceof AppError) return formFailure('csrf');
    throw error;
  }

  const parsed = (kind === 'objection' ? objectionFormSchema : repairFormSchema).safeParse(answersOf(form));
  const errors = parsed.success ? [] : fieldErrors(parsed.error);
  // What the form says of its files (count, size) is checked here; their bytes only once the
  // submission has passed the rate limit and the proof of work below.
  const shape = checkEvidenceShape(filesOf(form, 'evidence'));
  if ('error' in shape) errors.push(shape.error);
  else if (kind === 'repair' && shape.files.length === 0) errors.push({ field: 'evidence', code: 'evidenceRequired' });
  // A repair request also carries the one document that shows the applicant may act for the firm.
  const authorisation = kind === 'repair' ? checkEvidenceShape(filesOf(form, 'authorisation'), 'authorisation', 1) : { files: [] };
  if ('error' in authorisation) errors.push(authorisation.error);
  else if (kind === 'repair' && authorisation.files.length === 0) errors.push({ field: 'authorisation', code: 'authorisationRequired' });
  if (!parsed.success || errors.length > 0 || 'error' in shape || 'error' in authorisation) return { ok: false, errors: sortIssues(errors, FORM_FIELD_ORDER) };

  // Counted only once the text of the form is valid, so a person correcting mistakes is never locked out.
  const challenge = text(form, 'challenge');
  const solution = text(form, 'pow');
  // A solved challenge buys one application: replaying it counts as no proof of work at all.
  // Spent challenges are shared by every site process through Redis (lib/security/rate-limits.ts).
  const solved = challenge !== '' && solution !== '' && verifySolution(appSecret(), challenge, solution) && !(await rateLimits().wasSpent(`pow:${challenge}`));
  // Without a proof of work (no JavaScript): one a minute per address (lib/security/rate-limits.ts).
  const limit = await takeRateLimit(solved ? 'submission' : 'submissionWithoutProof', address);
  if (!limit.ok) return formFailure('rateLimited', { seconds: limit.resetSeconds });

  const evidence = await readEvidenceFiles(shape.files);
  if ('error' in evidence) return { ok: false, errors: [evidence.error] };
  const authority = await readEvidenceFiles(authorisation.files, 'authorisation');
  if ('error' in authority) return { ok: false, errors: [authority.error] };
  const files = [...evidence.files, ...authority.files];

  const recordParam = text(form, 'record');
  const recordId = /^\d{1,18}$/.test(recordParam) ? Number(recordParam) : null;
  if (kind === 'repair' && recordId === null) return formFailure('recordNotFound');
  const target = await getApplicationTarget(normalizeCode(uscc), recordId);
  if (!target) return formFailure('recordNotFound');

  // The form instance's key: the anti-forgery token's nonce, unique per rendering of the form.
  const idempotencyKey = `${kind}:${token.split('.')[1] ?? token}`;
  // The access code binds the form instance to this browser and this content, so a repeat of the
  // form gets the same code (checked against the stored hash) only when both are the same. With no
  // browser id, a random one: no repeat can match.
  const content = createHash('sha256')
    .update(canonicalJson({ kind, uscc: target.uscc, recordId, data: parsed.data, evidence: files.map((f) => `${f.purpose}:${f.sha256}`) }))
    .digest('hex');
  const accessCode = accessCodeFor(appSecret(), `${idempotencyKey}|${browser ?? randomBytes(18).toString('base64url')}|${content}`);
  const today = ratingDate();
  const staged = await stageEvidence(files, today);
  let result;
  try {
    const data = parsed.data;
    result = await insertApplication({
      kind,
      trackingNo: newTrackingNo(kind, today),
      accessCodeHash: await hashPassword(accessCode),
      idempotencyKey,
      entityId: target.entityId,
      recordId,
      reason: 'reason' in data ? data.reason : null,
      description: data.description,
      applicantType: data.applicantType,
      applicantName: data.applicantName,
      applicantUscc: data.applicantType === 'company' ? normalizeCode(data.applicantUscc) : null,
      contactPhone: data.phone || null,
      contactEmail: data.email || null,
      commitmentSigned: 'commitment' in data,
      repairRoutes: 'routes' in data ? data.routes : [],
      actingRole: 'actingRole' in data ? data.actingRole : null,
      submittedOn: today,
      deadline: addWorkingDays(today, REVIEW_WORKING_DAYS[kind]),
      files: staged.files,
    });
  } catch (error) {
    await staged.discard();
    throw error;
  }
  if (result.outcome !== 'created') await staged.discard();
  else {
    await staged.commit();
    if (solved) await rateLimits().spend(`pow:${challenge}`, POW_TTL_SECONDS);
    metrics().applicationsReceived.inc({ kind });
  }
  if (result.outcome === 'duplicate' && !(await verifyPassword(result.accessCodeHash, accessCode))) {
    logger.info({ kind }, 'repeated form refused: other content or another browser');
    return formFailure('alreadySubmitted');
  }

  switch (result.outcome) {
    case 'created':
    case 'duplicate':
      logger.info({ kind, trackingNo: result.trackingNo, duplicate: result.outcome === 'duplicate', files: staged.files.length }, 'application received');
      return { ok: true, receipt: { trackingNo: result.trackingNo, accessCode, deadline: result.deadline, duplicate: result.outcome === 'duplicate' } };
    case 'record_not_found':
      return formFailure('recordNotFound');
    case 'repair_pending':
      return formFailure('repairPending');
    case 'not_eligible':
      return {
        ok: false,
        errors: [
          { field: 'form', code: result.eligibleFrom ? 'notYetEligible' : 'notRepairable', params: result.eligibleFrom ? { date: result.eligibleFrom } : {} },
        ],
      };
  }
}

import 'server-only';
// A staff decision on an objection or a repair request: the staff checks and the shared schema
// (lib/forms/staff-action.ts), then one transaction (lib/db/mutations/decide-application.ts).
// Answers with a code the page translates (AdminApplications.errors.*).
import { decideApplication, type DecisionAction } from '../db/mutations/decide-application';
import { textFieldsOf, type ActionResult } from '../forms/action-result';
import { isSignedOut, PERSONAL_ID_CODE, staffAction } from '../forms/staff-action';
import { logger } from '../log';
import { decisionSchema, decisionTargetSchema } from './decision-schema';

export type DecisionResult = ActionResult<{ action: DecisionAction }>;

/** Checks and applies one decision form (every decision form of the staff detail pages posts it). */
export const receiveDecision = staffAction(
  decisionSchema,
  async (d, { user }): Promise<DecisionResult> => {
    const result = await decideApplication({
      applicationId: d.applicationId,
      staff: { id: user.id, role: user.role, departmentId: user.departmentId },
      action: d.action,
      note: 'reply' in d ? d.reply : d.note || null,
      correction:
        d.action === 'correct'
          ? { title: d.title, content: d.content || null, docNo: d.docNo || null, decisionDate: d.decisionDate, severity: d.severity || null }
          : undefined,
      reassignToDepartmentId: d.action === 'reassign' ? d.departmentId : undefined,
    });
    if (!result.ok) {
      const code = result.reason === 'not_found' ? 'notFound' : result.reason === 'not_allowed' ? 'notAllowed' : 'wrongState';
      return { ok: false, errors: [{ field: 'form', code }] };
    }
    logger.info({ applicationId: d.applicationId, action: d.action, staffId: user.id }, 'application decided');
    return { ok: true, action: d.action };
  },
  // A field the schema gives no message (an unknown action, a bad id): the form no longer fits the application.
  { fallback: 'wrongState' },
);

/**
 * Where a decision form's answer is shown: its application's page with `done` or `error`, the
 * sign-in page, or null (answer 404) when the form names no application of a known kind or the
 * application is not there for this staff member.
 */
export function pageAfterDecision(form: unknown, result: DecisionResult): string | null {
  if (isSignedOut(result)) return '/admin/sign-in';
  const target = form instanceof FormData ? decisionTargetSchema.safeParse(textFieldsOf(form)) : null;
  if (!target?.success) return null;
  const first = result.ok ? null : result.errors[0];
  // An ID number names its field: the page's message says which (AdminApplications.errors.personalIdNumber.<field>).
  const code = result.ok ? null : first?.code === PERSONAL_ID_CODE ? `${PERSONAL_ID_CODE}.${first.field}` : (first?.code ?? 'wrongState');
  if (code === 'notFound') return null;
  const base = `/admin/${target.data.kind === 'repair' ? 'repairs' : 'objections'}/${target.data.applicationId}`;
  return result.ok ? `${base}?done=${result.action}` : `${base}?error=${code}`;
}

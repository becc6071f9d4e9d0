import 'server-only';
// A staff decision on an objection or a repair request: anti-forgery check, the shared schema, then
// one transaction (lib/db/mutations/decide-application.ts). Returns a code the page translates.
import { decideApplication, type DecisionAction } from '../db/mutations/decide-application';
import { AppError } from '../errors';
import { logger } from '../log';
import { verifyStaffCsrf } from '../security/csrf';
import type { StaffUser } from '../staff/types';
import { decisionSchema } from './decision-schema';

export type DecisionOutcome = { ok: true; action: DecisionAction } | { ok: false; code: 'replyRequired' | 'invalidCorrection' | 'wrongState' | 'notAllowed' | 'csrf' | 'notFound' };

export async function receiveDecision(user: StaffUser, form: FormData): Promise<DecisionOutcome> {
  try {
    await verifyStaffCsrf(user, form.get('csrf') as string | null);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: 'csrf' };
    throw error;
  }
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
  const parsed = decisionSchema.safeParse(raw);
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message;
    return { ok: false, code: code === 'invalidCorrection' ? 'invalidCorrection' : code === 'replyRequired' ? 'replyRequired' : 'wrongState' };
  }
  const d = parsed.data;
  const result = await decideApplication({
    applicationId: d.applicationId,
    staff: { id: user.id, role: user.role, departmentId: user.departmentId },
    action: d.action,
    note: 'reply' in d ? d.reply : d.note || null,
    correction: d.action === 'correct'
      ? { title: d.title, content: d.content || null, docNo: d.docNo || null, decisionDate: d.decisionDate, severity: d.severity || null }
      : undefined,
    reassignToDepartmentId: d.action === 'reassign' ? d.departmentId : undefined,
  });
  if (!result.ok) return { ok: false, code: result.reason === 'not_found' ? 'notFound' : result.reason === 'not_allowed' ? 'notAllowed' : 'wrongState' };
  logger.info({ applicationId: d.applicationId, action: d.action, staffId: user.id }, 'application decided');
  return { ok: true, action: d.action };
}

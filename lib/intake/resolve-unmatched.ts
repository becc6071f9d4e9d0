// Staff match a queued intake item to the firm they picked: the record is created through the same
// merge as any intake (versioning, timeliness, outbox), in one transaction with an audit entry.
import { getSql } from '../db/client';
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import { ensureWorkCalendar, mergeQueuedItems } from '../db/mutations/intake-records';
import { getUnmatched } from '../db/queries/intake-unmatched';
import { ratingDate } from '../env';
import { AppError } from '../errors';
import { verifyStaffCsrf } from '../security/csrf';
import { canActFor } from '../staff/scope';
import type { StaffUser } from '../staff/types';

const QUEUE = '/admin/intake/unmatched';

/**
 * The match form's Server Action without its request (app/admin/intake/actions.ts): where to send
 * the person next. A missing or stale anti-forgery token, a bad id or a refused match each come
 * back as the page's own error message, never as an exception.
 */
export async function answerResolveUnmatchedForm(user: StaffUser, form: unknown): Promise<string> {
  if (!(form instanceof FormData)) return `${QUEUE}?error=invalid`;
  const id = Number(form.get('unmatchedId'));
  const entityId = Number(form.get('entityId'));
  const idValid = Number.isSafeInteger(id) && id > 0;
  try {
    await verifyStaffCsrf(user, form.get('csrf')?.toString() ?? null);
  } catch (error) {
    if (error instanceof AppError) return idValid ? `${QUEUE}/${id}?error=csrf` : `${QUEUE}?error=csrf`;
    throw error;
  }
  if (!idValid) return QUEUE;
  if (!Number.isSafeInteger(entityId) || entityId <= 0) return `${QUEUE}/${id}?error=noEntity`;
  try {
    await resolveUnmatched(user, id, entityId);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) return `${QUEUE}?error=${error.code}`;
    throw error;
  }
  return `${QUEUE}?done=${id}`;
}

/** Matches open queue item `unmatchedId` to entity `entityId`; reviewers only within their department. */
export async function resolveUnmatched(user: Pick<StaffUser, 'id' | 'role' | 'departmentId'>, unmatchedId: number, entityId: number): Promise<{ recordCreated: boolean }> {
  const item = await getUnmatched(unmatchedId);
  if (!item) throw new AppError('not_found');
  if (!canActFor(user, item.departmentId)) throw new AppError('forbidden');
  const sql = getSql();
  const [entity] = await sql<{ id: number; uscc: string }[]>`select id::float8 as id, uscc from entities where id = ${entityId}`;
  if (!entity) throw new AppError('not_found');
  await ensureWorkCalendar(sql);
  return inTransaction(async (tx) => {
    // Lock the queue row: two people resolving the same item at once resolve it once.
    const [open] = await tx<{ id: number }[]>`select id from intake_unmatched where id = ${unmatchedId} and resolved_at is null for update`;
    if (!open) throw new AppError('not_found');
    const [result] = await mergeQueuedItems(tx, [{ departmentId: item.departmentId, payload: item.payload, entityId }], { collectedOn: ratingDate(), resolvedBy: user.id });
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(user.id),
      action: 'intake.match',
      subjectType: 'intake_unmatched',
      subjectId: String(unmatchedId),
      details: { department: item.departmentCode, sourceRef: item.sourceRef, reason: item.reason, entityUscc: entity.uscc, created: result?.created ?? 0, updated: result?.updated ?? 0 },
    });
    return { recordCreated: (result?.created ?? 0) > 0 };
  });
}

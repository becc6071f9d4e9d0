// Staff match a queued intake item to the firm they picked: the record is created through the same
// merge as any intake (versioning, timeliness, outbox), in one transaction with an audit entry.
import { z } from 'zod';
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import { ensureWorkCalendar, lockOpenUnmatched, mergeQueuedItems } from '../db/mutations/intake-records';
import { getEntityRef, getUnmatched } from '../db/queries/intake-unmatched';
import { ratingDate } from '../env';
import { AppError } from '../errors';
import { formFailure, type ActionResult } from '../forms/action-result';
import { isSignedOut, staffAction } from '../forms/staff-action';
import { canActFor } from '../staff/scope';
import type { StaffUser } from '../staff/types';

const QUEUE = '/admin/intake/unmatched';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const matchFormSchema = z.object({ unmatchedId: id, entityId: id.optional().catch(undefined) });

/** The match form (/admin/intake/unmatched/[id]): the staff checks, then the match in the person's scope. */
export const receiveMatch = staffAction(matchFormSchema, async ({ unmatchedId, entityId }, { user }): Promise<ActionResult<{ unmatchedId: number }>> => {
  if (entityId === undefined) return { ok: false, errors: [{ field: 'entityId', code: 'noEntity' }] };
  try {
    await resolveUnmatched(user, unmatchedId, entityId);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) return formFailure(error.code);
    throw error;
  }
  return { ok: true, unmatchedId };
});

/**
 * The match form's Server Action without its request (app/admin/intake/actions.ts): where to send
 * the person next. A missing or stale anti-forgery token, a bad id or a refused match each come
 * back as the page's own error message, never as an exception.
 */
export async function answerResolveUnmatchedForm(form: unknown): Promise<string> {
  const result = await receiveMatch(form);
  if (result.ok) return `${QUEUE}?done=${result.unmatchedId}`;
  if (isSignedOut(result)) return '/admin/sign-in';
  const code = result.errors[0]?.code;
  const item = form instanceof FormData ? id.safeParse(form.get('unmatchedId')) : null;
  if (code === 'invalidForm') return `${QUEUE}?error=invalid`;
  if (code === 'csrf') return item?.success ? `${QUEUE}/${item.data}?error=csrf` : `${QUEUE}?error=csrf`;
  if (code === 'noEntity' && item?.success) return `${QUEUE}/${item.data}?error=noEntity`;
  if (code === 'not_found' || code === 'forbidden') return `${QUEUE}?error=${code}`;
  return QUEUE;
}

/** Matches open queue item `unmatchedId` to entity `entityId`; reviewers only within their department. */
export async function resolveUnmatched(
  user: Pick<StaffUser, 'id' | 'role' | 'departmentId'>,
  unmatchedId: number,
  entityId: number,
): Promise<{ recordCreated: boolean }> {
  const item = await getUnmatched(unmatchedId);
  if (!item) throw new AppError('not_found');
  if (!canActFor(user, item.departmentId)) throw new AppError('forbidden');
  const entity = await getEntityRef(entityId);
  if (!entity) throw new AppError('not_found');
  await ensureWorkCalendar();
  return inTransaction(async (tx) => {
    if (!(await lockOpenUnmatched(tx, unmatchedId))) throw new AppError('not_found');
    const [result] = await mergeQueuedItems(tx, [{ departmentId: item.departmentId, payload: item.payload, entityId }], {
      collectedOn: ratingDate(),
      resolvedBy: user.id,
    });
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(user.id),
      action: 'intake.match',
      subjectType: 'intake_unmatched',
      subjectId: String(unmatchedId),
      details: {
        department: item.departmentCode,
        sourceRef: item.sourceRef,
        reason: item.reason,
        entityUscc: entity.uscc,
        created: result?.created ?? 0,
        updated: result?.updated ?? 0,
      },
    });
    return { recordCreated: (result?.created ?? 0) > 0 };
  });
}

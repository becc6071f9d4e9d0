// Staff match a queued intake item to the firm they picked: the record is created through the same
// merge as any intake (versioning, timeliness, outbox), in one transaction with an audit entry.
import { getSql } from '../db/client';
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import { ensureWorkCalendar, mergeQueuedItems } from '../db/mutations/intake-records';
import { getUnmatched } from '../db/queries/intake-unmatched';
import { ratingDate } from '../env';
import { AppError } from '../errors';
import type { StaffUser } from '../staff/types';

/** Matches open queue item `unmatchedId` to entity `entityId`; reviewers only within their department. */
export async function resolveUnmatched(user: Pick<StaffUser, 'id' | 'role' | 'departmentId'>, unmatchedId: number, entityId: number): Promise<{ recordCreated: boolean }> {
  const item = await getUnmatched(unmatchedId);
  if (!item) throw new AppError('not_found');
  if (user.role !== 'admin' && item.departmentId !== user.departmentId) throw new AppError('forbidden');
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

// Follow-up inspections (issue 18 part 2): a 限期整改 result queues one, due at the correction
// deadline; the worker's daily job marks those whose day has come as due, and the department's
// next draw puts them on its plan. No 'server-only': the worker runs in plain Node.
import { enqueueInspectionChanges } from './inspections-outbox';
import { inTransaction } from './enqueue-entity-changes';

/** Marks scheduled follow-ups due on or before `today` as due; returns how many. */
export async function markDueFollowUps(today: string): Promise<number> {
  return inTransaction(async (tx) => {
    const rows = await tx<{ planId: number }[]>`
      update inspection_follow_ups f set status = 'due', updated_at = now()
      from inspection_targets t
      where f.status = 'scheduled' and f.due_on <= ${today} and t.id = f.origin_target_id
      returning t.plan_id as "planId"`;
    if (rows.length > 0)
      await enqueueInspectionChanges(
        tx,
        rows.map((r) => r.planId),
      );
    return rows.length;
  });
}

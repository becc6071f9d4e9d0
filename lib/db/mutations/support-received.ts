// Support received pushed by a department: upserted by (department, sourceRef) in one transaction
// with the outbox rows (the firms' profiles and the cited policies' pages follow) and one audit entry.
import type { AuditActorType } from '../../audit/chain';
import type { SupportItem } from '../../policies/support-schema';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges, inTransaction } from './enqueue-entity-changes';
import { enqueuePolicyChanges } from './policies-outbox';

export interface ResolvedSupport {
  index: number;
  item: SupportItem;
  entityId: number;
  implementingDepartmentId: number;
}

export interface SupportMergeResult {
  created: number;
  updated: number;
  unchanged: number;
}

/** Upserts the rows; an identical resend changes nothing (and announces nothing for that row). */
export async function upsertSupportReceived(
  departmentId: number,
  rows: readonly ResolvedSupport[],
  audit: { actorType: AuditActorType; actorId: string; departmentCode: string; items: number; rejected: number },
): Promise<SupportMergeResult> {
  return inTransaction(async (tx) => {
    const result: SupportMergeResult = { created: 0, updated: 0, unchanged: 0 };
    const entityIds = new Set<number>();
    const policyIds = new Set<number>();
    // In sourceRef order, so two calls lock shared rows in the same order (fewer deadlocks to retry).
    const ordered = [...rows].sort((a, b) => (a.item.sourceRef < b.item.sourceRef ? -1 : a.item.sourceRef > b.item.sourceRef ? 1 : 0));
    for (const r of ordered) {
      const i = r.item;
      const [before] = await tx<{ policyId: number | null; entityId: number }[]>`
        select policy_id as "policyId", entity_id::int as "entityId" from support_received where source_department_id = ${departmentId} and source_ref = ${i.sourceRef} for update`;
      const changed = await tx<{ inserted: boolean }[]>`
        insert into support_received (entity_id, year, policy_id, policy_basis, content, amount_cny, implementing_department_id, granted_on,
                                      source_department_id, source_ref)
        values (${r.entityId}, ${i.year}, ${i.policyId ?? null}, ${i.policyBasis ?? null}, ${i.content}, ${i.amountCny},
                ${r.implementingDepartmentId}, ${i.grantedOn}, ${departmentId}, ${i.sourceRef})
        on conflict (source_department_id, source_ref) do update set
          entity_id = excluded.entity_id, year = excluded.year, policy_id = excluded.policy_id, policy_basis = excluded.policy_basis,
          content = excluded.content, amount_cny = excluded.amount_cny, implementing_department_id = excluded.implementing_department_id,
          granted_on = excluded.granted_on, version = support_received.version + 1, updated_at = now()
        where (support_received.entity_id, support_received.year, support_received.policy_id, support_received.policy_basis, support_received.content,
               support_received.amount_cny, support_received.implementing_department_id, support_received.granted_on)
          is distinct from (excluded.entity_id, excluded.year, excluded.policy_id, excluded.policy_basis, excluded.content,
               excluded.amount_cny, excluded.implementing_department_id, excluded.granted_on)
        returning (xmax = 0) as inserted`;
      if (changed.length === 0) {
        result.unchanged += 1;
        continue;
      }
      if (changed[0]!.inserted) result.created += 1;
      else result.updated += 1;
      entityIds.add(r.entityId);
      if (i.policyId) policyIds.add(i.policyId);
      if (before?.policyId) policyIds.add(before.policyId);
      if (before) entityIds.add(before.entityId);
    }
    if (entityIds.size > 0) {
      await enqueueEntityChanges(tx, [...entityIds]);
      // Always one policy event: the figures and the directory change even without a cited policy.
      await enqueuePolicyChanges(tx, [...policyIds]);
    }
    await appendAudit(tx, {
      actorType: audit.actorType,
      actorId: audit.actorId,
      action: 'intake.support',
      subjectType: 'department',
      subjectId: audit.departmentCode,
      details: {
        items: audit.items,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        rejected: audit.rejected,
        sourceRefs: rows.slice(0, 100).map((r) => r.item.sourceRef),
      },
    });
    return result;
  });
}

import 'server-only';
// Mutations of support policies. Each commits the change, its outbox row (topic policy.changed:
// the worker re-indexes the policy and expires its pages, the lists and the guide) and its audit
// entry in one transaction. Validation happens before (lib/policies/save-policy.ts).
import type postgres from 'postgres';
import type { AuditActorType } from '../../audit/chain';
import type { PolicyInput } from '../../policies/policy-schema';
import { appendAudit } from './append-audit';
import { inTransaction } from './enqueue-entity-changes';
import { enqueuePolicyChanges } from './policies-outbox';

export { enqueuePolicyChanges };

export interface PolicyActor {
  type: AuditActorType;
  id: string;
}

function columns(input: PolicyInput, departmentId: number, today: string) {
  return {
    title: input.title,
    issuing_department_id: departmentId,
    doc_no: input.docNo,
    issued_on: input.issuedOn,
    // Publishing stamps the publication date (once); a draft keeps whatever was entered.
    published_on: input.publishedOn ?? (input.status === 'published' ? today : null),
    category: input.category,
    credit_condition: input.creditCondition,
    benefits: input.benefits,
    apply_steps: input.applySteps,
    apply_materials: input.applyMaterials,
    apply_where: input.applyWhere,
    valid_from: input.validFrom,
    valid_to: input.validTo,
    status: input.status,
  };
}

/** A policy changed: the worker re-indexes it and expires its pages, and the audit log says who did what. */
async function announcePolicyChange(
  tx: postgres.TransactionSql,
  id: number,
  actor: PolicyActor,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await enqueuePolicyChanges(tx, [id]);
  await appendAudit(tx, { actorType: actor.type, actorId: actor.id, action, subjectType: 'policy', subjectId: String(id), details });
}

/** Inserts a policy; returns its id. */
export async function insertPolicy(input: PolicyInput, departmentId: number, actor: PolicyActor, today: string): Promise<number> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into policies ${tx(columns(input, departmentId, today))}
      returning id`;
    const id = row!.id;
    await tx`
      update policies set eligible_sizes = ${input.sizes}::enterprise_size[], eligible_industries = ${input.industries}::text[],
        eligible_districts = ${input.districts}::text[], links = ${JSON.stringify(input.links)}::text::jsonb,
        attachments = ${JSON.stringify(input.attachments)}::text::jsonb
      where id = ${id}`;
    await announcePolicyChange(tx, id, actor, 'policy.create', { title: input.title, status: input.status });
    return id;
  });
}

/** Replaces a policy's fields (a new version); false when no such policy. */
export async function updatePolicy(id: number, input: PolicyInput, departmentId: number, actor: PolicyActor, today: string): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [current] = await tx<{ publishedOn: string | null }[]>`select published_on as "publishedOn" from policies where id = ${id} for update`;
    if (!current) return false;
    const cols = columns(input, departmentId, today);
    // Keep the first publication date unless staff corrected it explicitly.
    if (!input.publishedOn && current.publishedOn) cols.published_on = current.publishedOn;
    const [row] = await tx<{ version: number }[]>`
      update policies set ${tx(cols)}, eligible_sizes = ${input.sizes}::enterprise_size[], eligible_industries = ${input.industries}::text[],
        eligible_districts = ${input.districts}::text[], links = ${JSON.stringify(input.links)}::text::jsonb,
        attachments = ${JSON.stringify(input.attachments)}::text::jsonb, withdrawn_on = null, withdrawal_reason = null,
        version = version + 1, updated_at = now()
      where id = ${id}
      returning version`;
    await announcePolicyChange(tx, id, actor, 'policy.update', { title: input.title, status: input.status, version: row!.version });
    return true;
  });
}

/** Withdraws a published policy (it leaves the public pages and search); false when no such policy. */
export async function withdrawPolicyRow(id: number, reason: string, actor: PolicyActor, today: string): Promise<boolean> {
  return inTransaction(async (tx) => {
    const rows = await tx`
      update policies set status = 'withdrawn', withdrawn_on = ${today}, withdrawal_reason = ${reason}, version = version + 1, updated_at = now()
      where id = ${id}
      returning id`;
    if (rows.length === 0) return false;
    await announcePolicyChange(tx, id, actor, 'policy.withdraw', { reason });
    return true;
  });
}

// Mutations of the inspections area (issue 18 part 2): create a plan, run its draw, enter a result.
// Each commits its rows, the outbox (inspection.changed; entity.changed for a firm whose profile
// gains a record) and the audit entry in one transaction. Validation happens before
// (lib/inspections/inspection-schema.ts); department scope is checked here against the plan's row.
// No 'server-only': the seeder runs the same draw and result steps (…InTransaction, actor null:
// seeded rows are not staff actions and write no audit entry).
import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import type { AuditActorType } from '../../audit/chain';
import { DRAW_ALGORITHM, drawPlan, needsFollowUp, sampleSize, snapshotHasher, type InspectionResult } from '../../domain/inspections';
import { enqueueInspectionChanges } from './inspections-outbox';
import type { InspectionPlanInput, InspectionResultInput } from '../../inspections/inspection-schema';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges, inTransaction } from './enqueue-entity-changes';

export interface InspectionActor {
  type: AuditActorType;
  id: string;
}

/** Inserts a draft plan with a fresh public seed (128 random bits, hex); returns its id. */
export async function insertInspectionPlan(
  input: InspectionPlanInput,
  departmentId: number,
  actor: InspectionActor,
  seed = randomBytes(16).toString('hex'),
): Promise<number> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into inspection_plans (department_id, title, item_ids, districts, industries, entity_types, firm_count, share_percent,
                                    period_start, period_end, seed)
      values (${departmentId}, ${input.title}, ${input.itemIds}::int[], ${input.districts}::text[], ${input.industries}::text[],
              ${input.entityTypes}::entity_type[], ${input.firmCount}, ${input.sharePercent}, ${input.periodStart}, ${input.periodEnd}, ${seed})
      returning id`;
    const id = row!.id;
    await appendAudit(tx, {
      actorType: actor.type,
      actorId: actor.id,
      action: 'inspection_plan.create',
      subjectType: 'inspection_plan',
      subjectId: String(id),
      details: { title: input.title },
    });
    return id;
  });
}

export type DrawRefusal = 'notFound' | 'notOwnDepartment' | 'alreadyDrawn' | 'emptyPopulation';

export interface DrawSummary {
  snapshotSize: number;
  snapshotSha256: string;
  drawn: number;
  followUps: number;
}

/** The batch size of the snapshot hash's cursor (bounded memory at any population size). */
const SNAPSHOT_BATCH = 5_000;

/** The SHA-256 and size of a plan's stored snapshot, read in USCC order through a cursor. */
export async function hashPlanSnapshot(sql: postgres.Sql | postgres.TransactionSql, planId: number): Promise<{ size: number; sha256: string }> {
  const hasher = snapshotHasher();
  const cursor = sql<{ uscc: string }[]>`
    select e.uscc from inspection_snapshots s join entities e on e.id = s.entity_id
    where s.plan_id = ${planId} order by s.position`.cursor(SNAPSHOT_BATCH);
  for await (const batch of cursor) for (const r of batch) hasher.add(r.uscc);
  return hasher.finish();
}

/**
 * Runs a draft plan's draw (lib/domain/inspections.ts, drawPlan): stores the eligible directory
 * snapshot (active firms matching the plan's population, ordered by USCC in byte order) with one
 * INSERT … SELECT, hashes it through a cursor, draws positions from the seed, and stores the drawn
 * firms with their inspectors; follow-ups of the department that are due by `today` join the plan.
 * One REPEATABLE READ transaction: the snapshot, the inspector directory and the draw agree.
 */
export async function drawInspectionPlan(planId: number, scope: number | null, actor: InspectionActor, today: string): Promise<DrawSummary | DrawRefusal> {
  return inTransaction(async (tx) => {
    await tx`set transaction isolation level repeatable read`;
    return drawInTransaction(tx, planId, scope, actor, today);
  });
}

/** The draw's steps inside a caller's transaction (REPEATABLE READ, or a seeding session alone on the database). */
export async function drawInTransaction(
  tx: postgres.TransactionSql,
  planId: number,
  scope: number | null,
  actor: InspectionActor | null,
  today: string,
): Promise<DrawSummary | DrawRefusal> {
  const [plan] = await tx<
    {
      departmentId: number;
      status: string;
      seed: string;
      districts: string[];
      industries: string[];
      entityTypes: string[];
      firmCount: number | null;
      sharePercent: string | null;
    }[]
  >`
      select department_id as "departmentId", status::text as status, seed, districts, industries, entity_types::text[] as "entityTypes",
             firm_count as "firmCount", share_percent::text as "sharePercent"
      from inspection_plans where id = ${planId} for update`;
  if (!plan) return 'notFound';
  if (scope !== null && plan.departmentId !== scope) return 'notOwnDepartment';
  if (plan.status !== 'draft') return 'alreadyDrawn';
  await tx`
      insert into inspection_snapshots (plan_id, position, entity_id)
      select ${planId}, (row_number() over (order by e.uscc collate "C"))::int - 1, e.id
      from entities e
      where e.status = 'active'
        and (cardinality(${plan.districts}::text[]) = 0 or e.district_code = any(${plan.districts}::text[]))
        and (cardinality(${plan.industries}::text[]) = 0 or exists (select 1 from unnest(${plan.industries}::text[]) p where starts_with(e.industry_code, p)))
        and (cardinality(${plan.entityTypes}::entity_type[]) = 0 or e.type = any(${plan.entityTypes}::entity_type[]))`;
  const snapshot = await hashPlanSnapshot(tx, planId);
  if (snapshot.size === 0) return 'emptyPopulation';
  const pool = await tx<{ id: number; role: string }[]>`
      select id, role::text as role from inspectors where department_id = ${plan.departmentId} and active order by id`;
  const count = sampleSize(snapshot.size, { firmCount: plan.firmCount, sharePercent: plan.sharePercent === null ? null : Number(plan.sharePercent) });
  const outcome = drawPlan(plan.seed, snapshot.size, count, pool.length);
  const picked = await tx<{ position: number; entityId: number }[]>`
      select position, entity_id::int as "entityId" from inspection_snapshots where plan_id = ${planId} and position = any(${outcome.firmPositions}::int[])`;
  const entityAt = new Map(picked.map((p) => [p.position, p.entityId]));
  const targets = outcome.firmPositions.map((position, order) => {
    const team = (outcome.inspectorPositions[order] ?? []).map((i) => pool[i]!);
    return {
      plan_id: planId,
      entity_id: entityAt.get(position)!,
      reason: 'drawn',
      draw_position: order,
      inspector_ids: `{${team.map((m) => m.id).join(',')}}`,
      inspector_roles: `{${team.map((m) => m.role).join(',')}}`,
    };
  });
  for (let i = 0; i < targets.length; i += 1_000) await tx`insert into inspection_targets ${tx(targets.slice(i, i + 1_000))}`;
  const followUps = await attachDueFollowUps(tx, planId, plan.departmentId, today);
  await tx`
      update inspection_plans set status = 'drawn', draw_algorithm = ${DRAW_ALGORITHM}, snapshot_size = ${snapshot.size},
        snapshot_sha256 = ${snapshot.sha256}, inspector_pool_size = ${pool.length}, drawn_at = now(), updated_at = now()
      where id = ${planId}`;
  await enqueueInspectionChanges(tx, [planId]);
  const summary: DrawSummary = { snapshotSize: snapshot.size, snapshotSha256: snapshot.sha256, drawn: targets.length, followUps };
  if (actor)
    await appendAudit(tx, {
      actorType: actor.type,
      actorId: actor.id,
      action: 'inspection_plan.draw',
      subjectType: 'inspection_plan',
      subjectId: String(planId),
      details: { ...summary },
    });
  return summary;
}

/** Puts the department's follow-ups due by `today` on the plan (a firm also drawn keeps its drawn row); returns how many. */
async function attachDueFollowUps(tx: postgres.TransactionSql, planId: number, departmentId: number, today: string): Promise<number> {
  const due = await tx<{ id: number; entityId: number }[]>`
    select id::int as id, entity_id::int as "entityId" from inspection_follow_ups
    where department_id = ${departmentId} and status in ('scheduled', 'due') and due_on <= ${today}
    order by due_on, id for update`;
  for (const f of due) {
    await tx`
      insert into inspection_targets (plan_id, entity_id, reason) values (${planId}, ${f.entityId}, 'follow_up')
      on conflict (plan_id, entity_id) do nothing`;
    await tx`
      update inspection_follow_ups set status = 'assigned', updated_at = now(),
        assigned_target_id = (select id from inspection_targets where plan_id = ${planId} and entity_id = ${f.entityId})
      where id = ${f.id}`;
  }
  return due.length;
}

export type ResultRefusal = 'notFound' | 'notOwnDepartment' | 'notOnPlan' | 'notDrawn';

/** The Chinese result wording of the published record (records are in the department's language). */
const RESULT_ZH: Record<InspectionResult, string> = {
  passed: '合格',
  failed: '不合格',
  correction_ordered: '限期整改',
  not_found: '未发现',
  closed: '已关闭',
};

/**
 * Enters (or corrects) the result of one firm on a plan: the target row, the inspection record on
 * the firm's profile (监督抽查信息; source ref `inspection-target:{id}`, so a correction updates the
 * same record), a follow-up due at the deadline for 限期整改, and a follow-up this result answers
 * marked done. `today` is the collection date.
 */
export async function recordInspectionResult(
  input: InspectionResultInput,
  scope: number | null,
  actor: InspectionActor,
  today: string,
): Promise<{ targetId: number } | ResultRefusal> {
  return inTransaction((tx) => recordResultInTransaction(tx, input, scope, actor, today));
}

/** The result's steps inside a caller's transaction. */
export async function recordResultInTransaction(
  tx: postgres.TransactionSql,
  input: InspectionResultInput,
  scope: number | null,
  actor: InspectionActor | null,
  today: string,
): Promise<{ targetId: number } | ResultRefusal> {
  const [plan] = await tx<{ departmentId: number; title: string; status: string }[]>`
      select department_id as "departmentId", title, status::text as status from inspection_plans where id = ${input.planId} for update`;
  if (!plan) return 'notFound';
  if (scope !== null && plan.departmentId !== scope) return 'notOwnDepartment';
  if (plan.status === 'draft') return 'notDrawn';
  const [target] = await tx<{ id: number; entityId: number; recordId: number | null }[]>`
      select t.id::int as id, t.entity_id::int as "entityId", t.record_id::int as "recordId"
      from inspection_targets t join entities e on e.id = t.entity_id
      where t.plan_id = ${input.planId} and e.uscc = ${input.uscc} for update of t`;
  if (!target) return 'notOnPlan';
  const deadline = needsFollowUp(input.result) ? input.correctionDeadline : null;
  const content = [`检查结果：${RESULT_ZH[input.result]}`, deadline ? `整改期限：${deadline}` : null, input.findings].filter(Boolean).join('；');
  const [record] = await tx<{ id: number }[]>`
      insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, produced_on, collected_on, content, status)
      values (${target.entityId}, ${plan.departmentId}, ${`inspection-target:${target.id}`}, 'inspection', 'inspection', ${`${plan.title}（双随机抽查）`},
              ${input.docNo}, ${input.inspectedOn}, ${input.inspectedOn}, ${today}, ${content}, 'published')
      on conflict (department_id, source_ref) do update set doc_no = excluded.doc_no, decision_date = excluded.decision_date,
        produced_on = excluded.produced_on, content = excluded.content, status = 'published', version = records.version + 1, updated_at = now()
      returning id::int as id`;
  await tx`
      update inspection_targets set result = ${input.result}, inspected_on = ${input.inspectedOn}, correction_deadline = ${deadline},
        findings = ${input.findings}, doc_no = ${input.docNo}, record_id = ${record!.id}, updated_at = now()
      where id = ${target.id}`;
  if (deadline) {
    await tx`
        insert into inspection_follow_ups (origin_target_id, department_id, entity_id, due_on, status)
        values (${target.id}, ${plan.departmentId}, ${target.entityId}, ${deadline}, ${deadline <= today ? 'due' : 'scheduled'})
        on conflict (origin_target_id) do update set due_on = excluded.due_on, updated_at = now()
        where inspection_follow_ups.status in ('scheduled', 'due')`;
  } else {
    // A corrected result that no longer orders a correction withdraws the follow-up it queued, unless a draw took it.
    await tx`delete from inspection_follow_ups where origin_target_id = ${target.id} and status in ('scheduled', 'due')`;
  }
  await tx`update inspection_follow_ups set status = 'done', updated_at = now() where assigned_target_id = ${target.id} and status = 'assigned'`;
  await tx`
      update inspection_plans set status = 'completed', updated_at = now()
      where id = ${input.planId} and not exists (select 1 from inspection_targets where plan_id = ${input.planId} and result is null)`;
  await enqueueEntityChanges(tx, [target.entityId]);
  await enqueueInspectionChanges(tx, [input.planId]);
  if (actor)
    await appendAudit(tx, {
      actorType: actor.type,
      actorId: actor.id,
      action: target.recordId === null ? 'inspection_result.enter' : 'inspection_result.correct',
      subjectType: 'inspection_target',
      subjectId: String(target.id),
      details: { planId: input.planId, uscc: input.uscc, result: input.result, correctionDeadline: deadline },
    });
  return { targetId: target.id };
}

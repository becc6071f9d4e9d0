// Set-based intake of the 12345 hotline's complaint figures: validated items are staged in a
// temporary table, matched to firms with the records intake's matching (USCC, 注册号, organisation
// code, exact name), and merged into complaint_stats in the caller's transaction with the outbox
// rows of the firms whose figures changed (the worker re-rates them). One row per firm and month:
// the figures sent last replace the earlier ones, whoever sent them; a department's sourceRef
// names one firm-month, so re-sending it unchanged changes nothing and re-sending it for another
// firm or month moves the figures (the old firm-month loses them).
// No 'server-only': the import runs this outside Next.js too.
import type postgres from 'postgres';
import type { StagedComplaint } from '../../domain/complaints';
import type { UnmatchedReason } from '../../domain/intake';
import { enqueueEntityChanges } from './enqueue-entity-changes';
import { matchStage } from './intake-records';

type Tx = postgres.TransactionSql;

const STAGE = 'complaint_stage';
const MATCH = 'complaint_match';

/** An item that could not be merged: its firm is unknown or uncertain, or its month is sent twice. */
export interface ComplaintItemRefusal {
  index: number;
  reason: UnmatchedReason | 'duplicate_month';
}

export interface ComplaintMergeResult {
  /** Firm-months that had no figures before. */
  created: number;
  /** Firm-months whose figures (or sender) the items replaced. */
  updated: number;
  /** Items identical to what is stored under their sourceRef. */
  unchanged: number;
  refused: ComplaintItemRefusal[];
  /** Firms whose rating inputs changed (announced through the outbox). */
  entityIds: number[];
}

/** Creates the transaction's staging tables (dropped at commit). */
async function createComplaintStage(tx: Tx): Promise<void> {
  await tx`
    create temp table complaint_stage (
      idx int not null, source_ref text not null, uscc text, reg_no text, org_code text, name_normalized text,
      period_start date not null, received int not null, resolved int not null
    ) on commit drop`;
  await tx`
    create temp table complaint_match (
      idx int not null, entity_id bigint, candidates int not null default 0, reason text,
      existed boolean not null default false, same boolean not null default false, figures_changed boolean not null default true
    ) on commit drop`;
}

async function stageComplaints(tx: Tx, items: readonly StagedComplaint[]): Promise<void> {
  const json = JSON.stringify(
    items.map((c) => ({
      idx: c.index,
      source_ref: c.sourceRef,
      uscc: c.uscc,
      reg_no: c.regNo,
      org_code: c.orgCode,
      name_normalized: c.nameNormalized,
      period_start: c.periodStart,
      received: c.received,
      resolved: c.resolved,
    })),
  );
  await tx`
    insert into complaint_stage (idx, source_ref, uscc, reg_no, org_code, name_normalized, period_start, received, resolved)
    select * from jsonb_to_recordset(${json}::text::jsonb) as x(
      idx int, source_ref text, uscc text, reg_no text, org_code text, name_normalized text,
      period_start date, received int, resolved int)`;
}

/**
 * Stages, matches and merges one department's complaint items (see the module comment). Call inside
 * the transaction that also writes the audit entry, after `lockDepartmentIntake`.
 */
export async function mergeComplaintItems(
  tx: Tx,
  options: { departmentId: number; collectedOn: string; items: readonly StagedComplaint[] },
): Promise<ComplaintMergeResult> {
  const d = options.departmentId;
  await createComplaintStage(tx);
  await stageComplaints(tx, options.items);
  await matchStage(tx, { stage: STAGE, match: MATCH });

  // The same firm-month twice in one call: the first is taken, the others refused (one statement
  // cannot set a row twice, and which figure should win would be a guess).
  await tx`
    with ranked as (
      select m.idx, row_number() over (partition by m.entity_id, s.period_start order by m.idx) as n
      from complaint_match m join complaint_stage s on s.idx = m.idx where m.entity_id is not null)
    update complaint_match m set entity_id = null, reason = 'duplicate_month'
    from ranked r where r.idx = m.idx and r.n > 1`;
  const refusedRows = await tx<ComplaintItemRefusal[]>`
    select idx as index, reason from complaint_match where entity_id is null order by idx`;

  // A sourceRef re-sent for another firm or month: its earlier figures are withdrawn first.
  const moved = await tx<{ entityId: number }[]>`
    delete from complaint_stats c using complaint_stage s, complaint_match m
    where m.idx = s.idx and m.entity_id is not null and c.department_id = ${d} and c.source_ref = s.source_ref
      and (c.entity_id, c.period_start) <> (m.entity_id, s.period_start)
    returning c.entity_id::float8 as "entityId"`;

  await tx`
    update complaint_match m set existed = true,
      same = (c.complaints, c.resolved, c.department_id, c.source_ref) is not distinct from (s.received, s.resolved, ${d}, s.source_ref),
      figures_changed = (c.complaints, c.resolved) is distinct from (s.received, s.resolved)
    from complaint_stage s, complaint_stats c
    where s.idx = m.idx and m.entity_id is not null and c.entity_id = m.entity_id and c.period_start = s.period_start`;

  // Firm order keeps the primary-key look-ups in neighbouring pages.
  await tx`
    insert into complaint_stats (entity_id, period_start, complaints, resolved, department_id, source_ref, collected_on)
    select m.entity_id, s.period_start, s.received, s.resolved, ${d}, s.source_ref, ${options.collectedOn}
    from complaint_match m join complaint_stage s on s.idx = m.idx
    where m.entity_id is not null and not m.same
    order by m.entity_id
    on conflict (entity_id, period_start) do update set complaints = excluded.complaints, resolved = excluded.resolved,
      department_id = excluded.department_id, source_ref = excluded.source_ref, collected_on = excluded.collected_on`;

  const [counts] = await tx<{ created: number; updated: number; unchanged: number }[]>`
    select count(*) filter (where not existed)::int as created, count(*) filter (where existed and not same)::int as updated,
           count(*) filter (where same)::int as unchanged
    from complaint_match where entity_id is not null`;

  // Only figures that changed move a rating: a new sender of the same figures does not.
  const changed = await tx<{ entityId: number }[]>`
    select distinct entity_id::float8 as "entityId" from complaint_match where entity_id is not null and figures_changed`;
  const entityIds = [...new Set([...changed.map((c) => c.entityId), ...moved.map((m) => m.entityId)])];
  await enqueueEntityChanges(tx, entityIds);
  await tx`drop table complaint_stage, complaint_match`;
  return {
    created: counts!.created,
    updated: counts!.updated,
    unchanged: counts!.unchanged,
    refused: refusedRows.map((r) => ({ index: r.index, reason: r.reason })).sort((a, b) => a.index - b.index),
    entityIds,
  };
}

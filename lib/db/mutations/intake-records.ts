// Set-based intake of department records: validated items are staged in a temporary table (from
// JSON for API calls, by COPY for bulk imports), matched to firms in SQL (USCC, then registration
// number, organisation code, exact normalised name), and merged into `records` in the caller's
// transaction together with their version history, timeliness, outbox rows and unmatched-queue
// entries. The same statements serve 1 item and 1,000,000 (the import benchmark).
// No 'server-only': the import and benchmark scripts run this outside Next.js.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type postgres from 'postgres';
import { CATEGORY_OF_KIND, RECORD_KINDS, type RecordKind } from '../../domain/vocabulary';
import { timelinessLimit, type UnmatchedReason } from '../../domain/intake';
import type { StagedRecord } from '../../domain/intake';
import { calendarLastDay, calendarRows, CALENDAR_FIRST_DAY } from '../../calendar/calendar-rows';
import { copyField } from '../bulk/copy-text';
import { getSql } from '../client';
import { enqueueEntityChanges } from './enqueue-entity-changes';

type Tx = postgres.TransactionSql;
type Sql = postgres.Sql | postgres.TransactionSql;

/** Advisory lock class of intake: one intake transaction per department at a time. */
const INTAKE_LOCK_CLASS = 727_002;

/** Kinds under the 7-working-day rule (the rest: 20), for the SQL that measures timeliness. */
const SHORT_LIMIT_KINDS = RECORD_KINDS.filter((k) => timelinessLimit(k) < 20);

/**
 * SQL for the category of a record kind column, as a CASE over the constant vocabulary (kinds are
 * identifiers of our own, never input): evaluated per row, it costs nothing next to a JSON lookup.
 */
function categoryOfKindSql(column: string): string {
  const branches = RECORD_KINDS.map((k) => `when '${k}' then '${CATEGORY_OF_KIND[k]}'`).join(' ');
  return `(case ${column} ${branches} end)::category`;
}

// ---------------------------------------------------------------------------------------------
// The working-day calendar table.

let calendarReady: Promise<void> | null = null;

/**
 * Fills work_calendar from lib/calendar when it is missing or out of date (a newer holiday
 * package covers another year): rewrites the table and re-measures the lags that depended on
 * provisional days. Runs once per process.
 */
export function ensureWorkCalendar(sql: postgres.Sql = getSql()): Promise<void> {
  calendarReady ??= fillWorkCalendar(sql).catch((error: unknown) => {
    calendarReady = null;
    throw error;
  });
  return calendarReady;
}

async function fillWorkCalendar(sql: postgres.Sql): Promise<void> {
  const rows = calendarRows();
  const last = rows[rows.length - 1]!;
  const firstProvisional = rows.find((r) => r.provisional)?.day ?? null;
  const [state] = await sql<{ n: number; lastDay: string | null; lastOrdinal: number | null; firstProvisional: string | null }[]>`
    select count(*)::int as n, max(day) as "lastDay", max(ordinal)::int as "lastOrdinal",
           min(day) filter (where provisional) as "firstProvisional"
    from work_calendar`;
  if (state && state.n === rows.length && state.lastDay === last.day && state.lastOrdinal === last.ordinal && state.firstProvisional === firstProvisional)
    return;
  await sql.begin(async (tx) => {
    await tx`lock table work_calendar in exclusive mode`;
    await tx`delete from work_calendar`;
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = rows.slice(i, i + 5000);
      await tx`
        insert into work_calendar (day, is_working, ordinal, provisional)
        select day, is_working, ordinal, provisional
        from jsonb_to_recordset(${JSON.stringify(chunk.map((r) => ({ day: r.day, is_working: r.isWorking, ordinal: r.ordinal, provisional: r.provisional })))}::text::jsonb)
          as x(day date, is_working boolean, ordinal int, provisional boolean)`;
    }
    // A changed calendar changes lags: re-measure every record from the new table.
    await rebuildTimeliness(tx);
  });
}

/** Measures the timeliness of every record (after a bulk seed): calendar first, then lags and aggregates. */
export async function refreshTimeliness(sql: postgres.Sql): Promise<void> {
  calendarReady = null;
  await ensureWorkCalendar(sql);
  await rebuildTimeliness(sql);
}

/** Re-measures every record's lag and the per-month aggregates from records + work_calendar. */
export async function rebuildTimeliness(sql: Sql): Promise<void> {
  await sql`truncate record_timeliness, timeliness_stats`;
  await sql`
    insert into record_timeliness (record_id, department_id, kind, produced_on, collected_on, lag_working_days, on_time)
    select r.id, r.department_id, r.kind, r.produced_on, r.collected_on, greatest(c.ordinal - p.ordinal, 0),
           greatest(c.ordinal - p.ordinal, 0) <= case when r.kind = any(${SHORT_LIMIT_KINDS}::record_kind[]) then 7 else 20 end
    from records r
    join work_calendar p on p.day = r.produced_on
    join work_calendar c on c.day = r.collected_on
    where r.produced_on is not null`;
  await sql`
    insert into timeliness_stats (department_id, kind, month, records, on_time, lag_sum)
    select department_id, kind, date_trunc('month', collected_on)::date, count(*)::int,
           count(*) filter (where on_time)::int, sum(lag_working_days)
    from record_timeliness group by 1, 2, 3`;
}

// ---------------------------------------------------------------------------------------------
// Staging.

/** Columns filled from the items (COPY and JSON use this order). */
export const STAGE_INPUT_COLUMNS = [
  'idx',
  'source_ref',
  'uscc',
  'reg_no',
  'org_code',
  'name_normalized',
  'identity_field',
  'identity_value',
  'entity_name',
  'kind',
  'title',
  'doc_no',
  'decision_date',
  'produced_on',
  'severity',
  'publicity_end',
  'grounds',
  'removed_on',
  'removal_reason',
  'content',
  'legal_basis',
  'list_name',
  'procedure_code',
  'commitment_status',
  'broken_record_ref',
] as const;

/**
 * Creates the transaction's staging tables (dropped at commit): `intake_stage` holds the items as
 * sent; `intake_match` (narrow) what matching found, so matching never rewrites the wide rows.
 */
export async function createStage(tx: Tx): Promise<void> {
  // A batch of 20,000 items sorts in memory instead of spilling to temporary files.
  await tx`set local work_mem = '64MB'`;
  await tx`
    create temp table intake_stage (
      idx int not null, source_ref text not null,
      uscc text, reg_no text, org_code text, name_normalized text,
      identity_field text not null, identity_value text not null, entity_name text,
      kind record_kind not null, title text not null, doc_no text, decision_date date not null, produced_on date not null,
      severity severity, publicity_end date, grounds text, removed_on date, removal_reason text, content text, legal_basis text,
      list_name text, procedure_code text, commitment_status commitment_status, broken_record_ref text
    ) on commit drop`;
  await tx`
    create temp table intake_match (
      idx int not null, entity_id bigint, candidates int not null default 0, reason text,
      record_id bigint, old_entity_id bigint, created boolean not null default false,
      retracted boolean not null default false, changed boolean not null default false
    ) on commit drop`;
}

function stageValues(r: StagedRecord): (string | number | null)[] {
  return [
    r.index,
    r.sourceRef,
    r.uscc,
    r.regNo,
    r.orgCode,
    r.nameNormalized,
    r.identityField,
    r.identityValue,
    r.entityName,
    r.kind,
    r.title,
    r.docNo,
    r.decisionDate,
    r.producedOn,
    r.severity,
    r.publicityEnd,
    r.grounds,
    r.removedOn,
    r.removalReason,
    r.content,
    r.legalBasis,
    r.listName,
    r.procedureCode,
    r.commitmentStatus,
    r.brokenRecordRef,
  ];
}

/** Stages a small batch (an API call) through one JSON parameter. */
export async function stageRecords(tx: Tx, records: readonly StagedRecord[]): Promise<void> {
  if (records.length === 0) return;
  const json = JSON.stringify(records.map((r) => Object.fromEntries(STAGE_INPUT_COLUMNS.map((c, i) => [c, stageValues(r)[i]]))));
  await tx`
    insert into intake_stage (${tx.unsafe(STAGE_INPUT_COLUMNS.join(', '))})
    select ${tx.unsafe(STAGE_INPUT_COLUMNS.join(', '))}
    from jsonb_to_recordset(${json}::text::jsonb) as x(
      idx int, source_ref text, uscc text, reg_no text, org_code text, name_normalized text,
      identity_field text, identity_value text, entity_name text, kind record_kind, title text, doc_no text,
      decision_date date, produced_on date, severity severity, publicity_end date, grounds text, removed_on date,
      removal_reason text, content text, legal_basis text, list_name text, procedure_code text, commitment_status commitment_status, broken_record_ref text)`;
}

/** Size of the pieces of COPY text (and of the writes to the COPY stream). */
const COPY_PIECE_BYTES = 256 * 1024;

/**
 * The COPY text of a batch, in pieces of about 256 KB. Built before the transaction (the import
 * does it while the previous batch merges), so the database never waits for it.
 */
export function stageCopyText(records: readonly StagedRecord[]): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  let size = 0;
  for (const r of records) {
    const line = `${stageValues(r).map(copyField).join('\t')}\n`;
    piece.push(line);
    size += line.length;
    if (size > COPY_PIECE_BYTES) {
      pieces.push(piece.join(''));
      piece = [];
      size = 0;
    }
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

/** Stages a large batch with COPY (bulk import), from its COPY text (`stageCopyText`). */
export async function copyStageRecords(tx: Tx, pieces: readonly string[]): Promise<void> {
  if (pieces.length === 0) return;
  const stream: Writable = await tx.unsafe(`copy intake_stage (${STAGE_INPUT_COLUMNS.join(', ')}) from stdin`).writable();
  const done = finished(stream);
  done.catch(() => undefined);
  for (const piece of pieces) {
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  stream.end();
  await done;
}

/** Stages items whose payload the unmatched queue kept, attached to the firm a person chose. */
async function stageQueuedPayloads(tx: Tx, payloads: readonly { payload: unknown; entityId: number }[]): Promise<void> {
  const json = JSON.stringify(payloads.map((p, i) => ({ ...(p.payload as object), idx: i })));
  await tx`
    insert into intake_stage
    select (jsonb_populate_record(null::intake_stage, x)).* from jsonb_array_elements(${json}::text::jsonb) as x`;
  await tx`
    insert into intake_match (idx, entity_id, candidates)
    select x.idx, x.entity_id, 1 from unnest(${payloads.map((_, i) => i)}::int[], ${payloads.map((p) => p.entityId)}::bigint[]) as x(idx, entity_id)`;
}

// ---------------------------------------------------------------------------------------------
// Matching and merging.

/** Most candidates counted per key (two already make an item ambiguous). */
const CANDIDATE_LIMIT = 20;

/**
 * Matches staged items to firms in one pass of index look-ups: the USCC when given (authoritative:
 * an unknown one is not guessed from the name), else registration number, organisation code
 * (USCC characters 9–17), exact normalised name, in that order; a key held by several firms stops
 * the search (never guess). `tables` names the transaction's staging and match tables (the
 * complaint intake stages its own; both have the identity columns of intake_stage).
 */
export async function matchStage(tx: Tx, tables: { stage: string; match: string } = { stage: 'intake_stage', match: 'intake_match' }): Promise<void> {
  await tx`
    insert into ${tx.unsafe(tables.match)} (idx, entity_id, candidates, reason)
    select s.idx,
      case when s.uscc is not null then u.id when r.n = 1 then r.id when r.n > 1 then null
           when o.n = 1 then o.id when o.n > 1 then null when nm.n = 1 then nm.id end,
      case when s.uscc is not null then (u.id is not null)::int when r.n > 0 then r.n when o.n > 0 then o.n else nm.n end,
      case when s.uscc is not null then case when u.id is null then 'not_found' end
           when r.n > 1 then 'code_ambiguous' when r.n = 1 then null
           when o.n > 1 then 'code_ambiguous' when o.n = 1 then null
           when nm.n > 1 then 'name_ambiguous' when nm.n = 1 then null
           else 'not_found' end
    from ${tx.unsafe(tables.stage)} s
    left join lateral (select e.id from entities e where s.uscc is not null and e.uscc = s.uscc) u on true
    cross join lateral (select min(x.id) as id, count(*)::int as n from (
      select e.id from entities e where s.uscc is null and s.reg_no is not null and e.reg_no = s.reg_no limit ${CANDIDATE_LIMIT}) x) r
    cross join lateral (select min(x.id) as id, count(*)::int as n from (
      select e.id from entities e where s.uscc is null and r.n = 0 and s.org_code is not null and substr(e.uscc, 9, 9) = s.org_code limit ${CANDIDATE_LIMIT}) x) o
    cross join lateral (select min(x.id) as id, count(*)::int as n from (
      select e.id from entities e where s.uscc is null and r.n = 0 and o.n = 0 and s.name_normalized is not null and e.name_normalized = s.name_normalized limit ${CANDIDATE_LIMIT}) x) nm`;
}

/**
 * Marks matched items that did not create a record (their sourceRef exists for the department):
 * identical, changed, or retracted.
 */
async function findExistingRecords(tx: Tx, departmentId: number): Promise<void> {
  await tx`
    update intake_match m set record_id = r.id, old_entity_id = r.entity_id, retracted = (x.record_id is not null),
      changed = (x.record_id is not null) or (
        (r.entity_id, r.kind, r.title, r.doc_no, r.decision_date, r.produced_on, r.severity, r.publicity_end,
         r.grounds, r.removed_on, r.removal_reason, r.content, r.legal_basis, r.list_name, r.procedure_code, r.commitment_status, r.broken_record_ref)
        is distinct from
        (m.entity_id, s.kind, s.title, s.doc_no, s.decision_date, s.produced_on, s.severity, s.publicity_end,
         s.grounds, s.removed_on, s.removal_reason, s.content, s.legal_basis, s.list_name, s.procedure_code, s.commitment_status, s.broken_record_ref))
    from intake_stage s, records r left join record_retractions x on x.record_id = r.id
    where s.idx = m.idx and m.entity_id is not null and not m.created
      and r.department_id = ${departmentId} and r.source_ref = s.source_ref`;
}

export interface QueuedItem {
  index: number;
  sourceRef: string;
  reason: UnmatchedReason;
}

export interface MergeResult {
  created: number;
  updated: number;
  unchanged: number;
  queued: QueuedItem[];
  /** Firms whose pages change (announced through the outbox in the same transaction). */
  entityIds: number[];
}

export interface MergeOptions {
  departmentId: number;
  /** The collection day (today, China Standard Time). */
  collectedOn: string;
  /** Staff member who matched queued items by hand (recorded on the queue rows). */
  resolvedBy?: number | null;
}

/** Takes the department's intake lock for the rest of the transaction (intake is serialised per department). */
export async function lockDepartmentIntake(tx: Tx, departmentId: number): Promise<void> {
  await tx`select pg_advisory_xact_lock(${INTAKE_LOCK_CLASS}, ${departmentId})`;
}

/**
 * Matches and merges the staged items of one department: unmatched ones go to the queue, new ones
 * are inserted (with their timeliness), changed ones become a new version (the old one kept in
 * record_versions), identical ones change nothing. Writes the outbox rows. Call inside the
 * transaction that staged them, after `lockDepartmentIntake`, with the calendar ensured beforehand
 * (`ensureWorkCalendar`, outside the transaction).
 */
export async function mergeStagedRecords(tx: Tx, options: MergeOptions, { matched = false } = {}): Promise<MergeResult> {
  const d = options.departmentId;
  const today = options.collectedOn;
  if (!matched) await matchStage(tx);

  await tx`
    insert into intake_unmatched (department_id, source_ref, payload, reason, identity_field, identity_value, candidate_count)
    select ${d}, s.source_ref, jsonb_strip_nulls(to_jsonb(s) - 'idx'), m.reason, s.identity_field, s.identity_value, m.candidates
    from intake_stage s join intake_match m on m.idx = s.idx where m.entity_id is null
    on conflict (department_id, source_ref) where resolved_at is null
    do update set payload = excluded.payload, reason = excluded.reason, identity_field = excluded.identity_field,
                  identity_value = excluded.identity_value, candidate_count = excluded.candidate_count, updated_at = now()`;
  const queuedRows = await tx<{ index: number; sourceRef: string; reason: UnmatchedReason }[]>`
    select m.idx as index, s.source_ref as "sourceRef", m.reason
    from intake_match m join intake_stage s on s.idx = m.idx where m.entity_id is null order by m.idx`;

  // Items matched now that waited in the queue before: the queue entry is done.
  await tx`
    update intake_unmatched u set resolved_at = now(), resolved_entity_id = m.entity_id, resolved_by = ${options.resolvedBy ?? null}
    from intake_stage s join intake_match m on m.idx = s.idx
    where m.entity_id is not null and u.department_id = ${d} and u.source_ref = s.source_ref and u.resolved_at is null`;

  // New sourceRefs first (in bulk, nearly all of them): the unique index on (department, sourceRef)
  // tells new from known as it inserts, so a new item costs no separate look-up. Rows go in firm
  // order, which keeps the foreign-key checks and the firm index in neighbouring pages.
  const [created] = await tx<{ n: number; matched: number }[]>`
    with ins as (
      insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, produced_on,
                           collected_on, severity, legal_basis, content, publicity_start, publicity_end, status, grounds,
                           removed_on, removal_reason, list_name, procedure_code, commitment_status, broken_record_ref)
      select m.entity_id, ${d}, s.source_ref, ${tx.unsafe(categoryOfKindSql('s.kind'))}, s.kind,
             s.title, s.doc_no, s.decision_date, s.produced_on, ${today}, s.severity, s.legal_basis, s.content,
             case when s.publicity_end is null then null else s.decision_date end, s.publicity_end, 'published',
             s.grounds, s.removed_on, s.removal_reason, s.list_name, s.procedure_code, s.commitment_status, s.broken_record_ref
      from intake_stage s join intake_match m on m.idx = s.idx where m.entity_id is not null
      order by m.entity_id
      on conflict (department_id, source_ref) do nothing
      returning id, source_ref, kind, produced_on),
    -- Which items created a record matters only when some did not (the condition is evaluated once).
    mark as (
      update intake_match m set record_id = ins.id, created = true
      from ins join intake_stage s on s.source_ref = ins.source_ref
      where m.idx = s.idx and (select count(*) from ins) < (select count(*) from intake_match where entity_id is not null)
      returning 1),
    t as (
      insert into record_timeliness (record_id, department_id, kind, produced_on, collected_on, lag_working_days, on_time)
      select ins.id, ${d}, ins.kind, ins.produced_on, ${today}, greatest(c.ordinal - p.ordinal, 0),
             greatest(c.ordinal - p.ordinal, 0) <= case when ins.kind = any(${SHORT_LIMIT_KINDS}::record_kind[]) then 7 else 20 end
      from ins join work_calendar p on p.day = ins.produced_on join work_calendar c on c.day = ${today}::date
      returning kind, lag_working_days, on_time),
    agg as (
      insert into timeliness_stats (department_id, kind, month, records, on_time, lag_sum)
      select ${d}, kind, date_trunc('month', ${today}::date)::date, count(*)::int, count(*) filter (where on_time)::int, sum(lag_working_days)
      from t group by kind
      on conflict (department_id, kind, month) do update set records = timeliness_stats.records + excluded.records,
        on_time = timeliness_stats.on_time + excluded.on_time, lag_sum = timeliness_stats.lag_sum + excluded.lag_sum
      returning 1)
    select (select count(*)::int from ins) as n, (select count(*)::int from intake_match where entity_id is not null) as matched`;
  // Every matched item created a record (a bulk load of new items): nothing else to compare.
  const allCreated = created!.n === created!.matched;

  // The others already exist: identical (nothing to do), changed (a new version), or retracted (republished).
  let updatedCount = 0;
  if (!allCreated) {
    await findExistingRecords(tx, d);
    await tx`
      insert into record_versions (record_id, version, data, change)
      select r.id, r.version, to_jsonb(r), 'updated' from records r join intake_match m on m.record_id = r.id where m.changed`;
    const [updated] = await tx<{ n: number }[]>`
      with u as (
        update records r set entity_id = m.entity_id, category = ${tx.unsafe(categoryOfKindSql('s.kind'))},
          kind = s.kind, title = s.title, doc_no = s.doc_no, decision_date = s.decision_date, produced_on = s.produced_on,
          severity = s.severity, legal_basis = s.legal_basis, content = s.content,
          publicity_start = case when s.publicity_end is null then null else s.decision_date end, publicity_end = s.publicity_end,
          grounds = s.grounds, removed_on = s.removed_on, removal_reason = s.removal_reason, list_name = s.list_name,
          procedure_code = s.procedure_code, commitment_status = s.commitment_status, broken_record_ref = s.broken_record_ref,
          status = case when m.retracted then 'published'::record_status else r.status end,
          collected_on = ${today}, version = r.version + 1, updated_at = now()
        from intake_match m join intake_stage s on s.idx = m.idx where r.id = m.record_id and m.changed
        returning 1)
      select count(*)::int as n from u`;
    updatedCount = updated?.n ?? 0;
    await tx`delete from record_retractions x using intake_match m where x.record_id = m.record_id and m.retracted and m.changed`;
  }

  const entityRows = await tx<{ id: number }[]>`
    select entity_id::float8 as id from intake_match where entity_id is not null and (${allCreated} or created or changed)
    union
    select old_entity_id::float8 from intake_match where changed and old_entity_id is distinct from entity_id`;
  const entityIds = entityRows.map((r) => r.id);
  await enqueueEntityChanges(tx, entityIds);
  const createdCount = created!.n;
  return {
    created: createdCount,
    updated: updatedCount,
    unchanged: created!.matched - createdCount - updatedCount,
    queued: queuedRows.map((r) => ({ index: r.index, sourceRef: r.sourceRef, reason: r.reason })),
    entityIds,
  };
}

// ---------------------------------------------------------------------------------------------
// Retraction and the unmatched queue.

export interface RetractResult {
  retracted: number;
  unchanged: number;
  /** Indexes (into the request's list) of sourceRefs the department has no record or queue item for. */
  notFound: number[];
  entityIds: number[];
}

/** Retracts the department's records by sourceRef (status revoked, the old version kept); queued items are withdrawn. */
export async function retractRecords(tx: Tx, departmentId: number, sourceRefs: readonly string[]): Promise<RetractResult> {
  const rows = await tx<{ id: string; sourceRef: string; entityId: number; retracted: boolean }[]>`
    select r.id::text as id, r.source_ref as "sourceRef", r.entity_id::float8 as "entityId", (x.record_id is not null) as retracted
    from records r left join record_retractions x on x.record_id = r.id
    where r.department_id = ${departmentId} and r.source_ref = any(${[...sourceRefs]}::text[])`;
  const withdrawn = await tx<{ sourceRef: string }[]>`
    update intake_unmatched set resolved_at = now() where department_id = ${departmentId} and resolved_at is null
      and source_ref = any(${[...sourceRefs]}::text[])
    returning source_ref as "sourceRef"`;
  const known = new Set([...rows.map((r) => r.sourceRef), ...withdrawn.map((w) => w.sourceRef)]);
  const toRetract = rows.filter((r) => !r.retracted);
  const ids = toRetract.map((r) => r.id);
  if (ids.length > 0) {
    await tx`
      insert into record_versions (record_id, version, data, change)
      select r.id, r.version, to_jsonb(r), 'retracted' from records r where r.id = any(${ids}::bigint[])`;
    await tx`update records set status = 'revoked', version = version + 1, updated_at = now() where id = any(${ids}::bigint[])`;
    await tx`insert into record_retractions (record_id) select unnest(${ids}::bigint[])`;
  }
  const entityIds = [...new Set(toRetract.map((r) => r.entityId))];
  await enqueueEntityChanges(tx, entityIds);
  return {
    retracted: toRetract.length,
    unchanged: rows.length - toRetract.length + withdrawn.length,
    notFound: sourceRefs.flatMap((ref, i) => (known.has(ref) ? [] : [i])),
    entityIds,
  };
}

/** Locks queue item `id` while it is still open (two people resolving it at once resolve it once); false if it is not open. */
export async function lockOpenUnmatched(tx: Tx, id: number): Promise<boolean> {
  const [open] = await tx<{ id: number }[]>`select id from intake_unmatched where id = ${id} and resolved_at is null for update`;
  return open !== undefined;
}

/** Merges queued items into records, attached to the firm a person picked (the same path as intake). */
export async function mergeQueuedItems(
  tx: Tx,
  items: readonly { departmentId: number; payload: unknown; entityId: number }[],
  options: { collectedOn: string; resolvedBy: number | null },
): Promise<MergeResult[]> {
  const results: MergeResult[] = [];
  const byDepartment = new Map<number, { payload: unknown; entityId: number }[]>();
  for (const item of items) byDepartment.set(item.departmentId, [...(byDepartment.get(item.departmentId) ?? []), item]);
  // Ascending department order: two transactions never wait for each other's intake locks in a cycle.
  for (const [departmentId, group] of [...byDepartment].sort((a, b) => a[0] - b[0])) {
    await lockDepartmentIntake(tx, departmentId);
    await createStage(tx);
    await stageQueuedPayloads(tx, group);
    results.push(await mergeStagedRecords(tx, { departmentId, collectedOn: options.collectedOn, resolvedBy: options.resolvedBy }, { matched: true }));
    await tx`drop table intake_stage, intake_match`;
  }
  return results;
}

export const CALENDAR_SPAN = { first: CALENDAR_FIRST_DAY, last: calendarLastDay };

/** Kind of a record as stored; re-exported for callers that build staged rows. */
export type { RecordKind };

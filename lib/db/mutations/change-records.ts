// Domain mutations on records and complaint statistics. Each commits the change and its outbox
// rows together, so the worker re-rates, re-indexes and expires the pages that show the entity.
import type { RecordKind, RecordStatus, Severity } from '../../domain/vocabulary';
import { CATEGORY_OF_KIND } from '../../domain/vocabulary';
import { enqueueEntityChanges, inTransaction } from './enqueue-entity-changes';

export interface RecordPatch {
  status?: RecordStatus;
  title?: string;
  docNo?: string | null;
  decisionDate?: string;
  severity?: Severity | null;
  publicityEnd?: string | null;
  removedOn?: string | null;
  removalReason?: string | null;
}

const COLUMN: Record<keyof RecordPatch, string> = {
  status: 'status',
  title: 'title',
  docNo: 'doc_no',
  decisionDate: 'decision_date',
  severity: 'severity',
  publicityEnd: 'publicity_end',
  removedOn: 'removed_on',
  removalReason: 'removal_reason',
};

/** Updates records (same patch for each) and announces their entities; returns the entity ids touched. */
export async function updateRecords(recordIds: readonly (number | string)[], patch: RecordPatch): Promise<number[]> {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof RecordPatch, unknown][];
  if (entries.length === 0 || recordIds.length === 0) return [];
  const set = Object.fromEntries(entries.map(([k, v]) => [COLUMN[k], v]));
  return inTransaction(async (tx) => {
    const rows = await tx<{ entityId: number }[]>`
      update records set ${tx(set)}, version = version + 1, updated_at = now()
      where id = any(${recordIds.map(String)}::bigint[])
      returning entity_id::int as "entityId"`;
    const entityIds = [...new Set(rows.map((r) => r.entityId))];
    await enqueueEntityChanges(tx, entityIds);
    return entityIds;
  });
}

export interface NewRecord {
  entityId: number;
  departmentId: number;
  sourceRef: string;
  kind: RecordKind;
  title: string;
  docNo?: string | null;
  decisionDate: string;
  collectedOn: string;
  producedOn?: string | null;
  severity?: Severity | null;
  legalBasis?: string | null;
  content?: string | null;
  publicityEnd?: string | null;
  grounds?: string | null;
  removedOn?: string | null;
  removalReason?: string | null;
}

/** Inserts records in one transaction with their outbox rows; returns the new record ids. */
export async function insertRecords(records: readonly NewRecord[]): Promise<string[]> {
  if (records.length === 0) return [];
  return inTransaction(async (tx) => {
    const rows = records.map((r) => ({
      entity_id: r.entityId,
      department_id: r.departmentId,
      source_ref: r.sourceRef,
      category: CATEGORY_OF_KIND[r.kind],
      kind: r.kind,
      title: r.title,
      doc_no: r.docNo ?? null,
      decision_date: r.decisionDate,
      produced_on: r.producedOn ?? null,
      collected_on: r.collectedOn,
      severity: r.severity ?? null,
      legal_basis: r.legalBasis ?? null,
      content: r.content ?? null,
      publicity_start: r.publicityEnd ? r.decisionDate : null,
      publicity_end: r.publicityEnd ?? null,
      grounds: r.grounds ?? null,
      removed_on: r.removedOn ?? null,
      removal_reason: r.removalReason ?? null,
    }));
    const inserted = await tx<{ id: string }[]>`insert into records ${tx(rows)} returning id::text as id`;
    await enqueueEntityChanges(tx, [...new Set(records.map((r) => r.entityId))]);
    return inserted.map((r) => r.id);
  });
}

/** Sets a month of 12345 complaint statistics for an entity (upsert) and announces it. */
export async function setComplaintMonth(entityId: number, periodStart: string, complaints: number, resolved: number): Promise<void> {
  await inTransaction(async (tx) => {
    await tx`
      insert into complaint_stats (entity_id, period_start, complaints, resolved)
      values (${entityId}, ${periodStart}, ${complaints}, ${resolved})
      on conflict (entity_id, period_start) do update set complaints = excluded.complaints, resolved = excluded.resolved`;
    await enqueueEntityChanges(tx, [entityId]);
  });
}

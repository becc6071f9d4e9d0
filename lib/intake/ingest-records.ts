// Intake of department records (API calls, template imports, the staff queue): validate each item
// with the shared schema, stage the valid ones, match them to firms and merge them in one
// transaction with their outbox rows and one audit entry. Invalid items are reported, never
// committed; items whose firm is uncertain wait in the unmatched queue.
import type postgres from 'postgres';
import { getSql } from '../db/client';
import { knownProcedureCodes } from '../db/queries/commitments';
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import {
  createStage,
  ensureWorkCalendar,
  lockDepartmentIntake,
  mergeStagedRecords,
  retractRecords,
  stageRecords,
  type MergeResult,
} from '../db/mutations/intake-records';
import type { AuditActorType } from '../audit/chain';
import type { StagedRecord, UnmatchedReason } from '../domain/intake';
import { resolvePublicityEnd, SEED_PUBLICITY_CATALOGUE, type PublicityRule } from '../domain/publicity';
import { listPublicityRules } from '../db/queries/publicity-catalogue';
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { translator } from '../i18n/messages';
import { parseItem, recordItemSchema, recordItemWarnings, stageRecordItem, type ItemIssue } from './record-schema';

/** Who sends the items (the audit log's actor). */
export interface IntakeActor {
  type: AuditActorType;
  id: string;
}

export interface ValidatedBatch {
  staged: StagedRecord[];
  issues: ItemIssue[];
  warnings: ItemIssue[];
}

/**
 * Validates items with the shared schema; duplicates of a sourceRef within the batch are refused.
 * The publicity catalogue settles each item's publicity end: none sent, the entry's maximum; one
 * outside the entry's bounds refuses that item (issue 17 part 1).
 */
export function validateRecordItems(
  items: readonly unknown[],
  today: string,
  indexOffset = 0,
  catalogue: readonly PublicityRule[] = SEED_PUBLICITY_CATALOGUE,
): ValidatedBatch {
  const schema = recordItemSchema(today);
  const staged: StagedRecord[] = [];
  const issues: ItemIssue[] = [];
  const warnings: ItemIssue[] = [];
  const seen = new Set<string>();
  items.forEach((raw, i) => {
    const index = i + indexOffset;
    const item = parseItem(schema, raw, index, issues);
    if (item === null) return;
    if (seen.has(item.sourceRef)) {
      issues.push({ index, field: 'sourceRef', code: 'duplicateSourceRef' });
      return;
    }
    seen.add(item.sourceRef);
    const record = stageRecordItem(item, index);
    const publicity = resolvePublicityEnd(catalogue, {
      kind: record.kind,
      severity: item.severity ?? null,
      decisionDate: record.decisionDate,
      publicityEnd: record.publicityEnd,
    });
    if (!publicity.ok) {
      issues.push({
        index,
        field: 'publicityEnd',
        code: publicity.code,
        ...(publicity.code === 'notInCatalogue' ? {} : { params: { date: publicity.bound } }),
      });
      return;
    }
    for (const w of recordItemWarnings(item)) warnings.push({ index, ...w });
    staged.push({ ...record, publicityEnd: publicity.publicityEnd });
  });
  return { staged, issues, warnings };
}

/** Credit commitments naming a procedure with no published template are refused for that item. */
export async function refuseUnknownProcedures(batch: ValidatedBatch): Promise<ValidatedBatch> {
  const codes = batch.staged.flatMap((s) => (s.procedureCode ? [s.procedureCode] : []));
  if (codes.length === 0) return batch;
  const known = await knownProcedureCodes(codes);
  const unknown = batch.staged.filter((s) => s.procedureCode && !known.has(s.procedureCode));
  if (unknown.length === 0) return batch;
  const refused = new Set(unknown.map((s) => s.index));
  return {
    staged: batch.staged.filter((s) => !refused.has(s.index)),
    issues: [...batch.issues, ...unknown.map((s) => ({ index: s.index, field: 'procedure', code: 'unknownProcedure' }))].sort((a, b) => a.index - b.index),
    warnings: batch.warnings,
  };
}

export interface TranslatedIssue {
  index: number;
  field: string;
  message: string;
}

/** Item issues in the requester's language. */
export function translateIssues(issues: readonly ItemIssue[], locale: Locale): TranslatedIssue[] {
  const t = translator(locale, 'IntakeErrors');
  return issues.map((i) => ({ index: i.index, field: i.field, message: t(i.code, { today: '', ...i.params }) }));
}

const QUEUE_MESSAGE: Record<UnmatchedReason, string> = {
  not_found: 'queuedNotFound',
  name_ambiguous: 'queuedNameAmbiguous',
  code_ambiguous: 'queuedCodeAmbiguous',
};

/** The message key that explains why an item waits in the unmatched queue. */
export function queueReasonKey(reason: UnmatchedReason): string {
  return QUEUE_MESSAGE[reason];
}

export interface RecordIntakeResult {
  /** Valid items taken in: created + updated + unchanged + queued. */
  accepted: number;
  created: number;
  /** Items that changed an existing record (a new version; the old one kept). */
  updated: number;
  /** Items identical to the record's current version: nothing changed. */
  unchanged: number;
  /** Valid items whose firm could not be identified with certainty: kept for staff to match. */
  queued: { index: number; sourceRef: string; reason: UnmatchedReason; message: string }[];
  rejected: TranslatedIssue[];
  warnings: TranslatedIssue[];
}

function summarise(merge: MergeResult | null, batch: ValidatedBatch, locale: Locale): RecordIntakeResult {
  const t = translator(locale, 'IntakeErrors');
  const m = merge ?? { created: 0, updated: 0, unchanged: 0, queued: [], entityIds: [] };
  return {
    accepted: m.created + m.updated + m.unchanged + m.queued.length,
    created: m.created,
    updated: m.updated,
    unchanged: m.unchanged,
    queued: m.queued.map((q) => ({ ...q, message: t(queueReasonKey(q.reason)) })).sort((a, b) => a.index - b.index),
    rejected: translateIssues(batch.issues, locale),
    warnings: translateIssues(batch.warnings, locale),
  };
}

/** Up to this many sourceRefs are named in an audit entry; the counts are always complete. */
const AUDIT_REFS = 100;

/**
 * One batch of valid items in one transaction: the department's intake lock, the staging table
 * (filled by `stage`), match and merge with their outbox rows, and one audit entry with the
 * outcome and the first sourceRefs. Shared by API calls and template imports.
 */
export async function commitRecordBatch(options: {
  departmentId: number;
  departmentCode: string;
  actor: IntakeActor;
  today: string;
  stage: (tx: postgres.TransactionSql) => Promise<unknown>;
  sourceRefs: readonly string[];
  /** Channel-specific audit details (channel, file, rows, rejected…). */
  details: Record<string, unknown>;
}): Promise<MergeResult> {
  return inTransaction(async (tx) => {
    await lockDepartmentIntake(tx, options.departmentId);
    await createStage(tx);
    await options.stage(tx);
    const result = await mergeStagedRecords(tx, { departmentId: options.departmentId, collectedOn: options.today });
    await appendAudit(tx, {
      actorType: options.actor.type,
      actorId: options.actor.id,
      action: 'intake.records',
      subjectType: 'department',
      subjectId: options.departmentCode,
      details: {
        ...options.details,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        queued: result.queued.length,
        sourceRefs: options.sourceRefs.slice(0, AUDIT_REFS),
      },
    });
    return result;
  });
}

/** Takes in a batch of record items for a department (see the module comment); returns the per-item outcome. */
export async function ingestRecords(options: {
  departmentId: number;
  departmentCode: string;
  items: readonly unknown[];
  locale: Locale;
  actor: IntakeActor;
  /** api | import | staff (audit detail). */
  channel: string;
}): Promise<RecordIntakeResult> {
  const today = ratingDate();
  const batch = await refuseUnknownProcedures(validateRecordItems(options.items, today, 0, await listPublicityRules(getSql())));
  if (batch.staged.length === 0) return summarise(null, batch, options.locale);
  await ensureWorkCalendar(getSql());
  const merge = await commitRecordBatch({
    ...options,
    today,
    stage: (tx) => stageRecords(tx, batch.staged),
    sourceRefs: batch.staged.map((s) => s.sourceRef),
    details: { channel: options.channel, items: options.items.length, rejected: new Set(batch.issues.map((i) => i.index)).size },
  });
  return summarise(merge, batch, options.locale);
}

export interface RetractionResult {
  accepted: number;
  /** Records retracted now (hidden, counted no more; their last version kept). */
  updated: number;
  unchanged: number;
  rejected: TranslatedIssue[];
}

/** Retracts a department's records by sourceRef; another department's (or unknown) refs are rejected. */
export async function retractDepartmentRecords(options: {
  departmentId: number;
  departmentCode: string;
  sourceRefs: readonly unknown[];
  locale: Locale;
  actor: IntakeActor;
}): Promise<RetractionResult> {
  const issues: ItemIssue[] = [];
  const refs: { index: number; ref: string }[] = [];
  const seen = new Set<string>();
  options.sourceRefs.forEach((value, index) => {
    if (typeof value !== 'string' || value.trim() === '' || value.length > 100) issues.push({ index, field: 'sourceRefs', code: 'invalidValue' });
    else if (seen.has(value.trim())) issues.push({ index, field: 'sourceRefs', code: 'duplicateSourceRef' });
    else {
      seen.add(value.trim());
      refs.push({ index, ref: value.trim() });
    }
  });
  let result: { retracted: number; unchanged: number; notFound: readonly number[] } = { retracted: 0, unchanged: 0, notFound: [] };
  if (refs.length > 0) {
    // The closure touches nothing outside its transaction: a deadlock runs it again (inTransaction).
    result = await inTransaction(async (tx) => {
      await lockDepartmentIntake(tx, options.departmentId);
      const r = await retractRecords(
        tx,
        options.departmentId,
        refs.map((x) => x.ref),
      );
      // A call that retracted nothing changed nothing: no audit entry (as for a refused POST).
      if (r.retracted + r.unchanged === 0) return r;
      await appendAudit(tx, {
        actorType: options.actor.type,
        actorId: options.actor.id,
        action: 'intake.retract',
        subjectType: 'department',
        subjectId: options.departmentCode,
        details: { retracted: r.retracted, unchanged: r.unchanged, rejected: r.notFound.length, sourceRefs: refs.slice(0, AUDIT_REFS).map((x) => x.ref) },
      });
      return r;
    });
    for (const i of result.notFound) issues.push({ index: refs[i]!.index, field: 'sourceRefs', code: 'notOwnRecord' });
  }
  issues.sort((a, b) => a.index - b.index);
  return {
    accepted: result.retracted + result.unchanged,
    updated: result.retracted,
    unchanged: result.unchanged,
    rejected: translateIssues(issues, options.locale),
  };
}

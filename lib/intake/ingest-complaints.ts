// Intake of the 12345 hotline's complaint figures (API calls and template imports): validate each
// item with the shared schema, then match and merge the valid ones in one transaction with their
// outbox rows and one audit entry. Invalid items, and items whose firm is unknown or uncertain, are
// reported per item and never committed: unlike a record, a month's figures are re-sent by the
// hotline every month, so a refused item is simply sent again once the firm is registered (a queue
// would hold stale counts that a later month's figures already replaced).
import { appendAudit } from '../db/mutations/append-audit';
import { inTransaction } from '../db/mutations/enqueue-entity-changes';
import { mergeComplaintItems, type ComplaintMergeResult } from '../db/mutations/intake-complaints';
import { lockDepartmentIntake } from '../db/mutations/intake-records';
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { complaintItemSchema, stageComplaintItem, type StagedComplaint } from './complaint-schema';
import { translateIssues, type IntakeActor, type TranslatedIssue } from './ingest-records';
import { parseItem, type ItemIssue } from './record-schema';

/** Up to this many sourceRefs are named in an audit entry; the counts are always complete. */
const AUDIT_REFS = 100;

const REFUSAL_CODE: Record<ComplaintMergeResult['refused'][number]['reason'], string> = {
  not_found: 'firmNotFound',
  name_ambiguous: 'firmAmbiguous',
  code_ambiguous: 'firmAmbiguous',
  duplicate_month: 'duplicateMonth',
};

export interface ValidatedComplaints {
  staged: StagedComplaint[];
  issues: ItemIssue[];
}

/** Validates complaint items; a sourceRef twice in the batch is refused. */
export function validateComplaintItems(items: readonly unknown[], today: string, indexOffset = 0): ValidatedComplaints {
  const schema = complaintItemSchema(today);
  const staged: StagedComplaint[] = [];
  const issues: ItemIssue[] = [];
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
    staged.push(stageComplaintItem(item, index));
  });
  return { staged, issues };
}

export interface ComplaintIntakeResult {
  /** Items taken in: created + updated + unchanged. */
  accepted: number;
  /** Firm-months that had no figures before. */
  created: number;
  /** Firm-months whose earlier figures the items replaced. */
  updated: number;
  /** Items identical to what their sourceRef already holds. */
  unchanged: number;
  rejected: TranslatedIssue[];
}

/**
 * One batch of valid complaint items in one transaction: the department's intake lock, match and
 * merge with the outbox rows, one audit entry with the counts and the first sourceRefs.
 */
export async function commitComplaintBatch(options: {
  departmentId: number;
  departmentCode: string;
  actor: IntakeActor;
  today: string;
  staged: readonly StagedComplaint[];
  /** Channel-specific audit details (channel, file, rows, rejected…). */
  details: Record<string, unknown>;
}): Promise<ComplaintMergeResult> {
  return inTransaction(async (tx) => {
    await lockDepartmentIntake(tx, options.departmentId);
    const result = await mergeComplaintItems(tx, { departmentId: options.departmentId, collectedOn: options.today, items: options.staged });
    await appendAudit(tx, {
      actorType: options.actor.type,
      actorId: options.actor.id,
      action: 'intake.complaints',
      subjectType: 'department',
      subjectId: options.departmentCode,
      details: {
        ...options.details,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        refused: result.refused.length,
        sourceRefs: options.staged.slice(0, AUDIT_REFS).map((s) => s.sourceRef),
      },
    });
    return result;
  });
}

/** The merge's refusals as item issues (on the identity field the item gave, or its month). */
export function refusalIssues(refused: ComplaintMergeResult['refused'], staged: readonly StagedComplaint[]): ItemIssue[] {
  const byIndex = new Map(staged.map((s) => [s.index, s]));
  return refused.map((r) => ({
    index: r.index,
    field: r.reason === 'duplicate_month' ? 'month' : (byIndex.get(r.index)?.identityField ?? 'uscc'),
    code: REFUSAL_CODE[r.reason],
  }));
}

/** Takes in a batch of complaint items for a department; returns the per-item outcome. */
export async function ingestComplaints(options: {
  departmentId: number;
  departmentCode: string;
  items: readonly unknown[];
  locale: Locale;
  actor: IntakeActor;
  /** api | import (audit detail). */
  channel: string;
  /** The imported file's name (audit detail). */
  fileName?: string;
}): Promise<ComplaintIntakeResult> {
  const today = ratingDate();
  const batch = validateComplaintItems(options.items, today);
  const issues = [...batch.issues];
  let merge: ComplaintMergeResult = { created: 0, updated: 0, unchanged: 0, refused: [], entityIds: [] };
  if (batch.staged.length > 0) {
    merge = await commitComplaintBatch({
      ...options,
      today,
      staged: batch.staged,
      details: {
        channel: options.channel,
        ...(options.fileName ? { file: options.fileName } : {}),
        items: options.items.length,
        rejected: new Set(batch.issues.map((i) => i.index)).size,
      },
    });
    issues.push(...refusalIssues(merge.refused, batch.staged));
  }
  issues.sort((a, b) => a.index - b.index);
  return {
    accepted: merge.created + merge.updated + merge.unchanged,
    created: merge.created,
    updated: merge.updated,
    unchanged: merge.unchanged,
    rejected: translateIssues(issues, options.locale),
  };
}

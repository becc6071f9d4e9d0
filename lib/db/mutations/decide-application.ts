import 'server-only';
// Staff decisions on objections and repair requests. Each runs in one transaction: the scope check
// (a reviewer acts only on its own department's items), the application's new status and timeline
// event, the record's change, the outbox row (profile, level and search follow) and the audit entry.
import type postgres from 'postgres';
import type { ApplicationKind, ApplicationStatus } from '../../domain/objections';
import { LISTING_KINDS, type RecordStatus, type Severity } from '../../domain/vocabulary';
import { canTransition, isFinalTransition, TRANSITIONS, type DecisionAction } from '../../objections/transitions';
import { canActFor, seesAllDepartments, type ScopedStaff } from '../../staff/scope';
import { ratingDate } from '../../env';
import { getSql } from '../client';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges } from './enqueue-entity-changes';
import { publishCommitment, REPAIR_PROCEDURE_CODE } from './commitments';

export type { DecisionAction };

export interface RecordCorrection {
  title: string;
  content: string | null;
  docNo: string | null;
  decisionDate: string;
  severity: Severity | null;
}

export interface DecideApplicationOptions {
  applicationId: number;
  staff: ScopedStaff & { id: number };
  action: DecisionAction;
  /** The written reply (final decisions) or a note (suspend/resume/reassign). */
  note: string | null;
  correction?: RecordCorrection;
  reassignToDepartmentId?: number;
  /** The decision day (China time; default the rating date): a listing left by repair ends on it, a commitment is published on it. */
  today?: string;
}

export type DecideApplicationResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_allowed' | 'wrong_state' };

export async function decideApplication(options: DecideApplicationOptions): Promise<DecideApplicationResult> {
  const rule = TRANSITIONS[options.action];
  const today = options.today ?? ratingDate();
  return getSql().begin(async (tx) => {
    const [app] = await tx<
      {
        id: number;
        kind: ApplicationKind;
        status: ApplicationStatus;
        departmentId: number | null;
        recordId: number | null;
        entityId: number;
        trackingNo: string;
        commitmentSigned: boolean;
        repairRoutes: string[];
      }[]
    >`
      select id::int as id, kind, status, department_id as "departmentId", record_id::int as "recordId",
             entity_id::int as "entityId", tracking_no as "trackingNo", commitment_signed as "commitmentSigned", repair_routes as "repairRoutes"
      from applications where id = ${options.applicationId} for update`;
    // Another department's item does not exist for a reviewer (same answer as a wrong id).
    if (!app || !canActFor(options.staff, app.departmentId)) return { ok: false, reason: 'not_found' };
    if (rule.adminOnly && !seesAllDepartments(options.staff)) return { ok: false, reason: 'not_allowed' };
    if (!canTransition(options.action, app.kind, app.status)) return { ok: false, reason: 'wrong_state' };

    const final = isFinalTransition(rule);
    if (options.action === 'reassign') {
      const [department] = await tx`select 1 from departments where id = ${options.reassignToDepartmentId ?? 0}`;
      if (!department) return { ok: false, reason: 'wrong_state' };
      await tx`update applications set department_id = ${options.reassignToDepartmentId ?? null} where id = ${app.id}`;
    } else {
      await tx`
        update applications set status = ${rule.to!},
          reply = case when ${final} then ${options.note} else reply end,
          decided_at = case when ${final} then now() else decided_at end
        where id = ${app.id}`;
    }
    await tx`insert into application_events (application_id, event, staff_user_id, note) values (${app.id}, ${rule.event}, ${options.staff.id}, ${options.note})`;

    const granted = app.kind === 'repair' && options.action === 'approve';
    // The reviewer checked the applicant's authority to act for the firm (the approve form asks).
    if (granted) await tx`update applications set authority_verified_by = ${options.staff.id}, authority_verified_at = now() where id = ${app.id}`;
    if (rule.record && app.recordId !== null) {
      // A repaired listing ends (the firm leaves the list, which keeps the entry with its removal);
      // any other repaired record stops being public.
      const left = granted ? await leaveListingByRepair(tx, app.recordId, today) : false;
      if (!left) await changeRecord(tx, app.recordId, app.id, rule.record, options.action === 'correct' ? options.correction : undefined);
      await enqueueEntityChanges(tx, [app.entityId]);
    }
    // The commitment signed in a granted repair request is published as the firm's credit commitment
    // (信用承诺): pending while its term runs, under the credit-repair procedure, by the department
    // that granted it (lib/db/mutations/commitments.ts; it announces the firm's change).
    let commitmentRecordId: number | null = null;
    if (granted && app.commitmentSigned && app.departmentId !== null) {
      commitmentRecordId = await publishCommitment(tx, {
        entityId: app.entityId,
        departmentId: app.departmentId,
        sourceRef: `repair-commitment:${app.trackingNo}`,
        procedureCode: REPAIR_PROCEDURE_CODE,
        signedOn: today,
        collectedOn: today,
        title: '信用修复承诺书',
        content: REPAIR_COMMITMENT_TEXT,
      });
    }
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(options.staff.id),
      action: `${app.kind}.${options.action}`,
      subjectType: 'application',
      subjectId: app.trackingNo,
      details: {
        recordId: app.recordId,
        from: app.status,
        to: rule.to ?? app.status,
        ...(options.correction ? { correction: options.correction } : {}),
        ...(options.reassignToDepartmentId ? { departmentId: options.reassignToDepartmentId } : {}),
        ...(commitmentRecordId !== null ? { commitmentRecordId } : {}),
      },
    });
    return { ok: true };
  }) as Promise<DecideApplicationResult>;
}

/** Removal reason of a listing left through credit repair (data, shown on the lists as written). */
export const REPAIR_REMOVAL_REASON = '信用修复申请经审核同意，移出名单';

/** Ends a current listing on `today` because its repair was granted; false when the record is no listing (or already ended). */
async function leaveListingByRepair(tx: postgres.TransactionSql, recordId: number, today: string): Promise<boolean> {
  const rows = await tx`
    update records set removed_on = greatest(${today}::date, decision_date), removal_reason = ${REPAIR_REMOVAL_REASON},
      status = 'published', version = version + 1, updated_at = now()
    where id = ${recordId} and kind = any(${[...LISTING_KINDS]}::record_kind[]) and (removed_on is null or removed_on > ${today}::date)
    returning id`;
  return rows.length > 0;
}

/** The text of the credit commitment a repair applicant signs (the form shows the same words). */
export const REPAIR_COMMITMENT_TEXT =
  '本主体在信用修复申请中郑重承诺：所提交材料真实有效，失信行为已经纠正；今后严格遵守法律法规，依法诚信经营；如违反承诺，自愿接受相关部门依法依规实施的惩戒。';

async function changeRecord(
  tx: postgres.TransactionSql,
  recordId: number,
  applicationId: number,
  status: RecordStatus | 'restore',
  correction?: RecordCorrection,
) {
  let next: RecordStatus = status === 'restore' ? 'published' : status;
  if (status === 'restore') {
    // Upheld: back to what it was before objections (corrected, if an earlier objection corrected
    // it), unless another objection to the same record is still open.
    const [other] = await tx<{ open: boolean; corrected: boolean }[]>`
      select bool_or(status in ('open','suspended')) as open, bool_or(status = 'corrected') as corrected
      from applications where record_id = ${recordId} and id <> ${applicationId} and kind = 'objection'`;
    if (other?.open) next = 'under_objection';
    else if (other?.corrected) next = 'corrected';
  }
  if (correction) {
    // The published version before the correction is kept, as for a department's own update.
    await tx`
      insert into record_versions (record_id, version, data, change)
      select id, version, to_jsonb(records), 'corrected' from records where id = ${recordId}`;
    await tx`
      update records set status = ${next}, title = ${correction.title}, content = ${correction.content}, doc_no = ${correction.docNo},
        decision_date = ${correction.decisionDate}, severity = case when kind = 'penalty' then coalesce(${correction.severity}::severity, severity) else null end,
        version = version + 1, updated_at = now()
      where id = ${recordId}`;
  } else {
    await tx`update records set status = ${next}, updated_at = now() where id = ${recordId}`;
  }
}

/** Audits a staff member's download of an evidence file (who read which applicant's evidence). */
export async function auditEvidenceDownload(staffId: number, fileId: number, trackingNo: string): Promise<void> {
  await getSql().begin((tx) =>
    appendAudit(tx, {
      actorType: 'staff',
      actorId: String(staffId),
      action: 'evidence.download',
      subjectType: 'application',
      subjectId: trackingNo,
      details: { fileId },
    }),
  );
}

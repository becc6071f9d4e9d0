import 'server-only';
// Staff decisions on objections and repair requests. Each runs in one transaction: the scope check
// (a reviewer acts only on its own department's items), the application's new status and timeline
// event, the record's change, the outbox row (profile, level and search follow) and the audit entry.
import type postgres from 'postgres';
import type { ApplicationKind, ApplicationStatus } from '../../domain/objections';
import type { RecordStatus, Severity } from '../../domain/vocabulary';
import { canTransition, isFinalTransition, TRANSITIONS, type DecisionAction } from '../../objections/transitions';
import { canActFor, seesAllDepartments, type ScopedStaff } from '../../staff/scope';
import { getSql } from '../client';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges } from './enqueue-entity-changes';

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
}

export type DecideApplicationResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_allowed' | 'wrong_state' };

export async function decideApplication(options: DecideApplicationOptions): Promise<DecideApplicationResult> {
  const rule = TRANSITIONS[options.action];
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
      }[]
    >`
      select id::int as id, kind, status, department_id as "departmentId", record_id::int as "recordId",
             entity_id::int as "entityId", tracking_no as "trackingNo"
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

    if (rule.record && app.recordId !== null) {
      await changeRecord(tx, app.recordId, app.id, rule.record, options.action === 'correct' ? options.correction : undefined);
      await enqueueEntityChanges(tx, [app.entityId]);
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
      },
    });
    return { ok: true };
  }) as Promise<DecideApplicationResult>;
}

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

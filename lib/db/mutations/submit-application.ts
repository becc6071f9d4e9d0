import 'server-only';
// Records an objection or a repair request, its evidence rows and its first timeline event; an
// objection to a record marks that record "under objection" (outbox + audit in the same transaction).
import type postgres from 'postgres';
import type { ApplicantStatement, ApplicationKind, ObjectionReason } from '../../domain/objections';
import { repairRefusalOn, type RepairApplicantRole, type RepairRoute } from '../../domain/repair';
import type { RecordKind, Severity } from '../../domain/vocabulary';
import { getSql } from '../client';
import { appendAudit } from './append-audit';
import { enqueueEntityChanges } from './enqueue-entity-changes';

export interface SubmitApplicationOptions extends ApplicantStatement {
  kind: ApplicationKind;
  trackingNo: string;
  accessCodeHash: string;
  idempotencyKey: string;
  entityId: number;
  recordId: number | null;
  reason: ObjectionReason | null;
  submittedOn: string;
  deadline: string;
  /** Repair: the routes chosen and the applicant's role for the firm. */
  repairRoutes: readonly RepairRoute[];
  actingRole: RepairApplicantRole | null;
  files: readonly { storedName: string; originalName: string; mimeType: string; sizeBytes: number; sha256: string; purpose: 'evidence' | 'authorisation' }[];
}

export type SubmitApplicationResult =
  | { outcome: 'created'; trackingNo: string; deadline: string }
  /** The form was submitted before: its receipt, and the access code's hash to tell a true repeat from a replay. */
  | { outcome: 'duplicate'; trackingNo: string; deadline: string; accessCodeHash: string }
  | { outcome: 'record_not_found' }
  | { outcome: 'not_eligible'; eligibleFrom: string | null }
  | { outcome: 'repair_pending' };

export async function submitApplication(options: SubmitApplicationOptions): Promise<SubmitApplicationResult> {
  return getSql().begin(async (tx) => {
    const [existing] = await tx<{ trackingNo: string; deadline: string; accessCodeHash: string }[]>`
      select tracking_no as "trackingNo", deadline, access_code_hash as "accessCodeHash" from applications where idempotency_key = ${options.idempotencyKey}`;
    if (existing) return { outcome: 'duplicate', ...existing };

    let departmentId: number | null = null;
    if (options.recordId !== null) {
      const [record] = await tx<
        {
          departmentId: number;
          status: string;
          kind: RecordKind;
          severity: Severity | null;
          publicityStart: string | null;
          decisionDate: string;
          removedOn: string | null;
        }[]
      >`
        select department_id as "departmentId", status, kind, severity, publicity_start as "publicityStart", decision_date as "decisionDate",
               removed_on as "removedOn"
        from records where id = ${options.recordId} and entity_id = ${options.entityId}
          and status in ('published', 'under_objection', 'corrected')
        for update`;
      if (!record) return { outcome: 'record_not_found' };
      departmentId = record.departmentId;
      if (options.kind === 'repair') {
        const refusal = repairRefusalOn(record, options.submittedOn);
        if (refusal) return { outcome: 'not_eligible', eligibleFrom: refusal.code === 'notYetEligible' ? refusal.date : null };
        const [pending] = await tx`select 1 from applications where record_id = ${options.recordId} and kind = 'repair' and status in ('open', 'suspended')`;
        if (pending) return { outcome: 'repair_pending' };
      }
    } else {
      const [entity] = await tx<
        { departmentId: number | null }[]
      >`select registrar_department_id as "departmentId" from entities where id = ${options.entityId}`;
      departmentId = entity?.departmentId ?? null;
    }

    const [row] = await tx<{ id: number }[]>`
      insert into applications (kind, tracking_no, access_code_hash, idempotency_key, entity_id, record_id, department_id,
        reason, description, applicant_type, applicant_name, applicant_uscc, contact_phone, contact_email,
        commitment_signed, repair_routes, acting_role, submitted_on, deadline)
      values (${options.kind}, ${options.trackingNo}, ${options.accessCodeHash}, ${options.idempotencyKey}, ${options.entityId},
        ${options.recordId}, ${departmentId}, ${options.reason}, ${options.description}, ${options.applicantType},
        ${options.applicantName}, ${options.applicantUscc}, ${options.contactPhone}, ${options.contactEmail},
        ${options.commitmentSigned}, ${[...options.repairRoutes]}::text[], ${options.actingRole}, ${options.submittedOn}, ${options.deadline})
      on conflict (idempotency_key) do nothing
      returning id::int as id`;
    if (!row) {
      // A concurrent submission of the same form (double click) committed first: answer with it.
      const [first] = await tx<{ trackingNo: string; deadline: string; accessCodeHash: string }[]>`
        select tracking_no as "trackingNo", deadline, access_code_hash as "accessCodeHash" from applications where idempotency_key = ${options.idempotencyKey}`;
      return { outcome: 'duplicate', ...first! };
    }
    const applicationId = row.id;
    await tx`insert into application_events (application_id, event) values (${applicationId}, 'submitted')`;
    for (const f of options.files) {
      await tx`
        insert into application_files (application_id, stored_name, original_name, mime_type, size_bytes, sha256, purpose)
        values (${applicationId}, ${f.storedName}, ${f.originalName}, ${f.mimeType}, ${f.sizeBytes}, ${f.sha256}, ${f.purpose})`;
    }
    if (options.kind === 'objection' && options.recordId !== null) await markUnderObjection(tx, options.recordId, options.entityId);
    await appendAudit(tx, {
      actorType: 'public',
      actorId: options.trackingNo,
      action: `${options.kind}.submit`,
      subjectType: options.recordId !== null ? 'record' : 'entity',
      subjectId: String(options.recordId ?? options.entityId),
      details: { applicationId, reason: options.reason, files: options.files.length },
    });
    return { outcome: 'created', trackingNo: options.trackingNo, deadline: options.deadline };
  }) as Promise<SubmitApplicationResult>;
}

async function markUnderObjection(tx: postgres.TransactionSql, recordId: number, entityId: number): Promise<void> {
  const changed = await tx`
    update records set status = 'under_objection', updated_at = now()
    where id = ${recordId} and status in ('published', 'corrected') returning id`;
  if (changed.length > 0) await enqueueEntityChanges(tx, [entityId]);
}

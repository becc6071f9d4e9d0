import 'server-only';
// Reads of objections and repair requests. The public status view never selects applicant data;
// the back-office reads do, always scoped to the reviewer's department in the WHERE clause.
import type { ApplicantStatement, ApplicationEvent, ApplicationKind, ApplicationStatus, ObjectionReason } from '../../domain/objections';
import type { RecordKind, RecordStatus, Severity } from '../../domain/vocabulary';
import type { RepairApplicantRole, RepairRoute } from '../../domain/repair';
import { getSql } from '../client';

export interface ApplicationTarget {
  entityId: number;
  uscc: string;
  entityName: string;
  record: {
    id: number;
    kind: RecordKind;
    title: string;
    docNo: string | null;
    decisionDate: string;
    publicityStart: string | null;
    severity: Severity | null;
    status: RecordStatus;
    departmentName: string;
    /** Listings: the day the firm left the list, if it has. */
    removedOn: string | null;
  } | null;
}

/** The entity (and, if given, its public record) an objection or repair request is about. */
export async function getApplicationTarget(uscc: string, recordId: number | null): Promise<ApplicationTarget | undefined> {
  const sql = getSql();
  const [entity] = await sql<{ entityId: number; uscc: string; entityName: string }[]>`
    select id::int as "entityId", uscc, name as "entityName" from entities where uscc = ${uscc}`;
  if (!entity) return undefined;
  if (recordId === null) return { ...entity, record: null };
  const [record] = await sql<NonNullable<ApplicationTarget['record']>[]>`
    select r.id::int as id, r.kind, r.title, r.doc_no as "docNo", r.decision_date as "decisionDate",
           r.publicity_start as "publicityStart", r.severity, r.status, d.name_zh_cn as "departmentName", r.removed_on as "removedOn"
    from records r join departments d on d.id = r.department_id
    where r.id = ${recordId} and r.entity_id = ${entity.entityId} and r.status in ('published','under_objection','corrected')`;
  return record ? { ...entity, record } : undefined;
}

export interface PublicApplicationView {
  kind: ApplicationKind;
  trackingNo: string;
  accessCodeHash: string;
  status: ApplicationStatus;
  submittedOn: string;
  deadline: string;
  reply: string | null;
  uscc: string;
  entityName: string;
  recordTitle: string | null;
  events: { event: ApplicationEvent; at: string; note: string | null }[];
}

/** What the applicant sees after giving the access code: no contact data, no staff names. */
export async function getPublicApplicationView(trackingNo: string): Promise<PublicApplicationView | undefined> {
  const sql = getSql();
  const [app] = await sql<(Omit<PublicApplicationView, 'events'> & { id: number })[]>`
    select a.id::int as id, a.kind, a.tracking_no as "trackingNo", a.access_code_hash as "accessCodeHash", a.status,
           a.submitted_on as "submittedOn", a.deadline, a.reply, e.uscc, e.name as "entityName", r.title as "recordTitle"
    from applications a join entities e on e.id = a.entity_id left join records r on r.id = a.record_id
    where a.tracking_no = ${trackingNo}`;
  if (!app) return undefined;
  const events = await sql<PublicApplicationView['events']>`
    select event, to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as at, note
    from application_events where application_id = ${app.id} order by at, id`;
  const { id: _id, ...view } = app;
  return { ...view, events };
}

export interface QueueFilter {
  kind: ApplicationKind;
  /** null = every department (admins). */
  departmentId: number | null;
  status?: ApplicationStatus | 'active';
  overdueBefore?: string;
  page: number;
  pageSize: number;
}

export interface QueueItem {
  id: number;
  trackingNo: string;
  status: ApplicationStatus;
  submittedOn: string;
  deadline: string;
  entityName: string;
  uscc: string;
  recordTitle: string | null;
  reason: ObjectionReason | null;
  departmentName: string | null;
}

/** A page of a back-office queue, most urgent first (bounded: pageSize ≤ 100). */
export async function listApplicationQueue(filter: QueueFilter): Promise<{ items: QueueItem[]; total: number }> {
  const sql = getSql();
  const limit = Math.min(100, filter.pageSize);
  const offset = Math.max(0, filter.page - 1) * limit;
  const where = sql`
    a.kind = ${filter.kind}
    ${filter.departmentId !== null ? sql`and a.department_id = ${filter.departmentId}` : sql``}
    ${filter.status === 'active' ? sql`and a.status in ('open','suspended')` : filter.status ? sql`and a.status = ${filter.status}` : sql``}
    ${filter.overdueBefore ? sql`and a.status in ('open','suspended') and a.deadline < ${filter.overdueBefore}` : sql``}`;
  const items = await sql<QueueItem[]>`
    select a.id::int as id, a.tracking_no as "trackingNo", a.status, a.submitted_on as "submittedOn", a.deadline,
           e.name as "entityName", e.uscc, r.title as "recordTitle", a.reason, d.name_zh_cn as "departmentName"
    from applications a
    join entities e on e.id = a.entity_id
    left join records r on r.id = a.record_id
    left join departments d on d.id = a.department_id
    where ${where}
    order by (a.status in ('open','suspended')) desc, a.deadline, a.id
    limit ${limit} offset ${offset}`;
  const [count] = await sql<{ n: number }[]>`select count(*)::int as n from applications a where ${where}`;
  return { items, total: count?.n ?? 0 };
}

export interface StaffApplicationDetail extends QueueItem, ApplicantStatement {
  kind: ApplicationKind;
  departmentId: number | null;
  reply: string | null;
  record: {
    id: number;
    kind: RecordKind;
    title: string;
    content: string | null;
    docNo: string | null;
    decisionDate: string;
    severity: Severity | null;
    status: RecordStatus;
  } | null;
  events: { event: ApplicationEvent; at: string; note: string | null; staffName: string | null }[];
  files: { id: number; originalName: string; mimeType: string; sizeBytes: number; purpose: 'evidence' | 'authorisation' }[];
  /** Repair: the routes chosen, the applicant's role for the firm, and who checked that role (when approved). */
  repairRoutes: RepairRoute[];
  actingRole: RepairApplicantRole | null;
  authorityVerifiedBy: string | null;
}

/** One application for a staff member: undefined when absent or another department's. */
export async function getApplicationForStaff(id: number, kind: ApplicationKind, departmentId: number | null): Promise<StaffApplicationDetail | undefined> {
  const sql = getSql();
  const [app] = await sql<(Omit<StaffApplicationDetail, 'record' | 'events' | 'files'> & { recordId: number | null })[]>`
    select a.id::int as id, a.kind, a.tracking_no as "trackingNo", a.status, a.submitted_on as "submittedOn", a.deadline,
           e.name as "entityName", e.uscc, r.title as "recordTitle", a.reason, d.name_zh_cn as "departmentName",
           a.department_id as "departmentId", a.description, a.applicant_type as "applicantType", a.applicant_name as "applicantName",
           a.applicant_uscc as "applicantUscc", a.contact_phone as "contactPhone", a.contact_email as "contactEmail",
           a.commitment_signed as "commitmentSigned", a.reply, a.record_id::int as "recordId",
           a.repair_routes as "repairRoutes", a.acting_role as "actingRole", v.display_name as "authorityVerifiedBy"
    from applications a
    join entities e on e.id = a.entity_id
    left join records r on r.id = a.record_id
    left join departments d on d.id = a.department_id
    left join staff_users v on v.id = a.authority_verified_by
    where a.id = ${id} and a.kind = ${kind} ${departmentId !== null ? sql`and a.department_id = ${departmentId}` : sql``}`;
  if (!app) return undefined;
  const [record] =
    app.recordId !== null
      ? await sql<NonNullable<StaffApplicationDetail['record']>[]>`
        select id::int as id, kind, title, content, doc_no as "docNo", decision_date as "decisionDate", severity, status
        from records where id = ${app.recordId}`
      : [];
  const events = await sql<StaffApplicationDetail['events']>`
    select ev.event, to_char(ev.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as at, ev.note, u.display_name as "staffName"
    from application_events ev left join staff_users u on u.id = ev.staff_user_id
    where ev.application_id = ${id} order by ev.at, ev.id`;
  const files = await sql<StaffApplicationDetail['files']>`
    select id::int as id, original_name as "originalName", mime_type as "mimeType", size_bytes as "sizeBytes", purpose
    from application_files where application_id = ${id} order by id`;
  const { recordId: _r, ...rest } = app;
  return { ...rest, record: record ?? null, events, files };
}

/** An evidence file, only if the staff member may see its application. */
export async function getEvidenceFileForStaff(fileId: number, departmentId: number | null) {
  const sql = getSql();
  const [file] = await sql<{ storedName: string; originalName: string; mimeType: string; trackingNo: string }[]>`
    select f.stored_name as "storedName", f.original_name as "originalName", f.mime_type as "mimeType", a.tracking_no as "trackingNo"
    from application_files f join applications a on a.id = f.application_id
    where f.id = ${fileId} ${departmentId !== null ? sql`and a.department_id = ${departmentId}` : sql``}`;
  return file;
}

/** Departments for the admin's reassign list. */
export async function listDepartmentsForAdmin(): Promise<{ id: number; name: string }[]> {
  return getSql()<{ id: number; name: string }[]>`select id, name_zh_cn as name from departments order by name_zh_cn`;
}

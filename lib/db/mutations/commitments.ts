// Mutations of credit commitments (信用承诺): the templates staff maintain, and publishing the
// commitment a firm signed in a granted repair application (issue 17 part 7). Each runs inside the
// caller's transaction or its own, with its outbox row and, for staff changes, its audit entry.
// No 'server-only': test factories use publishCommitment.
import type postgres from 'postgres';
import type { AuditActorType } from '../../audit/chain';
import type { CommitmentStatus } from '../../domain/commitments';
import { appendAudit } from './append-audit';
import { enqueuePageExpiry } from './pages-outbox';
import { enqueueEntityChanges, inTransaction } from './enqueue-entity-changes';

type Tx = postgres.TransactionSql;

/** The procedure of the commitment signed in a credit repair application (seeded template). */
export const REPAIR_PROCEDURE_CODE = 'credit-repair';

/** A template's fields as staff enter them. */
export interface CommitmentTemplateInput {
  procedureCode: string;
  titleZhCn: string;
  titleZhTw: string;
  titleEn: string;
  textZhCn: string;
  textZhTw: string;
  textEn: string;
  legalBasis: string | null;
  departmentId: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Who made the change, and the cache tags of the pages it touches (the service names them). */
export interface CommitmentActor {
  type: AuditActorType;
  id: string;
  pageTags: readonly string[];
}

/** Announces a template change: the commitments pages expire (outbox topic pages.expire) and the audit entry. */
async function announceTemplateChange(tx: Tx, id: number, actor: CommitmentActor, action: string, details: Record<string, unknown>): Promise<void> {
  await enqueuePageExpiry(tx, actor.pageTags);
  await appendAudit(tx, { actorType: actor.type, actorId: actor.id, action, subjectType: 'commitment_template', subjectId: String(id), details });
}

function columns(input: CommitmentTemplateInput) {
  return {
    procedure_code: input.procedureCode,
    title_zh_cn: input.titleZhCn,
    title_zh_tw: input.titleZhTw,
    title_en: input.titleEn,
    text_zh_cn: input.textZhCn,
    text_zh_tw: input.textZhTw,
    text_en: input.textEn,
    legal_basis: input.legalBasis,
    department_id: input.departmentId,
    effective_from: input.effectiveFrom,
    effective_to: input.effectiveTo,
  };
}

/** Inserts a template; null when its procedure code is taken. */
export async function insertCommitmentTemplate(input: CommitmentTemplateInput, actor: CommitmentActor): Promise<number | null> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into commitment_templates ${tx(columns(input))} on conflict (procedure_code) do nothing returning id`;
    if (!row) return null;
    await announceTemplateChange(tx, row.id, actor, 'commitment_template.create', { procedureCode: input.procedureCode, title: input.titleZhCn });
    return row.id;
  });
}

/** Replaces a template's fields (a new version); 'not_found', 'taken' (another template has the code) or 'ok'. */
export async function updateCommitmentTemplate(id: number, input: CommitmentTemplateInput, actor: CommitmentActor): Promise<'ok' | 'not_found' | 'taken'> {
  return inTransaction(async (tx) => {
    const [current] = await tx<{ procedureCode: string; version: number }[]>`
      select procedure_code as "procedureCode", version from commitment_templates where id = ${id} for update`;
    if (!current) return 'not_found';
    const [other] = await tx`select 1 from commitment_templates where procedure_code = ${input.procedureCode} and id <> ${id}`;
    if (other) return 'taken';
    await tx`update commitment_templates set ${tx(columns(input))}, version = version + 1, updated_at = now() where id = ${id}`;
    await announceTemplateChange(tx, id, actor, 'commitment_template.update', {
      procedureCode: input.procedureCode,
      previousProcedureCode: current.procedureCode === input.procedureCode ? undefined : current.procedureCode,
      version: current.version + 1,
      effectiveTo: input.effectiveTo,
    });
    return 'ok';
  });
}

export interface PublishCommitmentOptions {
  entityId: number;
  /** The providing department (for a repair: the department that granted it). */
  departmentId: number;
  /** The department's own reference, unique per department: publishing twice publishes once. */
  sourceRef: string;
  procedureCode: string;
  signedOn: string;
  collectedOn: string;
  /** Defaults to the template's title and text (zh-CN) when absent. */
  title?: string;
  content?: string | null;
  docNo?: string | null;
  status?: CommitmentStatus;
}

/**
 * Publishes a commitment a firm signed as a `credit_commitment` record (shown under 良好信息 and in
 * /{locale}/commitments), inside the caller's transaction, and announces the firm's change.
 * Idempotent by (department, sourceRef). Returns the record id (the existing one on a repeat).
 */
export async function publishCommitment(tx: Tx, o: PublishCommitmentOptions): Promise<number> {
  const [row] = await tx<{ id: number }[]>`
    insert into records (entity_id, department_id, source_ref, category, kind, title, doc_no, decision_date, produced_on, collected_on,
                         content, status, procedure_code, commitment_status)
    select ${o.entityId}, ${o.departmentId}, ${o.sourceRef}, 'good', 'credit_commitment',
           coalesce(${o.title ?? null}::text, t.title_zh_cn, '信用承诺书'), ${o.docNo ?? null}, ${o.signedOn}, ${o.signedOn}, ${o.collectedOn},
           coalesce(${o.content ?? null}::text, t.text_zh_cn), 'published', ${o.procedureCode}, ${o.status ?? 'pending'}
    from (select 1) one left join commitment_templates t on t.procedure_code = ${o.procedureCode}
    on conflict (department_id, source_ref) do nothing
    returning id::float8 as id`;
  if (row) {
    await enqueueEntityChanges(tx, [o.entityId]);
    return row.id;
  }
  const [existing] = await tx<{ id: number }[]>`
    select id::float8 as id from records where department_id = ${o.departmentId} and source_ref = ${o.sourceRef}`;
  return existing!.id;
}

import 'server-only';
// Staff changes to the measures catalogue (激励/惩戒). Each commits the change, its audit entry and
// an outbox row (pages.expire, with the tags the service names) in one transaction. Validation and
// the choice of tags happen before (lib/measures/save-measure.ts).
import type postgres from 'postgres';
import type { MeasureInput } from '../../measures/measure-schema';
import { appendAudit } from './append-audit';
import { inTransaction } from './enqueue-entity-changes';
import { enqueuePageExpiry } from './pages-outbox';

/** Who made the change, and the cache tags of the pages it touches (the service names them). */
export interface MeasureActor {
  type: 'staff';
  id: string;
  expireTags: readonly string[];
}

function columns(input: MeasureInput, departmentId: number | null) {
  return {
    kind: input.kind,
    title_zh_cn: input.titleZhCn,
    title_zh_tw: input.titleZhTw,
    title_en: input.titleEn,
    description_zh_cn: input.descriptionZhCn,
    description_zh_tw: input.descriptionZhTw,
    description_en: input.descriptionEn,
    legal_basis_zh: input.legalBasisZh,
    legal_basis_en: input.legalBasisEn,
    department_id: departmentId,
    effective_from: input.effectiveFrom,
    effective_to: input.effectiveTo,
    excludes_support: input.excludesSupport,
  };
}

async function announce(tx: postgres.TransactionSql, id: number, actor: MeasureActor, action: string, details: Record<string, unknown>): Promise<void> {
  await enqueuePageExpiry(tx, actor.expireTags);
  await appendAudit(tx, { actorType: actor.type, actorId: actor.id, action, subjectType: 'measure', subjectId: String(id), details });
}

const arrays = (tx: postgres.TransactionSql, input: MeasureInput) =>
  tx`levels = ${input.levels}::credit_level[], list_kinds = ${input.listKinds}::record_kind[]`;

/** Inserts a measure; its id, or null when the code is taken. */
export async function insertMeasure(input: MeasureInput, departmentId: number | null, actor: MeasureActor): Promise<number | null> {
  return inTransaction(async (tx) => {
    const c = columns(input, departmentId);
    const [row] = await tx<{ id: number }[]>`
      insert into credit_measures (code, kind, levels, list_kinds, title_zh_cn, title_zh_tw, title_en, description_zh_cn, description_zh_tw,
        description_en, legal_basis_zh, legal_basis_en, department_id, effective_from, effective_to, excludes_support)
      values (${input.code}, ${c.kind}, ${input.levels}::credit_level[], ${input.listKinds}::record_kind[], ${c.title_zh_cn}, ${c.title_zh_tw},
        ${c.title_en}, ${c.description_zh_cn}, ${c.description_zh_tw}, ${c.description_en}, ${c.legal_basis_zh}, ${c.legal_basis_en},
        ${c.department_id}, ${c.effective_from}, ${c.effective_to}, ${c.excludes_support})
      on conflict (code) do nothing
      returning id`;
    if (!row) return null;
    await announce(tx, row.id, actor, 'measure.create', {
      code: input.code,
      kind: input.kind,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
    });
    return row.id;
  });
}

/** Replaces a measure's fields (its code stays) as a new version; false when there is no such measure. */
export async function updateMeasure(id: number, input: MeasureInput, departmentId: number | null, actor: MeasureActor): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ version: number; code: string }[]>`
      update credit_measures set ${tx(columns(input, departmentId))}, ${arrays(tx, input)}, version = version + 1, updated_at = now()
      where id = ${id}
      returning version, code`;
    if (!row) return false;
    await announce(tx, id, actor, 'measure.update', {
      code: row.code,
      version: row.version,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo,
    });
    return true;
  });
}

/** Ends a measure: its last day in force becomes `lastDay`; false when there is no such measure or it started after that day. */
export async function endMeasureRow(id: number, lastDay: string, reason: string, actor: MeasureActor): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ version: number; code: string }[]>`
      update credit_measures set effective_to = ${lastDay}, version = version + 1, updated_at = now()
      where id = ${id} and effective_from <= ${lastDay}
      returning version, code`;
    if (!row) return false;
    await announce(tx, id, actor, 'measure.end', { code: row.code, version: row.version, effectiveTo: lastDay, reason });
    return true;
  });
}

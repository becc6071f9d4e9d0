import 'server-only';
// Staff maintain the commitment templates (/admin/commitments): the staff checks (signed in,
// anti-forgery token, the form's schema), then the scope (a reviewer only its own department's
// templates; an admin all), then one audited transaction (lib/db/mutations/commitments.ts).
import { tags } from '../cache/tags';
import { insertCommitmentTemplate, updateCommitmentTemplate } from '../db/mutations/commitments';
import { getCommitmentTemplate } from '../db/queries/commitments';
import { findDepartmentId } from '../db/queries/policies';
import type { ActionResult } from '../forms/action-result';
import { staffAction } from '../forms/staff-action';
import { canActFor } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { commitmentTemplateSchema, type CommitmentTemplateForm } from './template-schema';

/** Creates (no templateId) or updates a template for `user`; the id on success. */
export async function saveCommitmentTemplate(user: StaffUser, input: CommitmentTemplateForm): Promise<ActionResult<{ id: number }>> {
  const departmentId = await findDepartmentId(input.department);
  if (departmentId === undefined) return { ok: false, errors: [{ field: 'department', code: 'unknownDepartment' }] };
  if (!canActFor(user, departmentId)) return { ok: false, errors: [{ field: 'department', code: 'otherDepartment' }] };
  if (input.templateId !== undefined) {
    const current = await getCommitmentTemplate(input.templateId);
    // Another department's template does not exist for a reviewer (same answer as a wrong id).
    if (!current || !canActFor(user, (await findDepartmentId(current.department.code)) ?? null))
      return { ok: false, errors: [{ field: 'form', code: 'notFound' }] };
  }
  const fields = {
    procedureCode: input.procedureCode,
    titleZhCn: input.titleZhCn,
    titleZhTw: input.titleZhTw,
    titleEn: input.titleEn,
    textZhCn: input.textZhCn,
    textZhTw: input.textZhTw,
    textEn: input.textEn,
    legalBasis: input.legalBasis,
    departmentId,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo,
  };
  const actor = { type: 'staff' as const, id: String(user.id), pageTags: [tags.commitments] };
  if (input.templateId === undefined) {
    const id = await insertCommitmentTemplate(fields, actor);
    return id === null ? { ok: false, errors: [{ field: 'procedureCode', code: 'procedureTaken' }] } : { ok: true, id };
  }
  const outcome = await updateCommitmentTemplate(input.templateId, fields, actor);
  if (outcome === 'not_found') return { ok: false, errors: [{ field: 'form', code: 'notFound' }] };
  if (outcome === 'taken') return { ok: false, errors: [{ field: 'procedureCode', code: 'procedureTaken' }] };
  return { ok: true, id: input.templateId };
}

/** The create and edit form (works without JavaScript). */
export const receiveCommitmentTemplateForm = staffAction(commitmentTemplateSchema, (input, { user }) => saveCommitmentTemplate(user, input));

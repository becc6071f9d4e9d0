import 'server-only';
// Staff changes to the measures catalogue: parse with the one schema, check the department (a
// reviewer maintains its own department's measures; measures every department implements, and
// any department's, are an admin's), then call the mutation, which writes the audit entry and
// the page expiry in the same transaction.
import { tags } from '../cache/tags';
import { findDepartmentId } from '../db/queries/policies';
import { getCreditMeasure, listCreditMeasures, type MeasureRow } from '../db/queries/measures';
import { endMeasureRow, insertMeasure, updateMeasure } from '../db/mutations/measures';
import { isIsoDate } from '../credit';
import { formFailure, type ActionResult } from '../forms/action-result';
import { canActFor, type ScopedStaff } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { parseMeasureInput } from './measure-schema';

/**
 * The pages a catalogue change touches: the catalogue's page and API, the "what this level means"
 * part of profiles (tags.measures) and the eligibility guide (tags.policies: a measure may take
 * support away).
 */
const EXPIRES = [tags.measures, tags.policies];

/** Whether a staff member may maintain a measure of this department (null: every department's). */
export async function mayManageMeasure(user: ScopedStaff, departmentCode: string | null): Promise<boolean> {
  if (departmentCode === null) return canActFor(user, null);
  const id = await findDepartmentId(departmentCode);
  return id !== undefined && canActFor(user, id);
}

/** Creates (no id) or updates a measure from raw input; its id, or the issues per field (MeasureErrors.*). */
export async function saveMeasure(user: StaffUser, raw: unknown, id?: number): Promise<ActionResult<{ id: number }>> {
  const current = id === undefined ? undefined : await getCreditMeasure(id);
  if (id !== undefined && !current) return formFailure('notFound');
  // The code is fixed once created: an edit keeps the stored one whatever the form says.
  const parsed = parseMeasureInput(current ? { ...(raw as object), code: current.code } : raw);
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  const measure = parsed.measure;
  let departmentId: number | null = null;
  if (measure.department !== null) {
    const found = await findDepartmentId(measure.department);
    if (found === undefined) return { ok: false, errors: [{ field: 'department', code: 'unknownDepartment' }] };
    departmentId = found;
  }
  if (!canActFor(user, departmentId)) return { ok: false, errors: [{ field: 'department', code: 'notOwnDepartment' }] };
  if (current && !(await mayManageMeasure(user, current.department?.code ?? null)))
    return { ok: false, errors: [{ field: 'department', code: 'notOwnDepartment' }] };
  const actor = { type: 'staff' as const, id: String(user.id), expireTags: EXPIRES };
  if (!current) {
    const newId = await insertMeasure(measure, departmentId, actor);
    return newId === null ? { ok: false, errors: [{ field: 'code', code: 'codeTaken' }] } : { ok: true, id: newId };
  }
  return (await updateMeasure(current.id, measure, departmentId, actor)) ? { ok: true, id: current.id } : formFailure('notFound');
}

/**
 * Ends a measure on `lastDayRaw` (its last day in force) with a reason for the audit log. Form-level
 * `notFound`, `notOwnDepartment`, `reasonRequired`, `invalidDate` or `endBeforeStart` otherwise.
 */
export async function endMeasure(user: StaffUser, id: number, lastDayRaw: unknown, reasonRaw: unknown): Promise<ActionResult> {
  const reason = typeof reasonRaw === 'string' ? reasonRaw.trim().slice(0, 500) : '';
  const lastDay = typeof lastDayRaw === 'string' ? lastDayRaw.trim() : '';
  const current = await getCreditMeasure(id);
  if (!current) return formFailure('notFound');
  if (!(await mayManageMeasure(user, current.department?.code ?? null))) return formFailure('notOwnDepartment');
  if (!isIsoDate(lastDay)) return formFailure('invalidDate');
  if (lastDay < current.effectiveFrom) return formFailure('endBeforeStart');
  if (!reason) return formFailure('reasonRequired');
  return (await endMeasureRow(id, lastDay, reason, { type: 'staff', id: String(user.id), expireTags: EXPIRES })) ? { ok: true } : formFailure('notFound');
}

/** The whole catalogue for the back office (a few dozen rows). */
export function listMeasuresForStaff(): Promise<MeasureRow[]> {
  return listCreditMeasures();
}

/** A measure, and whether this staff member may maintain it; undefined when there is none. */
export async function getMeasureForStaff(user: ScopedStaff, id: number): Promise<{ measure: MeasureRow; mayManage: boolean } | undefined> {
  const measure = await getCreditMeasure(id);
  if (!measure) return undefined;
  return { measure, mayManage: await mayManageMeasure(user, measure.department?.code ?? null) };
}

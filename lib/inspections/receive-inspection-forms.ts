import 'server-only';
// The staff forms of the inspections area behind the staff checks (lib/forms/staff-action.ts):
// create a plan, run its draw, enter a result. A reviewer acts for its own department only; an
// admin for any (a plan it creates belongs to the department of its items).
import { z } from 'zod';
import { formFailure, issuesFromZod, type ActionResult } from '../forms/action-result';
import { staffAction } from '../forms/staff-action';
import { ratingDate } from '../env';
import { drawInspectionPlan, insertInspectionPlan, recordInspectionResult } from '../db/mutations/inspections';
import { getItemDepartment, itemsBelongTo, listInspectionItems } from '../db/queries/inspections';
import { departmentScope } from '../staff/scope';
import { inspectionPlanSchema, inspectionResultSchema } from './inspection-schema';

/** A plan id as the forms post it; anything else is a plan that does not exist. */
export const planIdSchema = z
  .string({ error: 'notFound' })
  .regex(/^[1-9]\d{0,8}$/, 'notFound')
  .transform(Number);

const PLAN_FIELDS = ['title', 'itemIds', 'districts', 'industries', 'entityTypes', 'sampleMode', 'sampleValue', 'periodStart', 'periodEnd'] as const;

/** The create-plan form: fields checked, then the items must all be one department's (the staff member's own for a reviewer). */
export const receivePlanForm = staffAction(z.object({}).passthrough(), async (fields, { user }): Promise<ActionResult<{ id: number }>> => {
  const parsed = inspectionPlanSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error, { order: PLAN_FIELDS }) };
  const scope = departmentScope(user);
  const items = await listInspectionItems(scope);
  const first = items.find((i) => i.id === parsed.data.itemIds[0]);
  if (!first) return { ok: false, errors: [{ field: 'itemIds', code: 'notOwnItems' }] };
  const departmentId = scope ?? (await getItemDepartment(first.id));
  if (departmentId === null || !(await itemsBelongTo(parsed.data.itemIds, departmentId)))
    return { ok: false, errors: [{ field: 'itemIds', code: 'notOwnItems' }] };
  const id = await insertInspectionPlan(parsed.data, departmentId, { type: 'staff', id: String(user.id) });
  return { ok: true, id };
});

/** The draw form: runs a draft plan's draw. */
export const receiveDraw = staffAction(z.object({ planId: planIdSchema }), async ({ planId }, { user }): Promise<ActionResult> => {
  const outcome = await drawInspectionPlan(planId, departmentScope(user), { type: 'staff', id: String(user.id) }, ratingDate());
  return typeof outcome === 'string' ? formFailure(outcome) : { ok: true };
});

/** The result form of one firm on a plan. */
export const receiveResult = staffAction(z.object({}).passthrough(), async (fields, { user }): Promise<ActionResult> => {
  const today = ratingDate();
  const parsed = inspectionResultSchema(today).safeParse(fields);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error) };
  const outcome = await recordInspectionResult(parsed.data, departmentScope(user), { type: 'staff', id: String(user.id) }, today);
  return typeof outcome === 'string' ? formFailure(outcome) : { ok: true };
});

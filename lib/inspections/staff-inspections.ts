import 'server-only';
// The back office's reads of the inspections area, scoped by department (lib/staff/scope.ts): a
// reviewer sees its own department's plans and items, an admin every department's. Only these
// reads carry inspectors' names.
import { getStaffPlan, listInspectionItems, listStaffPlans, listStaffTargets } from '../db/queries/inspections';
import { canActFor, departmentScope } from '../staff/scope';
import type { StaffUser } from '../staff/types';

/** The plans a staff member may see, newest first. */
export function listPlansInScope(user: StaffUser) {
  return listStaffPlans(departmentScope(user));
}

/** The inspection items a staff member may plan with. */
export function listItemsInScope(user: StaffUser) {
  return listInspectionItems(departmentScope(user));
}

/** One plan with its firms and their inspectors' names, or null when absent or another department's (a 404 either way). */
export async function getPlanForStaff(user: StaffUser, id: number) {
  const plan = await getStaffPlan(id);
  if (!plan || !canActFor(user, plan.departmentId)) return null;
  return { plan, targets: await listStaffTargets(id) };
}

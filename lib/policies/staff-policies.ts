import 'server-only';
// The back office's reads of support policies, limited to what the staff member's scope
// (lib/staff/scope.ts) lets them see and manage.
import { findDepartmentId, getPolicyRow, listAllDepartments, listPoliciesForStaff, type PolicyRow } from '../db/queries/policies';
import { canActFor, departmentScope, type ScopedStaff } from '../staff/scope';

/** One page of the policies the staff member may manage (every department's for admins). */
export function listPoliciesInScope(staff: ScopedStaff, page: number, limit: number): Promise<{ policies: PolicyRow[]; total: number }> {
  return listPoliciesForStaff(departmentScope(staff), page, limit);
}

/** A policy in any status, and whether this staff member may manage it; undefined when there is none. */
export async function getPolicyForStaff(staff: ScopedStaff, id: number): Promise<{ policy: PolicyRow; mayManage: boolean } | undefined> {
  const policy = await getPolicyRow(id);
  if (!policy) return undefined;
  const departmentId = await findDepartmentId(policy.department.code);
  return { policy, mayManage: departmentId !== undefined && canActFor(staff, departmentId) };
}

/** The departments a staff member may file a policy under: every one for admins, their own otherwise. */
export async function listPolicyDepartmentsInScope(staff: ScopedStaff): Promise<{ code: string; name: string }[]> {
  const departments = await listAllDepartments();
  return departments.filter((d) => canActFor(staff, d.id)).map((d) => ({ code: d.code, name: d['zh-CN'] }));
}

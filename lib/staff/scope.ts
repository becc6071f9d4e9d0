// Which departments a staff member sees and acts for: an admin sees every department, a reviewer
// only their own. The one place that says so; pure, so lib/db and the UI share it.
import type { StaffRole } from '../domain/vocabulary';

/** What the scope rules read of a staff member. */
export interface ScopedStaff {
  role: StaffRole;
  departmentId: number;
}

/** Whether a staff member sees and acts for every department. */
export function seesAllDepartments(staff: Pick<ScopedStaff, 'role'>): boolean {
  return staff.role === 'admin';
}

/** The department a staff member's queries are limited to; null for every department (admins). */
export function departmentScope(staff: ScopedStaff): number | null {
  return seesAllDepartments(staff) ? null : staff.departmentId;
}

/** Whether a staff member may see or act on a row that belongs to `departmentId` (null: no department yet, admins only). */
export function canActFor(staff: ScopedStaff, departmentId: number | null): boolean {
  return seesAllDepartments(staff) || staff.departmentId === departmentId;
}

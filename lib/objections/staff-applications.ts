import 'server-only';
// The back office's reads of objections and repair requests, limited to the staff member's scope
// (lib/staff/scope.ts): a reviewer of another department gets the same "not found" as for an id that
// does not exist (the query is scoped in its WHERE clause).
import {
  getApplicationForStaff,
  listApplicationQueue,
  listDepartmentsForAdmin,
  type QueueFilter,
  type QueueItem,
  type StaffApplicationDetail,
} from '../db/queries/applications';
import type { ApplicationKind } from '../domain/objections';
import { departmentScope, seesAllDepartments, type ScopedStaff } from '../staff/scope';
import { isOpenApplication } from './transitions';

export type { QueueItem, StaffApplicationDetail };

/** A department a staff member can filter by or reassign to. */
export interface DepartmentOption {
  id: number;
  name: string;
}

/** The departments admins filter the queue by and reassign to; none for reviewers. */
export async function listDepartmentOptions(staff: ScopedStaff): Promise<DepartmentOption[]> {
  return seesAllDepartments(staff) ? listDepartmentsForAdmin() : [];
}

/** One page of the queue: a reviewer's own department, or for admins the department filtered by (null: all). */
export function listQueueInScope(
  staff: ScopedStaff,
  filter: Omit<QueueFilter, 'departmentId'> & { departmentFilter: number | null },
): Promise<{ items: QueueItem[]; total: number }> {
  const { departmentFilter, ...rest } = filter;
  return listApplicationQueue({ ...rest, departmentId: seesAllDepartments(staff) ? departmentFilter : staff.departmentId });
}

/** An application with what its detail page decides on (departments to reassign to while it is open, for admins). */
export async function getApplicationDetail(
  staff: ScopedStaff,
  kind: ApplicationKind,
  id: number,
): Promise<{ app: StaffApplicationDetail; departments: DepartmentOption[] } | undefined> {
  const app = await getApplicationForStaff(id, kind, departmentScope(staff));
  if (!app) return undefined;
  const departments = isOpenApplication(app.status) ? await listDepartmentOptions(staff) : [];
  return { app, departments };
}

// The back office's view of intake: the queue of records no firm matched, limited to what the staff
// member's scope (lib/staff/scope.ts) lets them see, and the firms a queued item could belong to.
import {
  countUnmatched,
  findMatchCandidates,
  getUnmatched,
  listDepartmentsForIntake,
  listUnmatched,
  type EntityCandidate,
  type UnmatchedItem,
} from '../db/queries/intake-unmatched';
import { canActFor, departmentScope, seesAllDepartments, type ScopedStaff } from '../staff/scope';

export type { EntityCandidate, UnmatchedItem };

/** One page of the open queue (newest first, before `beforeId`) and the queue's size, in the staff member's scope. */
export async function getUnmatchedQueue(staff: ScopedStaff, beforeId: number | undefined, limit: number): Promise<{ items: UnmatchedItem[]; total: number }> {
  const departmentId = departmentScope(staff);
  const [items, total] = await Promise.all([listUnmatched({ departmentId, beforeId, limit }), countUnmatched(departmentId)]);
  return { items, total };
}

/** A queued item with its payload, if it exists and the staff member may see it. */
export async function getUnmatchedForStaff(staff: ScopedStaff, id: number): Promise<(UnmatchedItem & { payload: Record<string, unknown> }) | undefined> {
  const item = await getUnmatched(id);
  return item && canActFor(staff, item.departmentId) ? item : undefined;
}

/** Firms that could be the one a queued item names (by normalised name, registration number, organisation code or a typed code). */
export function findUnmatchedCandidates(keys: Parameters<typeof findMatchCandidates>[0]): Promise<EntityCandidate[]> {
  return findMatchCandidates(keys);
}

/** The departments an import may be filed under: every one for admins, null (their own only) for reviewers. */
export async function listImportDepartments(staff: ScopedStaff): Promise<{ code: string; name: string }[] | null> {
  return seesAllDepartments(staff) ? listDepartmentsForIntake() : null;
}

import 'server-only';
// Staff changes to support policies: parse with the one schema, check the department (a reviewer
// manages its own department's policies, an admin every department's), then call the mutation,
// which writes the outbox and the audit entry in the same transaction.
import { findDepartmentId, getPolicyRow } from '../db/queries/policies';
import { insertPolicy, updatePolicy, withdrawPolicyRow } from '../db/mutations/policies';
import { ratingDate } from '../env';
import { formFailure, type ActionResult } from '../forms/action-result';
import { canActFor } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { parsePolicyInput } from './policy-schema';

/** The new or updated policy's id, or its issues per field (PolicyErrors.*), or form-level `notFound`. */
export type SavePolicyResult = ActionResult<{ id: number }>;

/** Creates (no id) or updates a policy from raw input; returns its id or the issues per field. */
export async function savePolicy(user: StaffUser, raw: unknown, id?: number): Promise<SavePolicyResult> {
  const parsed = parsePolicyInput(raw);
  if (!parsed.ok) return { ok: false, errors: parsed.issues };
  const policy = parsed.policy;
  const departmentId = await findDepartmentId(policy.issuingDepartment);
  if (departmentId === undefined) return { ok: false, errors: [{ field: 'issuingDepartment', code: 'unknownDepartment' }] };
  if (!canActFor(user, departmentId)) return { ok: false, errors: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }] };
  const actor = { type: 'staff' as const, id: String(user.id) };
  const today = ratingDate();
  if (id === undefined) return { ok: true, id: await insertPolicy(policy, departmentId, actor, today) };
  const current = await getPolicyRow(id);
  if (!current) return formFailure('notFound');
  const currentDepartmentId = await findDepartmentId(current.department.code);
  if (currentDepartmentId === undefined || !canActFor(user, currentDepartmentId))
    return { ok: false, errors: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }] };
  return (await updatePolicy(id, policy, departmentId, actor, today)) ? { ok: true, id } : formFailure('notFound');
}

/** Done, or form-level `notFound`, `notOwnDepartment`, `reasonRequired` or `alreadyWithdrawn` (AdminPolicies.errors.*). */
export type WithdrawResult = ActionResult;

/** Withdraws a policy with a reason (shown publicly beside the withdrawn policy). */
export async function withdrawPolicy(user: StaffUser, id: number, reasonRaw: unknown): Promise<WithdrawResult> {
  const reason = typeof reasonRaw === 'string' ? reasonRaw.trim().slice(0, 500) : '';
  if (!reason) return formFailure('reasonRequired');
  const current = await getPolicyRow(id);
  if (!current) return formFailure('notFound');
  if (current.status === 'withdrawn') return formFailure('alreadyWithdrawn');
  const departmentId = await findDepartmentId(current.department.code);
  if (departmentId === undefined || !canActFor(user, departmentId)) return formFailure('notOwnDepartment');
  const ok = await withdrawPolicyRow(id, reason, { type: 'staff', id: String(user.id) }, ratingDate());
  return ok ? { ok: true } : formFailure('notFound');
}

import 'server-only';
// Staff changes to support policies: parse with the one schema, check the department (a reviewer
// manages its own department's policies, an admin every department's), then call the mutation,
// which writes the outbox and the audit entry in the same transaction.
import { findDepartmentId, getPolicyRow } from '../db/queries/policies';
import { insertPolicy, updatePolicy, withdrawPolicyRow } from '../db/mutations/policies';
import { ratingDate } from '../env';
import { canActFor } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { parsePolicyInput, type PolicyIssue } from './policy-schema';

export type SavePolicyResult = { ok: true; id: number } | { ok: false; issues: PolicyIssue[] } | { ok: false; notFound: true };

/** Creates (no id) or updates a policy from raw input; returns its id or the issues per field. */
export async function savePolicy(user: StaffUser, raw: unknown, id?: number): Promise<SavePolicyResult> {
  const parsed = parsePolicyInput(raw);
  if (!parsed.ok) return parsed;
  const policy = parsed.policy;
  const departmentId = await findDepartmentId(policy.issuingDepartment);
  if (departmentId === undefined) return { ok: false, issues: [{ field: 'issuingDepartment', code: 'unknownDepartment' }] };
  if (!canActFor(user, departmentId)) return { ok: false, issues: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }] };
  const actor = { type: 'staff' as const, id: String(user.id) };
  const today = ratingDate();
  if (id === undefined) return { ok: true, id: await insertPolicy(policy, departmentId, actor, today) };
  const current = await getPolicyRow(id);
  if (!current) return { ok: false, notFound: true };
  const currentDepartmentId = await findDepartmentId(current.department.code);
  if (currentDepartmentId === undefined || !canActFor(user, currentDepartmentId)) return { ok: false, issues: [{ field: 'issuingDepartment', code: 'notOwnDepartment' }] };
  return (await updatePolicy(id, policy, departmentId, actor, today)) ? { ok: true, id } : { ok: false, notFound: true };
}

export type WithdrawResult = { ok: true } | { ok: false; code: 'notFound' | 'notOwnDepartment' | 'reasonRequired' | 'alreadyWithdrawn' };

/** Withdraws a policy with a reason (shown publicly beside the withdrawn policy). */
export async function withdrawPolicy(user: StaffUser, id: number, reasonRaw: unknown): Promise<WithdrawResult> {
  const reason = typeof reasonRaw === 'string' ? reasonRaw.trim().slice(0, 500) : '';
  if (!reason) return { ok: false, code: 'reasonRequired' };
  const current = await getPolicyRow(id);
  if (!current) return { ok: false, code: 'notFound' };
  if (current.status === 'withdrawn') return { ok: false, code: 'alreadyWithdrawn' };
  const departmentId = await findDepartmentId(current.department.code);
  if (departmentId === undefined || !canActFor(user, departmentId)) return { ok: false, code: 'notOwnDepartment' };
  const ok = await withdrawPolicyRow(id, reason, { type: 'staff', id: String(user.id) }, ratingDate());
  return ok ? { ok: true } : { ok: false, code: 'notFound' };
}

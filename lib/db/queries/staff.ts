// Staff accounts and sessions (back office only; nothing here is ever public).
import type { StaffRole } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface StaffAccountRow {
  id: number;
  username: string;
  passwordHash: string;
  failedAttempts: number;
  /** Epoch milliseconds (numbers, not Dates: see verify-audit-chain.ts on pool parsers). */
  lockedUntil: number | null;
  disabled: boolean;
}

export async function findStaffAccount(username: string): Promise<StaffAccountRow | undefined> {
  const [row] = await getSql()<StaffAccountRow[]>`
    select id, username, password_hash as "passwordHash", failed_attempts as "failedAttempts",
           (extract(epoch from locked_until) * 1000)::float8 as "lockedUntil", disabled_at is not null as disabled
    from staff_users where username = ${username}`;
  return row;
}

/** Who a staff member is and which department they work for. */
export interface StaffIdentity {
  username: string;
  displayName: string;
  role: StaffRole;
  departmentId: number;
  departmentCode: string;
  departmentName: string;
}

export interface StaffSessionRow extends StaffIdentity {
  userId: number;
  /** Epoch milliseconds. */
  createdAt: number;
  lastSeenAt: number;
}

/** The live session with this token hash, joined with its user (disabled users have none). */
export async function findStaffSession(tokenHash: string): Promise<StaffSessionRow | undefined> {
  const [row] = await getSql()<StaffSessionRow[]>`
    select u.id as "userId", u.username, u.display_name as "displayName", u.role,
           d.id as "departmentId", d.code as "departmentCode", d.name_zh_cn as "departmentName",
           (extract(epoch from s.created_at) * 1000)::float8 as "createdAt",
           (extract(epoch from s.last_seen_at) * 1000)::float8 as "lastSeenAt"
    from staff_sessions s
    join staff_users u on u.id = s.user_id and u.disabled_at is null
    join departments d on d.id = u.department_id
    where s.token_hash = ${tokenHash} and s.expires_at > now()`;
  return row;
}

export async function findDepartmentIdByCode(code: string): Promise<number | undefined> {
  const [row] = await getSql()<{ id: number }[]>`select id from departments where code = ${code}`;
  return row?.id;
}

export async function listDepartmentCodes(): Promise<string[]> {
  const rows = await getSql()<{ code: string }[]>`select code from departments order by code`;
  return rows.map((r) => r.code);
}

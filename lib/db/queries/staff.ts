// Staff accounts and sessions (back office only; nothing here is ever public).
import type { StaffRole } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface StaffAccountRow {
  id: number;
  username: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
  disabled: boolean;
}

export async function findStaffAccount(username: string): Promise<StaffAccountRow | undefined> {
  const [row] = await getSql()<StaffAccountRow[]>`
    select id, username, password_hash as "passwordHash", failed_attempts as "failedAttempts",
           locked_until as "lockedUntil", disabled_at is not null as disabled
    from staff_users where username = ${username}`;
  return row;
}

export interface StaffSessionRow {
  userId: number;
  username: string;
  displayName: string;
  role: StaffRole;
  departmentId: number;
  departmentCode: string;
  departmentName: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The live session with this token hash, joined with its user (disabled users have none). */
export async function findStaffSession(tokenHash: string): Promise<StaffSessionRow | undefined> {
  const [row] = await getSql()<StaffSessionRow[]>`
    select u.id as "userId", u.username, u.display_name as "displayName", u.role,
           d.id as "departmentId", d.code as "departmentCode", d.name_zh_cn as "departmentName",
           s.created_at as "createdAt", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt"
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

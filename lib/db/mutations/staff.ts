// Staff accounts and sessions. Sign-ins, failures, lock-outs and account creation are audited.
import type { StaffRole } from '../../domain/vocabulary';
import { getSql } from '../client';
import { appendAudit } from './append-audit';

export async function insertStaffUser(input: {
  username: string;
  displayName: string;
  departmentId: number;
  role: StaffRole;
  passwordHash: string;
  createdBy: string;
}): Promise<number> {
  return getSql().begin(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into staff_users (username, display_name, department_id, role, password_hash)
      values (${input.username}, ${input.displayName}, ${input.departmentId}, ${input.role}, ${input.passwordHash})
      returning id`;
    const id = row!.id;
    await appendAudit(tx, {
      actorType: 'system',
      actorId: input.createdBy,
      action: 'staff.create',
      subjectType: 'staff_user',
      subjectId: String(id),
      details: { username: input.username, role: input.role, departmentId: input.departmentId },
    });
    return id;
  }) as Promise<number>;
}

/** Counts a failed password; locks the account when `threshold` consecutive failures are reached. */
export async function recordFailedSignIn(userId: number, threshold: number, lockMinutes: number): Promise<Date | null> {
  // Times come back as epoch milliseconds: independent of the pool's parsers (see verify-audit-chain.ts).
  return getSql().begin(async (tx) => {
    const [row] = await tx<{ failedAttempts: number; lockedUntil: number | null }[]>`
      update staff_users
      set failed_attempts = failed_attempts + 1,
          locked_until = case when failed_attempts + 1 >= ${threshold}
                              then now() + make_interval(mins => ${lockMinutes}) else locked_until end
      where id = ${userId}
      returning failed_attempts as "failedAttempts", (extract(epoch from locked_until) * 1000)::float8 as "lockedUntil"`;
    const locked = row && row.failedAttempts >= threshold;
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(userId),
      action: locked ? 'staff.lock_out' : 'staff.sign_in_failed',
      subjectType: 'staff_user',
      subjectId: String(userId),
      details: { failedAttempts: row?.failedAttempts ?? 0 },
    });
    if (locked) await tx`update staff_users set failed_attempts = 0 where id = ${userId}`;
    return locked && row?.lockedUntil ? new Date(row.lockedUntil) : null;
  }) as Promise<Date | null>;
}

export async function startStaffSession(userId: number, tokenHash: string, expiresAt: Date): Promise<void> {
  const expires = expiresAt.toISOString();
  await getSql().begin(async (tx) => {
    await tx`update staff_users set failed_attempts = 0, locked_until = null where id = ${userId}`;
    await tx`insert into staff_sessions (token_hash, user_id, expires_at) values (${tokenHash}, ${userId}, ${expires})`;
    // Expired sessions are swept here, so the table stays small without a separate job.
    await tx`delete from staff_sessions where expires_at < now() - interval '1 day'`;
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(userId),
      action: 'staff.sign_in',
      subjectType: 'staff_user',
      subjectId: String(userId),
      details: {},
    });
  });
}

/** Slides the idle expiry forward, never past the absolute limit. */
export async function touchStaffSession(tokenHash: string, expiresAt: Date): Promise<void> {
  await getSql()`update staff_sessions set last_seen_at = now(), expires_at = ${expiresAt.toISOString()} where token_hash = ${tokenHash}`;
}

export async function endStaffSession(tokenHash: string, userId: number): Promise<void> {
  await getSql().begin(async (tx) => {
    await tx`delete from staff_sessions where token_hash = ${tokenHash}`;
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(userId),
      action: 'staff.sign_out',
      subjectType: 'staff_user',
      subjectId: String(userId),
      details: {},
    });
  });
}

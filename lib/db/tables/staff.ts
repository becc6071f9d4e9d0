// Staff of the departments and of the platform, their sessions, and the append-only audit log.
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgEnum, pgTable, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { intRef, stampedAt } from '../columns';
import { STAFF_ROLES } from '../../domain/vocabulary';
import { departments } from '../schema';

export const staffRoleEnum = pgEnum('staff_role', STAFF_ROLES);

/** A person who signs in to /admin. Reviewers belong to a department; admins see everything. */
export const staffUsers = pgTable(
  'staff_users',
  {
    id: serial('id').primaryKey(),
    /** Sign-in name, stored lower-case. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    departmentId: intRef('department_id', () => departments.id),
    role: staffRoleEnum('role').notNull(),
    /** argon2id hash (PHC string); the password itself is never stored or logged. */
    passwordHash: text('password_hash').notNull(),
    failedAttempts: smallint('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: stampedAt('created_at'),
  },
  (t) => [uniqueIndex('staff_users_username_key').on(t.username)],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: intRef('user_id', () => staffUsers.id),
    createdAt: stampedAt('created_at'),
    lastSeenAt: stampedAt('last_seen_at'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId), index('staff_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Append-only audit log, hash-chained: hash = SHA-256(prev_hash ‖ canonical JSON of the entry).
 * Entries are appended under an advisory lock, so the chain is a total order; `npm run audit:verify`
 * recomputes it. A database trigger refuses UPDATE and DELETE (migration 0003).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    /** staff | department | public | system */
    actorType: text('actor_type').notNull(),
    /** Staff user id, department code, or a tracking number; never a person's contact data. */
    actorId: text('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);

import 'server-only';
import postgres from 'postgres';
import { databaseUrl } from '../../env';
import { getLastBackupAt, getOutboxStats, type OutboxStats } from './outbox-stats';

/** The probe's deadline: /api/health must answer within a second even when PostgreSQL is hung. */
export const DATABASE_PROBE_TIMEOUT_MS = 600;

export interface DatabaseCheck {
  db: { ok: boolean; latencyMs?: number; error?: string };
  /** The regeneration backlog, or null when the database did not answer in time. */
  outbox: OutboxStats | null;
  /** When the last `npm run db:backup` finished: null if none, undefined when the database did not answer in time. */
  lastBackupAt?: Date | null;
}

const TIMED_OUT = Symbol('timed out');

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Round-trips `select 1` and reads the outbox backlog on a connection of its own, opened for the
 * probe and destroyed after it, all within DATABASE_PROBE_TIMEOUT_MS. Its own connection: on the
 * shared pool a probe would queue behind queries stuck on a frozen server, and a probe stuck on a
 * pooled connection would keep reporting "down" after the server came back.
 */
export async function checkDatabase(timeoutMs = DATABASE_PROBE_TIMEOUT_MS): Promise<DatabaseCheck> {
  const started = performance.now();
  let probe: postgres.Sql;
  try {
    probe = postgres(databaseUrl(), { max: 1, connect_timeout: Math.max(1, Math.ceil(timeoutMs / 1000)), prepare: false, onnotice: () => {} });
  } catch {
    return { db: { ok: false, error: 'unreachable' }, outbox: null };
  }
  try {
    if ((await withDeadline(probe`select 1`.execute(), timeoutMs)) === TIMED_OUT) return { db: { ok: false, error: 'timeout' }, outbox: null };
    const latencyMs = Math.round(performance.now() - started);
    const left = Math.max(timeoutMs - latencyMs, 50);
    const [outbox, lastBackupAt] = await Promise.all([
      withDeadline(
        getOutboxStats(probe).catch(() => null),
        left,
      ),
      withDeadline(
        getLastBackupAt(probe).catch(() => undefined),
        left,
      ),
    ]);
    return { db: { ok: true, latencyMs }, outbox: outbox === TIMED_OUT ? null : outbox, lastBackupAt: lastBackupAt === TIMED_OUT ? undefined : lastBackupAt };
  } catch {
    return { db: { ok: false, error: 'unreachable' }, outbox: null };
  } finally {
    // Destroys the connection at once, even one stuck on a frozen server.
    probe.end({ timeout: 0 }).catch(() => {});
  }
}

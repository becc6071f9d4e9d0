// Backlog of the outbox for /api/health and the worker's logs.
import { getSql, type Sql } from '../client';

export interface OutboxStats {
  backlog: number;
  oldestAgeSeconds: number | null;
}

/** Number of outbox rows and the age in seconds of the oldest (null when empty); `sql`: another connection (the health probe's). */
export async function getOutboxStats(sql: Sql = getSql()): Promise<OutboxStats> {
  const [row] = await sql<{ backlog: number; oldest: number | null }[]>`
    select count(*)::int as backlog, extract(epoch from now() - min(created_at))::float8 as oldest from outbox`;
  return { backlog: row?.backlog ?? 0, oldestAgeSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest * 10) / 10 };
}

/** When the last backup finished (null: none recorded), for /api/health's warning. */
export async function getLastBackupAt(sql: Sql = getSql()): Promise<Date | null> {
  const [row] = await sql<{ at: Date | null }[]>`select max(finished_at) as at from backup_runs`;
  return row?.at ?? null;
}

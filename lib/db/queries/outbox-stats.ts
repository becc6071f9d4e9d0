// Backlog of the outbox for /api/health and the worker's logs.
import { getSql } from '../client';

/** Number of outbox rows and the age in seconds of the oldest (null when empty). */
export async function getOutboxStats(): Promise<{ backlog: number; oldestAgeSeconds: number | null }> {
  const [row] = await getSql()<{ backlog: number; oldest: number | null }[]>`
    select count(*)::int as backlog, extract(epoch from now() - min(created_at))::float8 as oldest from outbox`;
  return { backlog: row?.backlog ?? 0, oldestAgeSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest * 10) / 10 };
}

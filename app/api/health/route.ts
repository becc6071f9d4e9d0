import { NextResponse } from 'next/server';
import { checkServices } from '@/lib/health/check-services';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: whether PostgreSQL and Meilisearch answer (503 if either does not), and the
 * regeneration backlog: how many outbox events wait and how old the oldest is. Each probe has
 * its own deadline (600 ms, in parallel), so the answer comes within a second whatever hangs;
 * a service that did not answer has `ok: false` and `error: 'timeout'` or `'unreachable'`.
 * `warnings` lists what operators should act on without the site being down: `no_backup`,
 * `backup_older_than_a_day` (the last `npm run db:backup`, recorded in PostgreSQL).
 */
export async function GET() {
  const { ok, db, search, outbox, backup, warnings } = await checkServices();
  return NextResponse.json(
    { status: ok ? 'ok' : 'degraded', db, search, outbox, backup, warnings },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

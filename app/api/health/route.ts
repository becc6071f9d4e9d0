import { NextResponse } from 'next/server';
import { checkServices } from '@/lib/health/check-services';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: whether PostgreSQL and Meilisearch answer (503 if either does not), and the
 * regeneration backlog: how many outbox events wait and how old the oldest is. Each probe has
 * its own deadline (600 ms, in parallel), so the answer comes within a second whatever hangs;
 * a service that did not answer has `ok: false` and `error: 'timeout'` or `'unreachable'`.
 */
export async function GET() {
  const { ok, db, search, outbox } = await checkServices();
  return NextResponse.json(
    { status: ok ? 'ok' : 'degraded', db, search, outbox },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/db/queries/check-database';
import { getOutboxStats } from '@/lib/db/queries/outbox-stats';
import { checkSearch } from '@/lib/search/check-search';

export const dynamic = 'force-dynamic';

/**
 * GET /api/health: whether PostgreSQL and Meilisearch answer (503 if either does not), and the
 * regeneration backlog: how many outbox events wait and how old the oldest is.
 */
export async function GET() {
  const [db, search, outbox] = await Promise.all([checkDatabase(), checkSearch(), getOutboxStats().catch(() => null)]);
  const ok = db.ok && search.ok;
  return NextResponse.json(
    { status: ok ? 'ok' : 'degraded', db, search, outbox },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

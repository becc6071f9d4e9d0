import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/db/queries/check-database';
import { checkSearch } from '@/lib/search/check-search';

export const dynamic = 'force-dynamic';

/** GET /api/health: whether PostgreSQL and Meilisearch answer; 503 if either does not. */
export async function GET() {
  const [db, search] = await Promise.all([checkDatabase(), checkSearch()]);
  const ok = db.ok && search.ok;
  return NextResponse.json({ status: ok ? 'ok' : 'degraded', db, search }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}

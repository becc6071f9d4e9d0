// The health probe of GET /api/health: PostgreSQL (with the outbox backlog) and Meilisearch, in
// parallel, each within its own deadline.
import { checkDatabase } from '../db/queries/check-database';
import { checkSearch } from '../search/check-search';

/** Whether both services answer, and what each probe found. */
export async function checkServices() {
  const [{ db, outbox }, search] = await Promise.all([checkDatabase(), checkSearch()]);
  return { ok: db.ok && search.ok, db, search, outbox };
}

// The health probe of GET /api/health: PostgreSQL (with the outbox backlog) and Meilisearch, in
// parallel, each within its own deadline.
import { checkDatabase } from '../db/queries/check-database';
import { checkSearch } from '../search/check-search';

/** A backup older than this is reported as a warning (the operations guide asks for one a day). */
export const BACKUP_MAX_AGE_HOURS = 24;

export type HealthWarning = 'no_backup' | 'backup_older_than_a_day';

/** The warning a last-backup time deserves, if any (undefined: the probe could not tell). */
export function backupWarning(lastBackupAt: Date | null | undefined, now = new Date()): HealthWarning | null {
  if (lastBackupAt === undefined) return null;
  if (lastBackupAt === null) return 'no_backup';
  return now.getTime() - lastBackupAt.getTime() > BACKUP_MAX_AGE_HOURS * 3600_000 ? 'backup_older_than_a_day' : null;
}

/**
 * Whether both services answer, and what each probe found. Warnings (a stale backup) do not make
 * the site unhealthy: a load balancer keeps sending it traffic, an operator's alert fires.
 */
export async function checkServices() {
  const [{ db, outbox, lastBackupAt }, search] = await Promise.all([checkDatabase(), checkSearch()]);
  const warning = backupWarning(lastBackupAt);
  return {
    ok: db.ok && search.ok,
    db,
    search,
    outbox,
    backup: lastBackupAt === undefined ? null : { lastAt: lastBackupAt?.toISOString() ?? null },
    warnings: warning ? [warning] : [],
  };
}

// What /metrics reads from PostgreSQL at scrape time (lib/metrics/collect-database.ts): the
// regeneration backlog, undecided applications per department and deadline, connections per pool,
// and the last backup. Small aggregate queries on indexed columns.
import { getSql } from '../client';
import { OPEN_APPLICATION_STATUSES } from '../../domain/objections';

export interface OperationsFigures {
  outbox: { backlog: number; oldestAgeSeconds: number };
  applications: { department: string; overdue: boolean; count: number }[];
  connections: { pool: string; state: string; count: number }[];
  lastBackupAgeSeconds: number | null;
}

export async function getOperationsFigures(today: string): Promise<OperationsFigures> {
  const sql = getSql();
  const [outbox, applications, connections, backup] = await Promise.all([
    sql<{ backlog: number; age: number | null }[]>`
      select count(*)::int as backlog, extract(epoch from now() - min(created_at))::float8 as age from outbox`,
    sql<{ department: string; overdue: boolean; count: number }[]>`
      select d.code as department, (a.deadline < ${today}) as overdue, count(*)::int as count
      from applications a join departments d on d.id = a.department_id
      where a.status in ${sql(OPEN_APPLICATION_STATUSES as unknown as string[])}
      group by 1, 2`,
    sql<{ pool: string; state: string; count: number }[]>`
      select coalesce(nullif(application_name, ''), 'other') as pool, coalesce(state, 'unknown') as state, count(*)::int as count
      from pg_stat_activity where datname = current_database() and backend_type = 'client backend'
      group by 1, 2`,
    sql<{ age: number | null }[]>`select extract(epoch from now() - max(finished_at))::float8 as age from backup_runs`,
  ]);
  return {
    outbox: { backlog: outbox[0]?.backlog ?? 0, oldestAgeSeconds: outbox[0]?.age ?? 0 },
    applications,
    connections,
    lastBackupAgeSeconds: backup[0]?.age ?? null,
  };
}

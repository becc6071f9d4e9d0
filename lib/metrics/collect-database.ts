// Registers the scrape-time collector that fills the PostgreSQL-backed gauges of lib/metrics.
import { getOperationsFigures } from '../db/queries/operations-metrics';
import { ratingDate } from '../env';
import { metrics } from './metrics.mjs';

let registered = false;

/** Adds the database collector to this process's metrics (once). */
export function registerDatabaseCollector(): void {
  if (registered) return;
  registered = true;
  const m = metrics();
  m.collectors.add(async () => {
    const figures = await getOperationsFigures(ratingDate());
    m.outboxBacklog.set(figures.outbox.backlog);
    m.outboxOldestAge.set(figures.outbox.oldestAgeSeconds);
    m.applicationsOpen.reset();
    for (const a of figures.applications) m.applicationsOpen.set({ department: a.department, overdue: String(a.overdue) }, a.count);
    m.databaseConnections.reset();
    for (const c of figures.connections) m.databaseConnections.set({ pool: c.pool, state: c.state }, c.count);
    m.lastBackupAge.set(figures.lastBackupAgeSeconds ?? -1);
  });
}

// Types of metrics.mjs (plain JavaScript so that scripts/serve.mjs and the cache handler run it under plain Node).
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface CreditMetrics {
  registry: Registry;
  httpRequests: Histogram<'route' | 'method' | 'status'>;
  cacheLookups: Counter<'result' | 'tier'>;
  intakeItems: Counter<'department' | 'endpoint' | 'outcome'>;
  applicationsReceived: Counter<'kind'>;
  searchFallbacks: Counter<'surface'>;
  workerBatchEvents: Histogram;
  workerBatchSeconds: Histogram;
  workerEventAge: Histogram;
  searchTaskSeconds: Histogram;
  outboxBacklog: Gauge;
  outboxOldestAge: Gauge;
  applicationsOpen: Gauge<'department' | 'overdue'>;
  databaseConnections: Gauge<'pool' | 'state'>;
  lastBackupAge: Gauge;
  collectorErrors: Counter;
  /** Read at scrape time (e.g. gauges from PostgreSQL). */
  collectors: Set<() => Promise<void>>;
}

/** The `route` label of a request path: one of a fixed set of patterns, else `other`. */
export function routeOf(url: string | undefined): string;
/** This process's metrics (created on first use; shared through globalThis). */
export function metrics(): CreditMetrics;
/** Runs the collectors (each bounded by timeoutMs), then renders the registry in the Prometheus text format. */
export function renderMetrics(timeoutMs?: number): Promise<{ body: string; contentType: string }>;
/** Whether `Authorization` carries the configured METRICS_TOKEN (false when none is configured). */
export function metricsAuthorized(authorization: string | null | undefined, token?: string): boolean;

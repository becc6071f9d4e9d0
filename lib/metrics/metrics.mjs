// Prometheus metrics of one process (prom-client), for operators, never the public: GET /metrics
// with `Authorization: Bearer $METRICS_TOKEN` on each site process (app/metrics/route.ts) and on
// the worker's WORKER_METRICS_PORT (scripts/worker.ts). Every process keeps its own counters;
// Prometheus scrapes each one and sums. Plain JavaScript: scripts/serve.mjs (plain Node) records
// the HTTP histogram, the cache handler its hits, and the app's bundled code the rest. The one
// registry of a process lives on globalThis, so all three reach the same counters even though
// Next bundles its own copy of this module.
import { timingSafeEqual, createHash } from 'node:crypto';
import client from 'prom-client';

const KEY = Symbol.for('credit.metrics');

/** Route patterns for the `route` label: bounded, whatever URLs clients invent. */
const ROUTES = [
  [/^\/_next\/static\//, '/_next/static'],
  [/^\/_next\//, '/_next/other'],
  [/^\/api\/v1\/entities\/[^/]+\/records$/, '/api/v1/entities/[uscc]/records'],
  [/^\/api\/v1\/entities\/[^/]+$/, '/api/v1/entities/[uscc]'],
  [/^\/api\/v1\/entities$/, '/api/v1/entities'],
  [/^\/api\/v1\/lists\/[^/]+$/, '/api/v1/lists/[slug]'],
  [/^\/api\/v1\/policies\/[^/]+$/, '/api/v1/policies/[id]'],
  [/^\/api\/v1\/intake\/[^/]+$/, '/api/v1/intake/[kind]'],
  [/^\/api\/v1\/[^/]+$/, '/api/v1/[resource]'],
  [/^\/api\/health$/, '/api/health'],
  [/^\/api\/internal\//, '/api/internal'],
  [/^\/api\//, '/api/other'],
  [/^\/admin(\/|$)/, '/admin'],
  [/^\/[^/]+\/entities\/[^/]+\/(objection|repair)(\/|$)/, '/[locale]/entities/[uscc]/$1'],
  [/^\/[^/]+\/entities\/[^/]+\/feed\.atom$/, '/[locale]/entities/[uscc]/feed.atom'],
  [/^\/[^/]+\/entities\/[^/]+$/, '/[locale]/entities/[uscc]'],
  [/^\/[^/]+\/objections\/[^/]+$/, '/[locale]/objections/[trackingNo]'],
  [/^\/[^/]+\/lists\/[^/]+/, '/[locale]/lists/[slug]'],
  [/^\/[^/]+\/policies\/[^/]+/, '/[locale]/policies/…'],
  [/^\/[^/]+\/small-businesses/, '/[locale]/small-businesses'],
  [/^\/[^/]+\/measures$/, '/[locale]/measures'],
  [/^\/[^/]+\/search/, '/[locale]/search'],
  [/^\/[^/]+\/stats/, '/[locale]/stats'],
  [/^\/(zh-CN|zh-TW|en)\/?$/, '/[locale]'],
  [/^\/sitemap/, '/sitemap'],
];

/** The `route` label of a request path (query ignored): one of a fixed set, else `other`. */
export function routeOf(url) {
  const path = (url ?? '/').split('?')[0];
  for (const [pattern, route] of ROUTES) {
    if (pattern.test(path)) return route.replace('$1', pattern.exec(path)?.[1] ?? '');
  }
  return 'other';
}

/** Scrape-time collectors that failed (their gauges keep the last value read). */
function Counter0(registry) {
  return new client.Counter({
    name: 'credit_metrics_collector_errors_total',
    help: 'Scrape-time collectors that failed or timed out (their gauges keep their last values)',
    registers: [registry],
  });
}

function create() {
  const registry = new client.Registry();
  /** A histogram of this registry. */
  const histogram = (name, help, buckets, labelNames = []) => new client.Histogram({ name, help, buckets, labelNames, registers: [registry] });
  registry.setDefaultLabels({ process: process.env.METRICS_PROCESS_NAME || 'site' });
  client.collectDefaultMetrics({ register: registry, prefix: 'credit_' });
  const m = {
    registry,
    httpRequests: histogram(
      'credit_http_request_duration_seconds',
      'HTTP requests by route pattern, method and status: count and latency (scripts/serve.mjs)',
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      ['route', 'method', 'status'],
    ),
    cacheLookups: new client.Counter({
      name: 'credit_page_cache_lookups_total',
      help: 'Page and data cache look-ups by result (hit, stale, miss) and tier (memory, redis) (lib/cache/cache-handler.mjs)',
      labelNames: ['result', 'tier'],
      registers: [registry],
    }),
    intakeItems: new client.Counter({
      name: 'credit_intake_items_total',
      help: 'Intake items by department, endpoint and outcome (accepted, rejected)',
      labelNames: ['department', 'endpoint', 'outcome'],
      registers: [registry],
    }),
    applicationsReceived: new client.Counter({
      name: 'credit_applications_received_total',
      help: 'Objections and repair requests received, by kind (undecided ones per department: credit_applications_open)',
      labelNames: ['kind'],
      registers: [registry],
    }),
    searchFallbacks: new client.Counter({
      name: 'credit_search_fallbacks_total',
      help: 'Searches answered from PostgreSQL because Meilisearch was down or slow, by surface',
      labelNames: ['surface'],
      registers: [registry],
    }),
    workerBatchEvents: histogram('credit_worker_batch_events', 'Outbox events per worker batch', [1, 5, 10, 50, 100, 250, 500, 1000, 5000]),
    workerBatchSeconds: histogram(
      'credit_worker_batch_duration_seconds',
      'Worker batch duration: re-rate, re-index, expire pages',
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    ),
    workerEventAge: histogram(
      'credit_worker_event_age_seconds',
      'Age of the oldest event of each batch when it was done (commit → pages expired)',
      [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    ),
    searchTaskSeconds: histogram(
      'credit_search_task_duration_seconds',
      'Meilisearch indexing tasks, enqueue to done (the worker waits for each batch)',
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    ),
    /** Gauges read from PostgreSQL at scrape time (the collectors below). */
    outboxBacklog: new client.Gauge({ name: 'credit_outbox_backlog', help: 'Outbox events waiting', registers: [registry] }),
    outboxOldestAge: new client.Gauge({
      name: 'credit_outbox_oldest_age_seconds',
      help: 'Age of the oldest waiting outbox event (0 when none)',
      registers: [registry],
    }),
    applicationsOpen: new client.Gauge({
      name: 'credit_applications_open',
      help: 'Objections and repair requests not yet decided, by department and whether past their deadline (20 working days)',
      labelNames: ['department', 'overdue'],
      registers: [registry],
    }),
    databaseConnections: new client.Gauge({
      name: 'credit_database_connections',
      help: 'Connections to PostgreSQL by pool (application_name) and state, from pg_stat_activity',
      labelNames: ['pool', 'state'],
      registers: [registry],
    }),
    lastBackupAge: new client.Gauge({
      name: 'credit_backup_age_seconds',
      help: 'Seconds since the last finished npm run db:backup (-1: none recorded)',
      registers: [registry],
    }),
    collectorErrors: new Counter0(registry),
    /** @type {Set<() => Promise<void>>} */
    collectors: new Set(),
  };
  return m;
}

/** This process's metrics (created on first use). */
export function metrics() {
  globalThis[KEY] ??= create();
  return globalThis[KEY];
}

/** Runs the registered collectors (each bounded by `timeoutMs`), then renders the registry. */
export async function renderMetrics(timeoutMs = 2000) {
  const m = metrics();
  await Promise.all(
    [...m.collectors].map(
      (collect) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            m.collectorErrors.inc();
            resolve(undefined);
          }, timeoutMs);
          collect().then(
            () => {
              clearTimeout(timer);
              resolve(undefined);
            },
            () => {
              clearTimeout(timer);
              m.collectorErrors.inc();
              resolve(undefined);
            },
          );
        }),
    ),
  );
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}

/**
 * Whether a request may read the metrics: `Authorization: Bearer <METRICS_TOKEN>`, compared in
 * constant time (over hashes, so lengths leak nothing). No token configured: nobody may.
 */
export function metricsAuthorized(authorization, token = process.env.METRICS_TOKEN) {
  if (!token) return false;
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  if (!match) return false;
  const a = createHash('sha256').update(match[1]).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

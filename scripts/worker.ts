// `npm run worker`: the regeneration worker (see lib/worker/run-worker.ts). SIGINT/SIGTERM stop it
// after the batch in hand; SIGKILL at any point loses nothing (leased rows come back).
// With WORKER_METRICS_PORT (and METRICS_TOKEN) set, its Prometheus metrics (batches, Meilisearch
// tasks, the outbox and applications gauges) answer on http://127.0.0.1:<port>/metrics.
import { createServer } from 'node:http';
import { closeDb } from '../lib/db/client';
import { registerDatabaseCollector } from '../lib/metrics/collect-database';
import { metricsAuthorized, renderMetrics } from '../lib/metrics/metrics.mjs';
import { runWorker } from '../lib/worker/run-worker';

process.env.METRICS_PROCESS_NAME ??= 'worker';
const controller = new AbortController();
process.on('SIGINT', () => controller.abort());
process.on('SIGTERM', () => controller.abort());

const metricsPort = Number(process.env.WORKER_METRICS_PORT ?? 0);
const metricsServer =
  metricsPort > 0 && process.env.METRICS_TOKEN
    ? createServer((req, res) => {
        if (req.url !== '/metrics' || req.method !== 'GET') return void res.writeHead(404).end();
        if (!metricsAuthorized(req.headers.authorization)) return void res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="metrics"' }).end();
        registerDatabaseCollector();
        renderMetrics().then(
          ({ body, contentType }) => res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body),
          () => res.writeHead(500).end(),
        );
      }).listen(metricsPort, process.env.WORKER_METRICS_HOST ?? '127.0.0.1')
    : null;

await runWorker({ signal: controller.signal });
metricsServer?.close();
await closeDb();

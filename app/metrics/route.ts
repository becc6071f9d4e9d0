import { registerDatabaseCollector } from '@/lib/metrics/collect-database';
import { metricsAuthorized, renderMetrics } from '@/lib/metrics/metrics.mjs';

export const dynamic = 'force-dynamic';

/**
 * GET /metrics: this site process's Prometheus metrics, for operators only. Needs
 * `Authorization: Bearer $METRICS_TOKEN`; without METRICS_TOKEN configured it does not exist (404),
 * and the shipped nginx never passes /metrics on (Prometheus scrapes each process directly).
 */
export async function GET(request: Request) {
  if (!process.env.METRICS_TOKEN) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  if (!metricsAuthorized(request.headers.get('authorization'))) {
    return new Response('A metrics token is required.\n', {
      status: 401,
      headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer realm="metrics"' },
    });
  }
  registerDatabaseCollector();
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } });
}

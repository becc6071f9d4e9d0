// Health probe of the search server (used by GET /api/health).
import { getSearchClient } from './client';

/** Whether Meilisearch answers, with its latency. */
export async function checkSearch(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    const health = await getSearchClient().health();
    return { ok: health.status === 'available', latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}

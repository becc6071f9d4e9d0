// Health probe of the search server (used by GET /api/health).
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient, isMeiliTimeout, noteSearchAnswered } from './meili';

/** The probe's own deadline: /api/health must answer within a second even when Meilisearch is hung. */
export const SEARCH_PROBE_TIMEOUT_MS = 600;

const globalForProbe = globalThis as unknown as { __creditMeiliProbe?: Meilisearch };

/** Whether Meilisearch answers within SEARCH_PROBE_TIMEOUT_MS, with its latency. */
export async function checkSearch(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    // A client of its own: the shared one keeps a 60 s timeout for document uploads, and health()
    // takes no per-call signal; with `timeout` and no signal the client aborts the request itself.
    globalForProbe.__creditMeiliProbe ??= createMeiliClient(SEARCH_PROBE_TIMEOUT_MS);
    const health = await globalForProbe.__creditMeiliProbe.health();
    const ok = health.status === 'available';
    if (ok) noteSearchAnswered();
    return { ok, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: isMeiliTimeout(error) ? 'timeout' : 'unreachable' };
  }
}

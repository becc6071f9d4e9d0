// Health probe of the search server (used by GET /api/health).
import { Meilisearch } from 'meilisearch';
import { Agent } from 'undici';
import { meiliConfig } from '../env';
import { noteSearchAnswered } from './search-errors';

/** The probe's own deadline: /api/health must answer within a second even when Meilisearch is hung. */
export const SEARCH_PROBE_TIMEOUT_MS = 600;

const globalForProbe = globalThis as unknown as { __creditMeiliProbe?: Meilisearch };

// A client of its own: the shared one keeps a 60 s timeout for document uploads, and health()
// takes no per-call signal; with `timeout` and no signal the client aborts the request itself.
function probeClient(): Meilisearch {
  if (!globalForProbe.__creditMeiliProbe) {
    const { host, apiKey } = meiliConfig();
    globalForProbe.__creditMeiliProbe = new Meilisearch({
      host,
      apiKey,
      requestInit: { dispatcher: new Agent({ maxRequestsPerClient: 1 }) } as RequestInit,
      timeout: SEARCH_PROBE_TIMEOUT_MS,
    });
  }
  return globalForProbe.__creditMeiliProbe;
}

/** Whether Meilisearch answers within SEARCH_PROBE_TIMEOUT_MS, with its latency. */
export async function checkSearch(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    const health = await probeClient().health();
    const ok = health.status === 'available';
    if (ok) noteSearchAnswered();
    return { ok, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'MeilisearchRequestTimeOutError' || (error.cause as Error | undefined)?.name === 'MeilisearchRequestTimeOutError');
    return { ok: false, error: timedOut ? 'timeout' : 'unreachable' };
  }
}

import 'server-only';
import { getSql } from '../client';

/** Round-trips a trivial query; reports latency or the failure. */
export async function checkDatabase(): Promise<{ ok: boolean; latencyMs?: number; error?: string }> {
  const started = performance.now();
  try {
    await getSql()`select 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}

// Starts an extra site process from the current build, with its own environment: resilience
// tests point it at services through a fault proxy (tests/support/fault-proxy.ts).
import { freePort, siteCommand, startChild, stopChild, waitForHttp } from '../../scripts/lib/run';

export interface SiteProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves the built site (NEXT_DIST_DIR as for the suite) with `env` on a free port; waits for /api/health. */
export async function startSiteProcess(env: Record<string, string | undefined>): Promise<SiteProcess> {
  const port = await freePort(3300 + Math.floor(Math.random() * 500));
  const [cmd, args] = siteCommand(port);
  // A local run of a production build on loopback (lib/security/production-config.mjs).
  const child = startChild(cmd, args, { ALLOW_INSECURE_LOCAL: '1', ...process.env, LOG_LEVEL: 'warn', ...env, NODE_ENV: 'production' });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/api/health`, 60_000);
  } catch (error) {
    // /api/health answers 503 when a service is down: accept any answer as "started".
    const res = await fetch(`${url}/api/health`).catch(() => null);
    if (!res) {
      await stopChild(child);
      throw error;
    }
  }
  return { url, stop: () => stopChild(child) };
}

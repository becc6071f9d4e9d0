// The Meilisearch client, created on first use so builds and imports need no search server.
// lib/search is the only module that imports `meilisearch`. No `import 'server-only'` in
// lib/search: the reindex script and the worker import it from plain Node, where that package
// throws. The master key therefore must never reach client code: UI code imports lib/entities,
// which is server-only, never lib/search directly.
import { Meilisearch } from 'meilisearch';
import { Agent } from 'undici';
import { env, meiliConfig } from '../env';

/** Logical index names; the physical uid carries env.SEARCH_INDEX_PREFIX. */
export type LogicalIndex = 'entities' | 'policies';

const globalForSearch = globalThis as unknown as { __creditMeili?: Meilisearch };

/** The shared Meilisearch client (one per process). */
export function getSearchClient(): Meilisearch {
  if (!globalForSearch.__creditMeili) {
    const { host, apiKey } = meiliConfig();
    globalForSearch.__creditMeili = new Meilisearch({
      host,
      apiKey,
      // One connection per request. Meilisearch writes a response in several segments without
      // TCP_NODELAY, so on a reused connection every response over one segment waited for the
      // client's 40 ms delayed ACK (measured: 48 ms median for a 20-hit search, 2.3 ms with fresh
      // loopback connections, which cost next to nothing).
      requestInit: { dispatcher: new Agent({ maxRequestsPerClient: 1 }) } as RequestInit,
      // Document uploads of a reindex batch take a few seconds; searches pass their own shorter signal.
      timeout: 60_000,
      defaultWaitOptions: { timeout: 120_000, interval: 100 },
    });
  }
  return globalForSearch.__creditMeili;
}

/** The physical index uid of a logical index, with the environment's prefix (tests, demo). */
export function indexName(name: LogicalIndex): string {
  return `${env.SEARCH_INDEX_PREFIX}${name}`;
}

/** Waits for a task and throws if it failed or was canceled (the client itself does not). */
export async function waitForTaskSuccess(taskUid: number, timeoutMs = 600_000): Promise<void> {
  const task = await getSearchClient().tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: 100 });
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
}

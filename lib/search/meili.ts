// The one seam to Meilisearch: the client, how a failed call is told apart, and the index helpers
// both indexes (entities, policies) share. lib/search is the only module that imports
// `meilisearch`. No `import 'server-only'` in lib/search: the reindex script and the worker import
// it from plain Node, where that package throws. The master key therefore must never reach client
// code: UI code imports lib/entities, which is server-only, never lib/search directly.
//
// A failed call is either the service being unavailable (connection refused or reset, a timeout, a
// 5xx or 429, no index), which becomes AppError('search_unavailable') and callers fall back to
// PostgreSQL, or our request being wrong, and that error propagates. A short per-process "recently
// down" note keeps each web request from waiting out its own timeout while Meilisearch is hung.
import { Meilisearch, type Settings } from 'meilisearch';
import { Agent } from 'undici';
import { env, meiliConfig } from '../env';
import { AppError } from '../errors';
import { metrics } from '../metrics/metrics.mjs';

/** Logical index names; the physical uid carries env.SEARCH_INDEX_PREFIX. */
export type LogicalIndex = 'entities' | 'policies';

/**
 * Why search was unavailable (AppError params.reason); `known_down` means not tried at all because
 * Meilisearch failed moments ago (callers log these quietly).
 */
export type SearchUnavailableReason = 'known_down' | 'not_configured' | 'server_error' | 'index_not_found' | 'unreachable';

/** A new Meilisearch client with its own request timeout (ms). */
export function createMeiliClient(timeout: number, extra: { defaultWaitOptions?: { timeout: number; interval: number } } = {}): Meilisearch {
  const { host, apiKey } = meiliConfig();
  return new Meilisearch({
    host,
    apiKey,
    // One connection per request. Meilisearch writes a response in several segments without
    // TCP_NODELAY, so on a reused connection every response over one segment waited for the
    // client's 40 ms delayed ACK (measured: 48 ms median for a 20-hit search, 2.3 ms with fresh
    // loopback connections, which cost next to nothing).
    requestInit: { dispatcher: new Agent({ maxRequestsPerClient: 1 }) } as RequestInit,
    timeout,
    ...extra,
  });
}

const globalForSearch = globalThis as unknown as { __creditMeili?: Meilisearch; __creditSearchDownUntil?: number };

/** The shared Meilisearch client (one per process). */
export function getSearchClient(): Meilisearch {
  // Document uploads of a reindex batch take a few seconds; searches pass their own shorter signal.
  globalForSearch.__creditMeili ??= createMeiliClient(60_000, { defaultWaitOptions: { timeout: 120_000, interval: 100 } });
  return globalForSearch.__creditMeili;
}

/** The physical index uid of a logical index, with the environment's prefix (tests, demo). */
export function indexName(name: LogicalIndex): string {
  return `${env.SEARCH_INDEX_PREFIX}${name}`;
}

/** Waits for a task and throws if it failed or was canceled (the client itself does not). */
export async function waitForTaskSuccess(taskUid: number, timeoutMs = 600_000): Promise<void> {
  const started = performance.now();
  const task = await getSearchClient().tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: 100 });
  metrics().searchTaskSeconds.observe((performance.now() - started) / 1000);
  if (task.status !== 'succeeded') {
    throw new Error(`Meilisearch task ${taskUid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
  }
}

// ---- Errors

/** AppError('search_unavailable'): Meilisearch is unreachable, overloaded, timed out, or has no such index. */
export function searchUnavailable(reason: SearchUnavailableReason, message: string, cause?: unknown): AppError {
  return new AppError('search_unavailable', { reason }, message, cause === undefined ? undefined : { cause });
}

/** Whether `error` is AppError('search_unavailable'), by name so any bundled copy of lib/errors counts. */
export function isSearchUnavailable(error: unknown): error is AppError {
  return error instanceof Error && error.name === 'AppError' && (error as AppError).code === 'search_unavailable';
}

/** Whether an unavailable search was not tried at all (Meilisearch failed moments ago). */
export function wasSearchSkipped(error: AppError): boolean {
  return error.params.reason === 'known_down';
}

/**
 * How long searches skip Meilisearch after it failed at the transport level (refused, reset,
 * timed out, 5xx). Short: a restarted server is used again within seconds; long enough that a
 * hung one costs one timeout per process every few seconds, not one per request.
 */
export const SEARCH_RETRY_AFTER_MS = 3000;

/**
 * Deadline of a search made for a web request, whatever the steps inside it (code look-up,
 * pinyin rewrite, query as typed). Meilisearch answers in 2–5 ms at a million firms and the
 * slowest measured run had p95 365 ms with cold caches, so a second means it is hung.
 */
export const SEARCH_DEADLINE_MS = 1000;

/** Throws search_unavailable while a recent transport failure says Meilisearch is down. */
export function assertSearchNotKnownDown(): void {
  const until = globalForSearch.__creditSearchDownUntil ?? 0;
  if (Date.now() < until) throw searchUnavailable('known_down', 'Meilisearch failed moments ago; not retried yet');
}

/** Records that Meilisearch answered (ends a "recently down" period at once). */
export function noteSearchAnswered(): void {
  globalForSearch.__creditSearchDownUntil = 0;
}

function noteSearchDown(): void {
  globalForSearch.__creditSearchDownUntil = Date.now() + SEARCH_RETRY_AFTER_MS;
}

// The client's error classes by name, not instanceof: Next bundles `meilisearch` into more than
// one server chunk (pages and route handlers get their own copies), so an error thrown by one
// copy is not an instance of another copy's class. That mismatch made GET /api/v1/search answer
// 500 (and the policy search pages before it) when Meilisearch was stopped.
const TRANSPORT_ERRORS = new Set(['MeilisearchError', 'MeilisearchRequestError', 'MeilisearchRequestTimeOutError', 'TimeoutError', 'AbortError']);

/** A Meilisearch HTTP error answer: its status and error code (index_not_found, invalid_search_filter, …). */
export function meilisearchApiError(error: unknown): { status: number; code: string | undefined } | null {
  if (!(error instanceof Error) || error.name !== 'MeilisearchApiError') return null;
  const { response, cause } = error as Error & { response?: { status?: unknown }; cause?: { code?: unknown } };
  const status = typeof response?.status === 'number' ? response.status : 0;
  return { status, code: typeof cause?.code === 'string' ? cause.code : undefined };
}

/** Whether the client gave up waiting (its own timeout), directly or as the cause of a request error. */
export function isMeiliTimeout(error: unknown): boolean {
  return (
    error instanceof Error && (error.name === 'MeilisearchRequestTimeOutError' || (error.cause as Error | undefined)?.name === 'MeilisearchRequestTimeOutError')
  );
}

/**
 * Maps a client error to search_unavailable when the service, not our request, is at fault (and
 * notes a transport failure or server error as "recently down"); returns other errors as they are.
 */
export function toSearchError(error: unknown): unknown {
  if (isSearchUnavailable(error)) return error;
  const api = meilisearchApiError(error);
  if (api) {
    if (api.status >= 500 || api.status === 429) {
      noteSearchDown();
      return searchUnavailable('server_error', `Meilisearch answered ${api.status}: ${(error as Error).message}`, error);
    }
    // A missing index is not an outage (a reindex rebuilds it): fall back for this request only.
    if (api.code === 'index_not_found') return searchUnavailable('index_not_found', `Meilisearch has no such index: ${(error as Error).message}`, error);
    return error;
  }
  // Connection refused or reset, DNS, abort/timeout: MeilisearchRequestError (its cause holds the
  // fetch error or the signal's TimeoutError) and MeilisearchRequestTimeOutError.
  if (error instanceof Error && TRANSPORT_ERRORS.has(error.name)) {
    noteSearchDown();
    return searchUnavailable('unreachable', `Meilisearch unreachable or timed out: ${error.message}`, error);
  }
  return error;
}

/**
 * Runs one search request for a web request: skipped at once while Meilisearch is known to be
 * down, a missing configuration or an outage thrown as search_unavailable, an answer noted.
 */
export async function runSearchRequest<T>(request: (client: Meilisearch) => Promise<T>): Promise<T> {
  assertSearchNotKnownDown();
  let client: Meilisearch;
  try {
    client = getSearchClient();
  } catch (error) {
    // Not configured (no MEILI_URL, no embedded services): the site degrades, it does not crash.
    throw searchUnavailable('not_configured', error instanceof Error ? error.message : 'Meilisearch is not configured', error);
  }
  try {
    const response = await request(client);
    noteSearchAnswered();
    return response;
  } catch (error) {
    throw toSearchError(error);
  }
}

// ---- Indexes

/** Whether an index exists (a 404 index_not_found says no; anything else is an error). */
export async function indexExists(uid: string): Promise<boolean> {
  try {
    await getSearchClient().getRawIndex(uid);
    return true;
  } catch (error) {
    if (meilisearchApiError(error)?.code === 'index_not_found') return false;
    throw error;
  }
}

/** Deletes an index if present and waits (the client's deleteIndexIfExists does not wait). */
export async function dropIndex(uid: string): Promise<void> {
  if (!(await indexExists(uid))) return;
  await waitForTaskSuccess((await getSearchClient().deleteIndex(uid)).taskUid);
}

/** How an index of one kind is made: its primary key and settings. */
export interface IndexShape {
  primaryKey: string;
  settings: Settings;
}

/** Creates an index with its primary key and settings, and waits until both are in force. */
export async function createIndex(uid: string, shape: IndexShape): Promise<void> {
  const client = getSearchClient();
  await waitForTaskSuccess((await client.createIndex(uid, { primaryKey: shape.primaryKey })).taskUid);
  await waitForTaskSuccess((await client.index(uid).updateSettings(shape.settings)).taskUid);
}

/** Creates the index if it is missing; says whether it did. */
export async function createIndexIfMissing(uid: string, shape: IndexShape): Promise<boolean> {
  if (await indexExists(uid)) return false;
  await createIndex(uid, shape);
  return true;
}

/**
 * Rebuilds an index with no downtime: `fill` loads a fresh `<live>_next`, which is then swapped
 * with the live index (created empty on a first run, the swap needs both) and the old one dropped.
 */
export async function rebuildIndex(live: string, shape: IndexShape, fill: (uid: string) => Promise<void>): Promise<void> {
  const next = `${live}_next`;
  await dropIndex(next);
  await createIndex(next, shape);
  await fill(next);
  await createIndexIfMissing(live, shape);
  await waitForTaskSuccess((await getSearchClient().swapIndexes([{ indexes: [live, next], rename: false }])).taskUid);
  await dropIndex(next);
}

/**
 * Runs an ensure step once per process (a failure is forgotten, so the next call tries again), so
 * that an upsert never auto-creates an index without its settings; `done()` records that a
 * rebuild has made it so.
 */
export function ensureOnce(ensure: () => Promise<unknown>): { (): Promise<unknown>; done(): void } {
  let ensured: Promise<unknown> | null = null;
  const run = () =>
    (ensured ??= ensure().catch((error: unknown) => {
      ensured = null;
      throw error;
    }));
  return Object.assign(run, {
    done() {
      ensured = Promise.resolve();
    },
  });
}

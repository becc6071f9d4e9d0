// How a failed Meilisearch call is told apart: the service is unavailable (connection refused or
// reset, a timeout, a 5xx or 429, no index) and callers fall back to PostgreSQL, or our request
// was wrong and the error propagates. Also a short per-process "recently down" note, so that
// while Meilisearch is hung each web request does not wait out its own timeout.

/** Meilisearch is unreachable, overloaded (503 queue full), timed out, or has no such index. */
export class SearchUnavailableError extends Error {
  readonly code = 'search_unavailable' as const;
  /** Not tried: Meilisearch failed moments ago (callers log these quietly). */
  readonly skipped: boolean;

  constructor(message: string, options?: { cause?: unknown; skipped?: boolean }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
    this.skipped = options?.skipped ?? false;
  }
}

/** Whether `error` is a SearchUnavailableError, from whichever bundled copy of this module. */
export function isSearchUnavailable(error: unknown): error is SearchUnavailableError {
  return error instanceof Error && error.name === 'SearchUnavailableError';
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

const globalForSearchHealth = globalThis as unknown as { __creditSearchDownUntil?: number };

/** Throws SearchUnavailableError while a recent transport failure says Meilisearch is down. */
export function assertSearchNotKnownDown(): void {
  const until = globalForSearchHealth.__creditSearchDownUntil ?? 0;
  if (Date.now() < until) throw new SearchUnavailableError('Meilisearch failed moments ago; not retried yet', { skipped: true });
}

/** Records that Meilisearch answered (ends a "recently down" period at once). */
export function noteSearchAnswered(): void {
  globalForSearchHealth.__creditSearchDownUntil = 0;
}

function noteSearchDown(): void {
  globalForSearchHealth.__creditSearchDownUntil = Date.now() + SEARCH_RETRY_AFTER_MS;
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

/**
 * Maps a client error to SearchUnavailableError when the service, not our request, is at fault
 * (and notes a transport failure or server error as "recently down"); returns other errors as they are.
 */
export function toSearchError(error: unknown): unknown {
  if (isSearchUnavailable(error)) return error;
  const api = meilisearchApiError(error);
  if (api) {
    if (api.status >= 500 || api.status === 429) {
      noteSearchDown();
      return new SearchUnavailableError(`Meilisearch answered ${api.status}: ${(error as Error).message}`, { cause: error });
    }
    // A missing index is not an outage (a reindex rebuilds it): fall back for this request only.
    if (api.code === 'index_not_found') return new SearchUnavailableError(`Meilisearch has no such index: ${(error as Error).message}`, { cause: error });
    return error;
  }
  // Connection refused or reset, DNS, abort/timeout: MeilisearchRequestError (its cause holds the
  // fetch error or the signal's TimeoutError) and MeilisearchRequestTimeOutError.
  if (error instanceof Error && TRANSPORT_ERRORS.has(error.name)) {
    noteSearchDown();
    return new SearchUnavailableError(`Meilisearch unreachable or timed out: ${error.message}`, { cause: error });
  }
  return error;
}

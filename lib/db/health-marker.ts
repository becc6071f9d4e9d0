// A process-wide note of when PostgreSQL became unreachable, kept on globalThis so that every
// module copy in the process (Next's server bundles, and a custom server such as scripts/serve.mjs
// that reads `globalThis.__creditSiteHealth.dbDownSince`) sees the same value. The postgres.js
// client (lib/db/client.ts) sets it on a connection failure and clears it on the next success.
// Deliberately no 'server-only' import: the custom server loads this file outside React.

export interface CreditSiteHealth {
  /** Epoch milliseconds of the first failure of the current outage; null while the database answers. */
  dbDownSince: number | null;
  /** Epoch milliseconds of the last query cut by the read pool's statement timeout (overload). */
  lastStatementTimeoutAt?: number;
}

declare global {
  var __creditSiteHealth: CreditSiteHealth | undefined;
}

function health(): CreditSiteHealth {
  globalThis.__creditSiteHealth ??= { dbDownSince: null };
  return globalThis.__creditSiteHealth;
}

/** Records that the database could not be reached (keeps the start of an ongoing outage). */
export function markDatabaseUnavailable(now: number = Date.now()): void {
  const h = health();
  if (h.dbDownSince === null) h.dbDownSince = now;
}

/** Records that the database answered again. */
export function markDatabaseAvailable(): void {
  const h = health();
  if (h.dbDownSince !== null) h.dbDownSince = null;
}

/** When the current outage began (epoch ms), or null when the database is answering. */
export function databaseUnavailableSince(): number | null {
  return health().dbDownSince;
}

/**
 * Per request: whether a query of this request was cut by the read pool's statement timeout.
 * The custom server (scripts/serve.mjs) runs each request inside an AsyncLocalStorage kept on
 * globalThis (no import: the server is plain Node, the app is bundled); a page that then fails
 * answers 503 with Retry-After, not 500: the database is alive but overloaded, and it says so.
 */
export interface RequestHealth {
  databaseTimedOut: boolean;
}

declare global {
  var __creditSiteRequestHealth: { getStore(): RequestHealth | undefined } | undefined;
}

/**
 * Notes on the current request (if any) that one of its queries hit the statement timeout, and
 * on the process when: a request that joined another's render (Next shares one render among
 * concurrent requests for a page) fails with that render's error but carries no flag of its own.
 */
export function markRequestDatabaseTimedOut(now: number = Date.now()): void {
  const store = globalThis.__creditSiteRequestHealth?.getStore();
  if (store) store.databaseTimedOut = true;
  health().lastStatementTimeoutAt = now;
}

// The one place that decides whether an error means "PostgreSQL cannot be reached right now"
// (as opposed to a bug or a bad query). Callers turn such errors into a 503 with Retry-After, a
// form's "try again later", or the error page; the postgres.js client marks the process-wide
// health marker with it (lib/db/client.ts). Pure: no I/O, safe to import anywhere on the server.

/** Socket-level failures (Node) and postgres.js connection error codes. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // postgres.js (node_modules/postgres/src/errors.js `connection(…)`).
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  // lib/db/client.ts: failed at once because a connection failed moments ago.
  'DATABASE_UNAVAILABLE',
]);

/**
 * PostgreSQL SQLSTATEs that say the server is going away, starting, or out of capacity
 * (class 57 operator intervention, class 08 connection exceptions, 53300 too many connections).
 * 57014 (query_canceled) is handled apart: only a statement timeout counts, not a cancel we asked for.
 */
const SERVER_STATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovery)
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
]);

const MAX_DEPTH = 5;

function check(error: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || error === null || typeof error !== 'object') return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (CONNECTION_CODES.has(code) || SERVER_STATES.has(code)) return true;
  if (code === '57014' && typeof e.message === 'string' && /statement timeout/i.test(e.message)) return true;
  // Drizzle wraps driver errors (DrizzleQueryError.cause); Node's dual-stack connect raises an
  // AggregateError whose `errors` hold the per-address failures.
  if (check(e.cause, depth + 1)) return true;
  if (Array.isArray(e.errors)) return e.errors.some((inner) => check(inner, depth + 1));
  return false;
}

/** True when `error` (or its cause) says PostgreSQL is unreachable, shutting down or timed out. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return check(error, 0);
}

/** Seconds a client should wait before retrying while the database is unavailable (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

// The PostgreSQL connection (postgres.js) and its Drizzle wrapper; one pool per process.
import net from 'node:net';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { databaseUrl, env } from '../env';
import { databaseUnavailableSince, markDatabaseAvailable, markDatabaseUnavailable, markRequestDatabaseTimedOut } from './health-marker';
import { isDatabaseUnavailable } from './is-unavailable';
import * as core from './schema';
import * as intake from './tables/intake';
import * as measures from './tables/measures';
import * as objections from './tables/objections';
import * as policies from './tables/policies';
import * as reports from './tables/reports';
import * as staff from './tables/staff';

const schema = { ...core, ...staff, ...intake, ...objections, ...policies, ...reports, ...measures };

export type Sql = postgres.Sql;

const globalForDb = globalThis as unknown as { __creditSql?: Sql; __creditReadSql?: Sql; __creditExportSql?: Sql };

/**
 * Seconds to wait for a connection before giving up: the server is on the same network, so a
 * few seconds means it is down or frozen, and a page should fail over to its error page (or a
 * cached copy) rather than hang.
 */
const CONNECT_TIMEOUT_SECONDS = 3;

/**
 * While an outage is known, one query at a time probes the server (at most one a second); the
 * others fail at once instead of each waiting CONNECT_TIMEOUT_SECONDS, so a page that makes
 * several queries answers its error page in milliseconds, not in several times the timeout.
 */
const PROBE_INTERVAL_MS = 1_000;
/** A probe stuck longer than this (a half-open connection) no longer blocks the next one. */
const PROBE_STALE_MS = 10_000;
const breaker = { lastFailureAt: 0, probeStartedAt: 0 };

/** Whether a query should fail at once; if not and an outage is on, the caller is the probe. */
function shortCircuit(): { skip: boolean; probe: boolean } {
  if (databaseUnavailableSince() === null) return { skip: false, probe: false };
  const now = Date.now();
  const probing = breaker.probeStartedAt !== 0 && now - breaker.probeStartedAt < PROBE_STALE_MS;
  if (probing || now - breaker.lastFailureAt < PROBE_INTERVAL_MS) return { skip: true, probe: false };
  breaker.probeStartedAt = now;
  return { skip: false, probe: true };
}

function unavailableError(): Error {
  return Object.assign(new Error('PostgreSQL is unreachable (a connection failed moments ago); not trying again yet'), { code: 'DATABASE_UNAVAILABLE' });
}

/**
 * A statement timeout is the live server cancelling one slow query (the read pool sets one): the
 * query's caller answers 503, but it is no outage, and other queries go on.
 */
function isStatementTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '57014';
}

/** Notes a connection failure in the process-wide health marker; any other error came from a live server. */
function noteFailure(error: unknown, probe: boolean): void {
  if (probe) breaker.probeStartedAt = 0;
  if (isStatementTimeout(error)) {
    markRequestDatabaseTimedOut();
    markDatabaseAvailable();
  } else if (isDatabaseUnavailable(error)) {
    breaker.lastFailureAt = Date.now();
    markDatabaseUnavailable();
  } else markDatabaseAvailable();
}

/** Any answer from the server ends an outage (a no-op while none is recorded). */
function noteSuccess<T>(value: T, probe: boolean): T {
  if (probe) breaker.probeStartedAt = 0;
  markDatabaseAvailable();
  return value;
}

/**
 * Watches a query's outcome for the health marker without changing when it runs: postgres.js
 * queries are lazy promises (they run when awaited, or as cursors/streams), so the query's own
 * `then` is wrapped rather than chained (chaining would start it early). Cost: one closure per query.
 */
function watchQuery<T>(result: T): T {
  if (!(result instanceof Promise)) return result; // fragments and helpers (sql(obj)) are not queries
  const query = result as Promise<unknown>;
  const then = query.then;
  Object.defineProperty(query, 'then', {
    configurable: true,
    writable: true,
    value(onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) {
      const { skip, probe } = shortCircuit();
      // Not awaited, the query is never sent: postgres.js runs a query only when it is awaited.
      if (skip) return Promise.reject(unavailableError()).then(onFulfilled, onRejected);
      return then.call(
        query,
        (value: unknown) => (onFulfilled ? onFulfilled(noteSuccess(value, probe)) : noteSuccess(value, probe)),
        (error: unknown) => {
          noteFailure(error, probe);
          if (onRejected) return onRejected(error);
          throw error;
        },
      );
    },
  });
  return result;
}

/** The pool as callers see it: every query and transaction reports to the health marker. */
function withHealthMarker(sql: Sql): Sql {
  return new Proxy(sql, {
    apply: (target, thisArg, args) => watchQuery(Reflect.apply(target, thisArg, args)),
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'unsafe' || prop === 'file') return (...args: unknown[]) => watchQuery((value as (...a: unknown[]) => unknown).apply(target, args));
      if (prop === 'begin') {
        return (...args: unknown[]) => {
          const { skip, probe } = shortCircuit();
          if (skip) return Promise.reject(unavailableError());
          return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).then(
            (result) => noteSuccess(result, probe),
            (error: unknown) => {
              noteFailure(error, probe);
              throw error;
            },
          );
        };
      }
      return value;
    },
  });
}

/**
 * The TCP socket postgres.js connects through. postgres.js 3.4.9 retries at once and forever
 * when a server closes a connection cleanly during startup, so the waiting query never settles
 * and connect_timeout never fires (porsager/postgres#1193; a proxy or pooler in front of a
 * stopped server does this). Such a close, before a single byte came back, is reported as a
 * connection error instead, which rejects the query like a refused connection would.
 */
function startupSafeSocket(options: { host: string[]; port: number[]; path?: string | false }): net.Socket {
  const host = options.host[0] ?? 'localhost';
  const port = options.port[0] ?? 5432;
  const socket = options.path ? net.connect(options.path) : net.connect(port, host);
  // Registered before postgres.js's own 'close' listener, so it runs first.
  socket.on('close', (hadError) => {
    if (!hadError && socket.bytesRead === 0) {
      socket.emit(
        'error',
        Object.assign(new Error(`PostgreSQL at ${options.path || `${host}:${port}`} closed the connection during startup`), { code: 'ECONNRESET' }),
      );
    }
  });
  return socket;
}

function createPool(connection: Record<string, string | number> = {}, max = 10): Sql {
  return withHealthMarker(
    postgres(databaseUrl(), {
      max,
      idle_timeout: 30,
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      onnotice: () => {},
      connection,
      // Dates stay 'YYYY-MM-DD' strings: the domain compares calendar dates, not instants.
      types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
      // A documented option missing from postgres.js's type definitions.
      ...({ socket: startupSafeSocket } as object),
    }),
  );
}

/** The shared postgres.js pool (created on first use, so builds need no database): writes, staff, worker. */
export function getSql(): Sql {
  if (!globalForDb.__creditSql) globalForDb.__creditSql = createPool({ application_name: 'credit-write' });
  return globalForDb.__creditSql;
}

/**
 * The pool of public reads (pages, API, feeds, exports): every statement is cancelled by
 * PostgreSQL after PUBLIC_STATEMENT_TIMEOUT_MS, so no visitor's query holds a connection for long,
 * and a burst of public traffic cannot take the connections that writes and the back office need.
 * (Exports raise the limit for their own cursor: lib/db/queries/list-entries.ts.) Also the seam
 * for a read replica.
 */
export function getReadSql(): Sql {
  if (!globalForDb.__creditReadSql)
    globalForDb.__creditReadSql = createPool({ application_name: 'credit-read', statement_timeout: env.PUBLIC_STATEMENT_TIMEOUT_MS });
  return globalForDb.__creditReadSql;
}

/**
 * The pool of list exports: a long export holds its connection for its whole download, so
 * exports get connections of their own and can never take the read pool's from pages. Sized by
 * EXPORT_CONCURRENCY, the global number of exports at once (a process may hold all of them),
 * plus one for a waiting export probing for a slot. Same statement timeout as public reads; an
 * export raises it for its own cursor.
 */
export function getExportSql(): Sql {
  if (!globalForDb.__creditExportSql)
    globalForDb.__creditExportSql = createPool(
      { application_name: 'credit-export', statement_timeout: env.PUBLIC_STATEMENT_TIMEOUT_MS },
      env.EXPORT_CONCURRENCY + 1,
    );
  return globalForDb.__creditExportSql;
}

/** Drizzle over the shared pool. */
export function getDb() {
  return drizzle(getSql(), { schema });
}

export type Db = ReturnType<typeof getDb>;

/** Closes the pools (scripts and tests). */
export async function closeDb(): Promise<void> {
  const pools = [globalForDb.__creditSql, globalForDb.__creditReadSql, globalForDb.__creditExportSql];
  globalForDb.__creditSql = undefined;
  globalForDb.__creditReadSql = undefined;
  globalForDb.__creditExportSql = undefined;
  await Promise.all(pools.map((sql) => sql?.end({ timeout: 5 })));
}

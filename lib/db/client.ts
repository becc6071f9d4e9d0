// The PostgreSQL connection (postgres.js) and its Drizzle wrapper; one pool per process.
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { databaseUrl } from '../env';
import * as core from './schema';
import * as intake from './tables/intake';
import * as objections from './tables/objections';
import * as policies from './tables/policies';
import * as staff from './tables/staff';

const schema = { ...core, ...staff, ...intake, ...objections, ...policies };

export type Sql = postgres.Sql;

const globalForDb = globalThis as unknown as { __creditSql?: Sql };

/** The shared postgres.js pool (created on first use, so builds need no database). */
export function getSql(): Sql {
  if (!globalForDb.__creditSql) {
    globalForDb.__creditSql = postgres(databaseUrl(), {
      max: 10,
      idle_timeout: 30,
      connect_timeout: 10,
      onnotice: () => {},
      // Dates stay 'YYYY-MM-DD' strings: the domain compares calendar dates, not instants.
      types: { date: { to: 1082, from: [1082], serialize: (x: string) => x, parse: (x: string) => x } },
    });
  }
  return globalForDb.__creditSql;
}

/** Drizzle over the shared pool. */
export function getDb() {
  return drizzle(getSql(), { schema });
}

export type Db = ReturnType<typeof getDb>;

/** Closes the pool (scripts and tests). */
export async function closeDb(): Promise<void> {
  const sql = globalForDb.__creditSql;
  globalForDb.__creditSql = undefined;
  if (sql) await sql.end({ timeout: 5 });
}

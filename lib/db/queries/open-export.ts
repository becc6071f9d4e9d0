// Whole-selection exports (lists, 双公示): a server-side cursor on a connection of the export pool,
// behind a bounded number of export slots. No 'server-only': the export benchmark streams through
// it from plain Node.
import { createHash } from 'node:crypto';
import type postgres from 'postgres';
import { getExportSql } from '../client';

// Export slots are PostgreSQL advisory locks held by the export's own connection, so the limits
// hold across every site process and a crashed process frees its slots with its connections.
// Two-integer keys: (EXPORT_SLOT_KEY, slot) for the global slots, (EXPORT_ADDRESS_KEY + i, hash of
// the client address) for the per-address ones.
const EXPORT_SLOT_KEY = 0x45585054; // 'EXPT'
const EXPORT_ADDRESS_KEY = 0x45584100; // 'EXA\0' .. + EXPORTS_PER_ADDRESS

export interface ExportLimits {
  /** Exports at once across all processes. */
  slots: number;
  /** Exports at once from one client address. */
  perAddress: number;
  /** Longest the export's cursor may run (PostgreSQL's statement_timeout for it). */
  maxSeconds: number;
  /** How long to keep trying for a free slot before giving up (0: one try). */
  waitMs?: number;
}

/** An open export: its batches, and close() (idempotent) to free its connection and slots. */
export interface OpenExport<T> {
  batches: AsyncGenerator<T[]>;
  close(): Promise<void>;
}

/** The export's query, built on the export's own connection. */
export type ExportQuery<R extends object> = (sql: postgres.Sql) => postgres.PendingQuery<R[]>;

function addressKey(address: string): number {
  return createHash('sha256').update(address).digest().readInt32BE(0);
}

async function tryLocks(sql: postgres.ReservedSql, pairs: [number, number][]): Promise<boolean> {
  for (const [a, b] of pairs) {
    const [row] = await sql<{ ok: boolean }[]>`select pg_try_advisory_lock(${a}::int, ${b}::int) as ok`;
    if (row?.ok) return true;
  }
  return false;
}

/**
 * Opens an export of every row `query` selects, each mapped by `map`, or returns null when no
 * export slot is free (globally, or for this address) within `limits.waitMs`: a short burst of
 * exports queues for a moment rather than being refused; a sustained one is refused. No
 * connection is held while waiting. The rows come from a server-side cursor on a connection of
 * its own, whose statement timeout is raised to `maxSeconds` for the cursor: the public read
 * timeout would cut a long but healthy export, since PostgreSQL times a cursor from its first
 * fetch to its last. Call close() when done, cancelled or failed.
 */
export async function openExport<R extends object, T>(
  query: ExportQuery<R>,
  map: (row: R) => T,
  address: string,
  limits: ExportLimits,
  batchSize = 2000,
): Promise<OpenExport<T> | null> {
  const deadline = Date.now() + (limits.waitMs ?? 0);
  for (;;) {
    const open = await tryOpenExport(query, map, address, limits, batchSize);
    if (open) return open;
    // Jittered, so exports waiting in several processes do not retry in step.
    const pause = 150 + Math.floor(Math.random() * 200);
    // The last try is at the deadline itself: a refusal comes after the whole wait, never before.
    const left = deadline - Date.now();
    if (left <= 0) return null;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
  }
}

async function tryOpenExport<R extends object, T>(
  query: ExportQuery<R>,
  map: (row: R) => T,
  address: string,
  limits: ExportLimits,
  batchSize: number,
): Promise<OpenExport<T> | null> {
  const reserved = await getExportSql().reserve();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await reserved`select pg_advisory_unlock_all()`;
      await reserved`reset statement_timeout`;
    } catch {
      // A broken connection holds no locks: PostgreSQL released them with the session.
    } finally {
      reserved.release();
    }
  };
  try {
    const slots = Array.from({ length: limits.slots }, (_, i): [number, number] => [EXPORT_SLOT_KEY, i]);
    const mine = Array.from({ length: limits.perAddress }, (_, i): [number, number] => [EXPORT_ADDRESS_KEY + i, addressKey(address)]);
    if (!(await tryLocks(reserved, slots)) || !(await tryLocks(reserved, mine))) {
      await close();
      return null;
    }
    await reserved`select set_config('statement_timeout', ${String(limits.maxSeconds * 1000)}, false)`;
  } catch (error) {
    await close();
    throw error;
  }
  async function* batches(): AsyncGenerator<T[]> {
    const cursor = query(reserved as unknown as postgres.Sql).cursor(batchSize);
    for await (const rows of cursor) yield rows.map(map);
  }
  return { batches: batches(), close };
}

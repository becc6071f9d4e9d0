// Applies the generated SQL migrations in drizzle/migrations (idempotent).
import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { getDb, getSql } from './client';

/** Advisory-lock key of migrations ('MIGR'): one migrating process at a time per database. */
const MIGRATION_LOCK_KEY = 0x4d494752;

export function migrationsFolder(): string {
  return path.resolve(process.cwd(), 'drizzle/migrations');
}

/**
 * Brings the database schema up to date. Two processes starting together (two site processes, the
 * worker, a deploy script) would both find a migration missing and both run it: the second fails
 * half-way on "already exists". The first takes a session advisory lock and migrates; the others
 * wait for it, then find nothing left to do.
 */
export async function migrateDatabase(folder: string = migrationsFolder()): Promise<void> {
  const lock = await getSql().reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate(getDb(), { migrationsFolder: folder });
    } finally {
      await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    lock.release();
  }
}

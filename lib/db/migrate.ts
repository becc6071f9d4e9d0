// Applies the generated SQL migrations in drizzle/migrations (idempotent).
import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { getDb } from './client';

/** Brings the database schema up to date. */
export async function migrateDatabase(): Promise<void> {
  await migrate(getDb(), { migrationsFolder: path.resolve(process.cwd(), 'drizzle/migrations') });
}

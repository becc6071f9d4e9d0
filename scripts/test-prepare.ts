// Resets the test database (local only; the test runner checked), migrates, seeds a small
// deterministic city and indexes it. Tests add their own rows through tests/factories.
import { closeDb, getSql } from '../lib/db/client';
import { migrateDatabase } from '../lib/db/migrate';
import { mustRun } from './lib/run';

const sql = getSql();
await sql.unsafe('drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;');
await migrateDatabase();
await closeDb();
console.log('[test] database reset and migrated');
await mustRun('node_modules/.bin/tsx', ['scripts/db-seed.ts', '--entities', '2000', '--seed', '7', '--reset']);
await mustRun('node_modules/.bin/tsx', ['scripts/search-reindex.ts']);

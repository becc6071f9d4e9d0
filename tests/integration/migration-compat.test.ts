// Migrations without downtime, run for real: a new database is migrated one migration at a time,
// and after each one every table and column the previous schema had (drizzle's snapshot of the
// migration before) is still there to read, in one query per table, as the previous release's
// queries would read it. The static rules (no drop, rename, type change, NOT NULL without default)
// are scripts/lib/migration-rules.ts, run by `npm run check:migrations`.
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { databaseUrl } from '../../lib/env';
import { migrationsPrefix } from '../../lib/ops/backup';

const sql = getSql();
const name = `migration_compat_${process.pid}`;
const dir = path.resolve('drizzle/migrations');
const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
type Snapshot = { tables: Record<string, { name: string; columns: Record<string, { name: string }> }> };
const snapshot = (idx: number) => JSON.parse(fs.readFileSync(path.join(dir, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8')) as Snapshot;

afterAll(async () => {
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await closeDb();
});

describe('each migration keeps the previous release readable', () => {
  it('after every migration, every column of the schema before it can still be selected', async () => {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
    const url = new URL(databaseUrl());
    url.pathname = `/${name}`;
    const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    try {
      for (let count = 1; count <= journal.entries.length; count++) {
        const folder = await migrationsPrefix(count);
        try {
          await migrate(drizzle(db), { migrationsFolder: folder });
        } finally {
          fs.rmSync(folder, { recursive: true, force: true });
        }
        if (count === 1) continue;
        const before = snapshot(journal.entries[count - 2]!.idx);
        for (const table of Object.values(before.tables)) {
          const columns = Object.values(table.columns).map((c) => c.name);
          // As the previous release reads it: every column it knew, by name.
          await expect(db`select ${db(columns)} from ${db(table.name)} limit 0`, `${journal.entries[count - 1]!.tag}: ${table.name}`).resolves.toBeDefined();
        }
      }
      const [applied] = await db<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(applied!.n).toBe(journal.entries.length);
    } finally {
      await db.end({ timeout: 5 });
    }
  }, 120_000);
});

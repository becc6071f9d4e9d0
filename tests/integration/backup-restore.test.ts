// Backup and restore end to end, with the real commands: `npm run db:backup` of the test database
// holding records, an objection with evidence and audit entries; `npm run db:restore` into a fresh
// DATA_DIR (its own embedded PostgreSQL and Meilisearch); then the same row counts, the same evidence
// bytes, an audit chain that verifies and a search index that answers. A damaged backup and a
// database that already holds data are refused with nothing changed. And two migrating processes
// started together both succeed (the migration lock).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { appSecret, dataDir, databaseUrl } from '../../lib/env';
import { receiveApplication } from '../../lib/objections/submit-application';
import { pdfBytes } from '../factories/applications';
import { objectionForm } from '../support/objection-form';
import { createEntity, daysAgo } from '../factories/entities';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'credit-backup-test-'));
// The embedded PostgreSQL of the restored data directory runs as the postgres user.
fs.chmodSync(tmp, 0o755);
const backups = path.join(tmp, 'backups');
const restoredDir = path.join(tmp, 'restored');
const sql = getSql();

/** Runs an npm script's entry point as its own process, with `env` over this one's. */
function run(script: string, args: string[], env: Record<string, string | undefined> = {}) {
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const result = spawnSync('node_modules/.bin/tsx', [script, ...args], { env: merged, encoding: 'utf8', timeout: 240_000 });
  return { code: result.status, out: `${result.stdout}\n${result.stderr}` };
}

/** The restored site's environment: its own data directory, no shared URL of the test's services. */
const restoredEnv = { DATA_DIR: restoredDir, DATABASE_URL: undefined, MEILI_URL: undefined, MEILI_MASTER_KEY: undefined, SEARCH_INDEX_PREFIX: 'restored_' };

let backupFolder = '';

beforeAll(async () => {
  // An objection with evidence: an application row, its file rows, the file on disk and an audit entry.
  const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(20), severity: 'general' }] });
  const form = objectionForm(
    firm.recordIds[0]!,
    { applicantType: 'company', applicantName: '济南备份测试有限公司', applicantUscc: '91370102MA3C5PRX3E', description: '备份恢复测试。', commitment: 'yes' },
    [{ name: '证据.pdf', bytes: pdfBytes('backup') }],
  );
  const outcome = await receiveApplication('objection', firm.uscc, form, '10.7.0.1', 'backup-test-browser-0123456789');
  expect(outcome.ok).toBe(true);
}, 60_000);

afterAll(async () => {
  if (fs.existsSync(path.join(restoredDir, 'services.json'))) run('scripts/services/cli.ts', ['stop'], restoredEnv);
  fs.rmSync(tmp, { recursive: true, force: true });
  await closeDb();
});

async function tableCounts(db: postgres.Sql): Promise<Record<string, number>> {
  const tables = await db<
    { name: string }[]
  >`select tablename as name from pg_tables where schemaname = 'public' and tablename not in ('staff_sessions', 'backup_runs') order by 1`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await db<{ n: string }[]>`select count(*)::text as n from ${db(name)}`)[0]!.n);
  return counts;
}

describe('npm run db:backup and db:restore', () => {
  it('backs up, restores into a fresh data directory, and finds everything again', async () => {
    const before = await tableCounts(sql);
    expect(before.applications).toBeGreaterThan(0);
    expect(before.application_files).toBeGreaterThan(0);
    expect(before.audit_log).toBeGreaterThan(0);
    expect(before.records).toBeGreaterThan(0);

    const backup = run('scripts/db-backup.ts', ['--out', backups]);
    expect(backup.code, backup.out).toBe(0);
    const [folder] = fs.readdirSync(backups).filter((f) => f.startsWith('credit-backup-') && !f.endsWith('.partial'));
    expect(folder).toBeDefined();
    backupFolder = path.join(backups, folder!);
    const manifest = JSON.parse(fs.readFileSync(path.join(backupFolder, 'manifest.json'), 'utf8'));
    expect(manifest.tables.find((t: { name: string }) => t.name === 'records').rows).toBe(before.records);
    expect(manifest.evidence.length).toBeGreaterThan(0);
    expect(manifest.secrets.map((s: { path: string }) => s.path)).toContain('app-secret');
    // Private: the folder is the owner's only.
    expect(fs.statSync(backupFolder).mode & 0o077).toBe(0);
    // The run is recorded, so /api/health stops warning.
    const [run_] = await sql<{ folder: string }[]>`select folder from backup_runs order by id desc limit 1`;
    expect(run_!.folder).toBe(folder);

    const restore = run('scripts/db-restore.ts', [backupFolder], restoredEnv);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toContain('search index was rebuilt');

    const services = JSON.parse(fs.readFileSync(path.join(restoredDir, 'services.json'), 'utf8')) as {
      databaseUrl: string;
      meiliUrl: string;
      meiliKey: string;
    };
    expect(services.databaseUrl).not.toBe(databaseUrl());
    const restored = postgres(services.databaseUrl, { max: 1, onnotice: () => {} });
    try {
      expect(await tableCounts(restored)).toEqual(before);
      // Every evidence file, byte for byte, where its row says.
      const files = await restored<{ storedName: string }[]>`select stored_name as "storedName" from application_files`;
      for (const f of files) {
        expect(fs.readFileSync(path.join(restoredDir, 'evidence', f.storedName)).equals(fs.readFileSync(path.join(dataDir(), 'evidence', f.storedName)))).toBe(
          true,
        );
      }
      // New rows get new ids: the sequences carried on.
      const [top] = await restored<{ max: string }[]>`select max(id)::text as max from records`;
      const [seq] = await restored<{ next: string }[]>`select nextval('records_id_seq')::text as next`;
      expect(BigInt(seq!.next)).toBeGreaterThan(BigInt(top!.max));
    } finally {
      await restored.end({ timeout: 5 });
    }
    const audit = run('scripts/audit-verify.ts', [], restoredEnv);
    expect(audit.code, audit.out).toBe(0);
    expect(audit.out).toMatch(/chain intact: [1-9]\d* entries verified/);
    expect(fs.readFileSync(path.join(restoredDir, 'app-secret'), 'utf8')).toBe(appSecret());

    const meili = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliKey });
    const stats = await meili.index('restored_entities').getStats();
    expect(stats.numberOfDocuments).toBe(before.entities);
    const [firm] = await sql<{ name: string }[]>`select name from entities order by id limit 1`;
    const hits = await meili.index('restored_entities').search(firm!.name);
    expect(hits.hits.length).toBeGreaterThan(0);
  }, 300_000);

  it('refuses to restore into a database that already holds data', () => {
    const again = run('scripts/db-restore.ts', [backupFolder], restoredEnv);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/refused: The target database is not empty/);
  }, 120_000);

  it('refuses a damaged backup and changes nothing', () => {
    const damaged = path.join(tmp, 'damaged');
    fs.cpSync(backupFolder, damaged, { recursive: true });
    const file = path.join(damaged, 'tables', 'records.copy.gz');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    const empty = path.join(tmp, 'never-created');
    const result = run('scripts/db-restore.ts', [damaged], { ...restoredEnv, DATA_DIR: empty });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/refused: The backup is damaged; nothing was restored:\s+tables\/records\.copy\.gz: checksum mismatch/);
    expect(fs.existsSync(empty)).toBe(false);
  }, 120_000);
});

describe('npm run db:migrate', () => {
  it('lets two processes starting together migrate a new database: one migrates, the other waits', async () => {
    const name = `migrate_lock_${process.pid}`;
    await sql.unsafe(`drop database if exists ${name}`);
    await sql.unsafe(`create database ${name}`);
    const url = new URL(databaseUrl());
    url.pathname = `/${name}`;
    try {
      const start = () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn('node_modules/.bin/tsx', ['scripts/db-migrate.ts'], { env: { ...process.env, DATABASE_URL: url.toString() } });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d));
          child.stderr.on('data', (d: Buffer) => (out += d));
          child.on('close', (code: number | null) => resolve({ code, out }));
        });
      const results = await Promise.all([start(), start(), start()]);
      for (const r of results) expect(r.code, r.out).toBe(0);
      const other = postgres(url.toString(), { max: 1, onnotice: () => {} });
      try {
        const [applied] = await other<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
        const journal = JSON.parse(fs.readFileSync('drizzle/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
        expect(applied!.n).toBe(journal.entries.length);
      } finally {
        await other.end({ timeout: 5 });
      }
    } finally {
      await sql.unsafe(`drop database if exists ${name} with (force)`);
    }
  }, 120_000);
});

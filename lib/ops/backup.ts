// Backup and restore of everything the register cannot recompute: the PostgreSQL tables, the
// objection evidence files and the generated secrets. Meilisearch is not backed up: the index is
// rebuilt from PostgreSQL after a restore, as after any reindex.
//
// A backup is one folder, `credit-backup-<UTC time>`, written under a `.partial` name and renamed
// when complete, so a folder without `.partial` is whole:
//   manifest.json             format, time, migrations applied, per table its rows, bytes and sha256,
//                             sequences, every evidence and secret file with its size and sha256
//   tables/<table>.copy.gz    the rows in COPY text format, gzip, all from one snapshot
//   evidence/YYYY/MM/<file>   the evidence files, as stored
//   secrets/<name>            mode 600 (the folder is 700)
// A restore checks every checksum first and refuses a backup it cannot load whole.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { appliedMigrationHashes, copyIn, copyOut, countRows, listBackupTables, restoreSequences, sequenceValues, withSnapshot } from '../db/bulk/backup-tables';
import { getSql } from '../db/client';
import { migrateDatabase, migrationsFolder } from '../db/migrate';
import { insertBackupRun } from '../db/mutations/backup-runs';
import { dataDir } from '../env';

export const BACKUP_FORMAT = 1;
/** Generated secrets kept in DATA_DIR that a restored site needs to go on as before. */
export const SECRET_FILES = ['app-secret', 'report-signing-key.pem'] as const;

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: number;
  createdAt: string;
  host: string;
  migrations: string[];
  tables: (FileEntry & { name: string; rows: number })[];
  sequences: Record<string, number | null>;
  evidence: FileEntry[];
  secrets: FileEntry[];
}

/** Counts bytes, newlines and the sha256 of what passes through. */
function meter() {
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, lines, sha256: hash.digest('hex') }) };
}

async function sha256File(file: string): Promise<{ bytes: number; sha256: string }> {
  const m = meter();
  await pipeline(createReadStream(file), m.stream, async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) void chunk;
  });
  const { bytes, sha256 } = m.result();
  return { bytes, sha256 };
}

/** Files below `root` (relative paths, sorted), skipping evidence still being written (`.part`). */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !entry.name.endsWith('.part')) out.push(path.relative(root, full));
    }
  }
  await walk(root);
  return out.sort();
}

async function copyFiles(fromRoot: string, toRoot: string, files: readonly string[]): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const rel of files) {
    const target = path.join(toRoot, rel);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.copyFile(path.join(fromRoot, rel), target);
    await fs.chmod(target, 0o600);
    entries.push({ path: rel, ...(await sha256File(target)) });
  }
  return entries;
}

export interface BackupResult {
  folder: string;
  manifest: BackupManifest;
  seconds: number;
}

/**
 * Writes a backup folder under `outDir`. The tables come from one REPEATABLE READ snapshot; the
 * evidence is copied after it, so every file a backed-up row points to is there (files are renamed
 * into place when their row commits, and never changed).
 */
export async function createBackup(outDir: string, opts: { now?: Date } = {}): Promise<BackupResult> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const name = `credit-backup-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
  const folder = path.resolve(outDir, name);
  const partial = `${folder}.partial`;
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(path.join(partial, 'tables'), { recursive: true, mode: 0o700 });
  await fs.chmod(partial, 0o700);
  try {
    const sql = getSql();
    const { migrations, tables, sequences } = await withSnapshot(sql, async (tx, snapshot) => {
      const names = await listBackupTables(tx);
      const written: BackupManifest['tables'] = [];
      for (const table of names) {
        const file = path.join('tables', `${table}.copy.gz`);
        const rows = meter();
        const gz = meter();
        await pipeline(
          await copyOut(snapshot, table),
          rows.stream,
          zlib.createGzip({ level: 3 }),
          gz.stream,
          createWriteStream(path.join(partial, file), { mode: 0o600 }),
        );
        const { bytes, sha256 } = gz.result();
        written.push({ name: table, rows: rows.result().lines, path: file, bytes, sha256 });
      }
      return { migrations: await appliedMigrationHashes(tx), tables: written, sequences: await sequenceValues(tx) };
    });
    const evidenceRoot = path.join(dataDir(), 'evidence');
    const evidence = await copyFiles(evidenceRoot, path.join(partial, 'evidence'), await listFiles(evidenceRoot));
    const present = [];
    for (const secret of SECRET_FILES) if (await fs.stat(path.join(dataDir(), secret)).catch(() => null)) present.push(secret);
    const secrets = await copyFiles(dataDir(), path.join(partial, 'secrets'), present);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      host: os.hostname(),
      migrations,
      tables,
      sequences,
      evidence,
      secrets,
    };
    await fs.writeFile(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(partial, folder);
    const totalBytes = tables.reduce((n, t) => n + t.bytes, 0) + evidence.reduce((n, f) => n + f.bytes, 0);
    // Recorded in the database, so /api/health on every machine can tell when the last one ran.
    await insertBackupRun({ finishedAt: new Date(), folder: name, bytes: totalBytes });
    return { folder, manifest, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
}

export class RestoreRefusedError extends Error {}

/** Reads and checks a backup folder: every file present with its size and checksum. */
export async function verifyBackup(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await fs.readFile(path.join(folder, 'manifest.json'), 'utf8')) as BackupManifest;
  } catch {
    throw new RestoreRefusedError(`${folder} is not a complete backup: manifest.json is missing or unreadable (an interrupted backup ends in .partial).`);
  }
  if (manifest.format !== BACKUP_FORMAT)
    throw new RestoreRefusedError(`Backup format ${manifest.format} is not supported (this release reads format ${BACKUP_FORMAT}).`);
  const problems: string[] = [];
  const files = [
    ...manifest.tables.map((t) => ({ ...t, path: t.path })),
    ...manifest.evidence.map((f) => ({ ...f, path: path.join('evidence', f.path) })),
    ...manifest.secrets.map((f) => ({ ...f, path: path.join('secrets', f.path) })),
  ];
  for (const file of files) {
    const found = await sha256File(path.join(folder, file.path)).catch(() => null);
    if (!found) problems.push(`${file.path}: missing`);
    else if (found.bytes !== file.bytes || found.sha256 !== file.sha256) problems.push(`${file.path}: checksum mismatch`);
  }
  if (problems.length > 0) throw new RestoreRefusedError(`The backup is damaged; nothing was restored:\n  ${problems.join('\n  ')}`);
  return manifest;
}

/** The local migrations' hashes, oldest first (drizzle hashes each SQL file's text with sha256). */
async function localMigrations(): Promise<{ tag: string; hash: string }[]> {
  const journal = JSON.parse(await fs.readFile(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const out = [];
  for (const { tag } of journal.entries) {
    const text = await fs.readFile(path.join(migrationsFolder(), `${tag}.sql`), 'utf8');
    out.push({ tag, hash: createHash('sha256').update(text).digest('hex') });
  }
  return out;
}

/** A migrations folder holding only the first `count` migrations (to rebuild the backup's schema). */
export async function migrationsPrefix(count: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'credit-restore-migrations-'));
  const journalFile = path.join(migrationsFolder(), 'meta', '_journal.json');
  const journal = JSON.parse(await fs.readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, count);
  await fs.mkdir(path.join(dir, 'meta'));
  await fs.writeFile(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const { tag } of journal.entries) await fs.copyFile(path.join(migrationsFolder(), `${tag}.sql`), path.join(dir, `${tag}.sql`));
  return dir;
}

export interface RestoreResult {
  tables: Record<string, number>;
  evidence: number;
  secrets: number;
  seconds: number;
}

/**
 * Restores a backup into this DATA_DIR's (or DATABASE_URL's) empty database: the schema the backup
 * was taken with (its migrations), then its rows in one transaction, its sequences, then any newer
 * migrations of this release; then the evidence and the secrets. Refuses a damaged backup, one from
 * a newer release, and a database that already holds data. The search index is rebuilt by the caller.
 */
/**
 * Tables a migration fills in a new database (0017: the dalian-2021 rule set, so every database
 * has one in force): not counted as data by the emptiness check, and emptied before the backup's
 * own rows are copied in.
 */
const MIGRATION_FILLED_TABLES: ReadonlySet<string> = new Set(['credit_rule_sets']);

export async function restoreBackup(folder: string, verified?: BackupManifest): Promise<RestoreResult> {
  const started = performance.now();
  const manifest = verified ?? (await verifyBackup(folder));
  const local = await localMigrations();
  const known = manifest.migrations.every((hash, i) => local[i]?.hash === hash);
  if (!known) {
    throw new RestoreRefusedError(
      `The backup was taken with migrations this release does not have (${manifest.migrations.length} applied there, ${local.length} here, or different ones): restore it with the release that made it, then upgrade.`,
    );
  }
  const prefix = await migrationsPrefix(manifest.migrations.length);
  try {
    await migrateDatabase(prefix);
  } finally {
    await fs.rm(prefix, { recursive: true, force: true });
  }
  const sql = getSql();
  const names = manifest.tables.map((t) => t.name);
  const existing = await countRows(sql, names);
  const nonEmpty = Object.entries(existing).filter(([t, n]) => n > 0 && !MIGRATION_FILLED_TABLES.has(t));
  if (nonEmpty.length > 0) {
    throw new RestoreRefusedError(
      `The target database is not empty (${nonEmpty.map(([t, n]) => `${t}: ${n} rows`).join(', ')}): restore into a new DATA_DIR or an empty database.`,
    );
  }
  await sql.begin(async (tx) => {
    // What the migrations put there is in the backup too (as it was then): the backup's rows replace it.
    for (const name of names) if (MIGRATION_FILLED_TABLES.has(name)) await tx`delete from ${tx(name)}`;
    for (const table of manifest.tables) {
      await pipeline(createReadStream(path.join(folder, table.path)) as Readable, zlib.createGunzip(), await copyIn(tx, table.name));
    }
    await restoreSequences(tx, manifest.sequences);
  });
  await migrateDatabase();
  const restored = await countRows(sql, names);
  const wrong = manifest.tables.filter((t) => restored[t.name] !== t.rows);
  if (wrong.length > 0) throw new Error(`Row counts differ after the restore: ${wrong.map((t) => `${t.name} ${restored[t.name]} ≠ ${t.rows}`).join(', ')}`);
  const evidenceRoot = path.join(dataDir(), 'evidence');
  await copyFiles(
    path.join(folder, 'evidence'),
    evidenceRoot,
    manifest.evidence.map((f) => f.path),
  );
  for (const secret of manifest.secrets) {
    const target = path.join(dataDir(), secret.path);
    const current = await fs.readFile(target).catch(() => null);
    const backed = await fs.readFile(path.join(folder, 'secrets', secret.path));
    // A secret generated by this new DATA_DIR's first start is replaced by the backed-up one.
    if (current && current.equals(backed)) continue;
    await fs.mkdir(dataDir(), { recursive: true });
    await fs.writeFile(target, backed, { mode: 0o600 });
  }
  return { tables: restored, evidence: manifest.evidence.length, secrets: manifest.secrets.length, seconds: (performance.now() - started) / 1000 };
}

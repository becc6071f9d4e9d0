// `npm test`: everything, against real services. Starts embedded PostgreSQL and Meilisearch
// (or uses DATABASE_URL / MEILI_URL when set, local hosts only), resets a test database, seeds
// it, indexes it, runs Vitest (unit + integration), builds the site, serves it with `next start`
// and drives it with Playwright in Debian's Chromium. Prints one "Tests: N passed, N failed" line.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, mustRun, runCommand, siteCommand, startChild, stopChild, waitForHttp } from './lib/run';
import { hasRedisServer, startRedisServer, type RedisServer } from './lib/redis-server';

process.env.DATA_DIR ??= '.data/test';
process.env.SEARCH_INDEX_PREFIX ??= 'test_';
// Generous enough for the whole suite from one address; the rate-limit test uses its own address.
process.env.API_RATE_LIMIT_PER_MINUTE ??= '600';
// Every browser test signs in from 127.0.0.1; the per-address brake would otherwise trip.
process.env.STAFF_SIGN_IN_PER_MINUTE ??= '1000';
process.env.SUBMISSIONS_PER_MINUTE ??= '1000';
process.env.REPORTS_PER_MINUTE ??= '1000';
// The test runner plays the one trusted proxy (nginx in production): a browser context names its
// client in X-Forwarded-For, and the site takes the right-most entry (lib/security/client-address.mjs).
process.env.TRUSTED_PROXY_HOPS ??= '1';
// The suite serves a production build on http://127.0.0.1 with the generated APP_SECRET: a local
// run, which production checks refuse without this (lib/security/production-config.mjs).
process.env.ALLOW_INSECURE_LOCAL ??= '1';
// The operators' /metrics of the site and the worker (tests/e2e/metrics.spec.ts).
process.env.METRICS_TOKEN ??= 'test-metrics-token-0123456789abcdef';
const env = { ...process.env };

const skipE2e = process.argv.includes('--no-e2e');
const onlyE2e = process.argv.includes('--e2e-only');

function assertLocal(url: string | undefined, what: string) {
  if (!url) return;
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local ${what} (${host}).`);
  }
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!process.argv.includes('--no-e2e') && !fs.existsSync(chromium)) {
  console.error(`Browser tests need Debian's Chromium at ${chromium}: run \`apt-get install -y chromium\` (as root), or set CHROMIUM_PATH, or pass --no-e2e.`);
  process.exit(1);
}
assertLocal(process.env.DATABASE_URL, 'database');
assertLocal(process.env.MEILI_URL, 'search server');

const results = { passed: 0, failed: 0 };
fs.mkdirSync('test-results', { recursive: true });

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

let exitCode = 0;
let server: ReturnType<typeof startChild> | undefined;
let worker: ReturnType<typeof startChild> | undefined;
let redis: RedisServer | undefined;
try {
  // The shared page cache: the suite's site processes all use one private Redis, as in production.
  if (!hasRedisServer()) throw new Error("The tests need Debian's redis-server: run `apt-get install -y redis-server` (as root).");
  redis = await startRedisServer({ dir: path.join(process.env.DATA_DIR!, 'redis'), maxmemoryMb: 256 });
  env.REDIS_URL = redis.url;
  await mustRun('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'start'], env);
  await mustRun('node_modules/.bin/tsx', ['scripts/test-prepare.ts'], env);

  if (!onlyE2e) {
    const vitestOut = path.resolve('test-results/vitest.json');
    const code = await runCommand(
      'node_modules/.bin/vitest',
      ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestOut}`],
      { ...env, NODE_ENV: 'test' },
    );
    const v = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestOut);
    results.passed += v?.numPassedTests ?? 0;
    results.failed += v?.numFailedTests ?? (code === 0 ? 0 : 1);
    if (code !== 0) exitCode = 1;
  }

  if (!skipE2e) {
    // The build needs no service: no page that reads data is generated at build.
    const buildEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production' };
    delete buildEnv.REDIS_URL;
    await mustRun('node_modules/.bin/next', ['build'], buildEnv);
    const port = await freePort(3100);
    server = startChild(...siteCommand(port), { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    await waitForHttp(`http://127.0.0.1:${port}/api/health`);
    // The port tests/e2e/cluster.spec.ts starts its nginx on: this worker, which handles the suite's
    // changes, refreshes that nginx's micro-cache as production's worker refreshes the front server's.
    const edgePort = await freePort(3900);
    env.WORKER_METRICS_PORT ??= String(await freePort(3950));
    worker = startChild('node_modules/.bin/tsx', ['scripts/worker.ts'], {
      ...env,
      SITE_INTERNAL_URL: `http://127.0.0.1:${port}`,
      EDGE_REFRESH_URL: `http://127.0.0.1:${edgePort}`,
      LOG_LEVEL: 'warn',
    });
    const e2eOut = path.resolve('test-results/e2e.json');
    fs.rmSync(e2eOut, { force: true });
    const code = await runCommand('node_modules/.bin/playwright', ['test', '--config', 'tests/e2e/playwright.config.ts'], {
      ...env,
      E2E_BASE_URL: `http://127.0.0.1:${port}`,
      // Factories expire the pages their rows appear on through the site, as the worker would.
      SITE_INTERNAL_URL: `http://127.0.0.1:${port}`,
      E2E_EDGE_PORT: String(edgePort),
    });
    const p = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(e2eOut);
    results.passed += (p?.stats.expected ?? 0) + (p?.stats.flaky ?? 0);
    results.failed += p?.stats.unexpected ?? (code === 0 ? 0 : 1);
    if (code !== 0) exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
  results.failed += 1;
} finally {
  if (worker) await stopChild(worker);
  if (server) await stopChild(server);
  if (redis) await redis.stop();
  if (!process.argv.includes('--keep-services')) {
    await runCommand('node_modules/.bin/tsx', ['scripts/services/cli.ts', 'stop'], env);
  }
}
console.log(`\nTests: ${results.passed} passed, ${results.failed} failed`);
process.exit(exitCode);

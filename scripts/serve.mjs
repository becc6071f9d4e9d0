// Serves the built site: Next's own request handler (as `next start`), plus two things Next does
// not do for a self-hosted public site:
// 1. Shared caches may keep public pages. Next marks a regenerated page `s-maxage=N,
//    stale-while-revalidate=M`; this adds `public` and `stale-if-error`, so nginx or a CDN may
//    keep serving the last good copy while the site is down. Anything Next marks private stays so.
// 2. A filtered view (`/zh-CN/lists/serious-illegal?status=removed`) is served from a path of its
//    own, so it is generated once and cached too (lib/cache/query-view.ts).
// 3. While PostgreSQL is down (lib/db/health-marker.ts), or when one of the request's own queries
//    hit the read pool's statement timeout (overload), a request that fails answers 503 with
//    Retry-After (the translated error page says what still works) instead of 500.
// 4. The client's address is decided here, once, from the socket and TRUSTED_PROXY_HOPS
//    (lib/security/client-address.mjs), and handed to the app in an internal header.
// 5. Security headers: a nonce CSP for pages rendered per request, a hash CSP for cached pages,
//    nosniff, Referrer-Policy, Permissions-Policy, HSTS over HTTPS (lib/security/security-headers.mjs).
// 6. Bad requests are refused before Next reads them (lib/security/request-guard.mjs).
// 7. Every request is counted and timed for the operators' /metrics (lib/metrics/metrics.mjs).
// 8. Behind the front server, each public page it fetches is marked in the shared Redis for a few
//    seconds, so that after a change the worker re-fetches through it only the pages it may still
//    hold (lib/cache/edge-seen.mjs, lib/worker/refresh-edge.ts).
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST] [--dev]
// Plain JavaScript run by plain Node: under tsx's loader a cached page was served at half the rate.   (PORT / HOST from the environment otherwise)
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { LRUCache } from 'lru-cache';
import next from 'next';
import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';
import { rewriteToQueryView } from '../lib/cache/query-view.mjs';
import { formBrowserCookieFor } from '../lib/security/form-browser.mjs';
import { assertProductionConfig } from '../lib/security/production-config.mjs';
import { parseTrustedProxyHops, stampClientAddress } from '../lib/security/client-address.mjs';
import { createSecurityHeaders, securityOptionsFromEnv } from '../lib/security/security-headers.mjs';
import { guardRequest } from '../lib/security/request-guard.mjs';
import { metrics, routeOf } from '../lib/metrics/metrics.mjs';
import { connectEdgeSeen, markEdgeSeen } from '../lib/cache/edge-seen.mjs';

const STALE_IF_ERROR_SECONDS = 86_400;
const RETRY_AFTER_SECONDS = 30;
const NOT_FOUND_SECONDS = 10;

/** @param {string} flag */
function arg(flag) {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const port = Number(arg('-p') ?? process.env.PORT ?? 3000);
const hostname = arg('-H') ?? process.env.HOST ?? '127.0.0.1';
const trustedProxyHops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

/** `s-maxage=60, stale-while-revalidate=86340` → the same, public, with stale-if-error. */
/** @param {string} value */
export function publicCacheControl(value) {
  if (!/^s-maxage=\d+(, stale-while-revalidate=\d+)?$/.test(value)) return value;
  return `public, ${value}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}

function databaseDown() {
  const health = globalThis.__creditSiteHealth;
  return typeof health?.dbDownSince === 'number';
}

/** A request that shared a render whose query timed out fails without its own flag: seconds after one counts too. */
const STATEMENT_TIMEOUT_WINDOW_MS = 5_000;
function recentStatementTimeout() {
  const at = globalThis.__creditSiteHealth?.lastStatementTimeoutAt;
  return typeof at === 'number' && Date.now() - at < STATEMENT_TIMEOUT_WINDOW_MS;
}

/** Per request: whether one of its queries hit the statement timeout (lib/db/health-marker.ts). */
/** @type {AsyncLocalStorage<{ databaseTimedOut: boolean }>} */
const requestHealth = new AsyncLocalStorage();
globalThis.__creditSiteRequestHealth = requestHealth;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {{ databaseTimedOut: boolean }} health
 */
function adjust(res, health) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (typeof value === 'string' && name.toLowerCase() === 'cache-control') value = publicCacheControl(value);
    return setHeader(name, value);
  };
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (...args) => {
    const status = args[0];
    if (status === 500 && (databaseDown() || health.databaseTimedOut || recentStatementTimeout())) {
      args[0] = 503;
      setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      setHeader('Cache-Control', 'no-store');
    } else if (status === 404 && String(res.getHeader('Cache-Control') ?? '').startsWith('public')) {
      // A firm registered a moment ago must not stay a 404 in a shared cache for long.
      setHeader('Cache-Control', `public, s-maxage=${NOT_FOUND_SECONDS}`);
    }
    return writeHead(...args);
  };
}

/**
 * How far V8 lets the heap grow past what survived the last full collection before it collects
 * again, in percent. V8's own choice on a machine with a multi-gigabyte heap limit is up to 300
 * (a factor of 4): measured on a profile crawl, the heap reached ~320 MB over ~88 MB live, and every
 * MB the bounded caches gain shows up about 3.6 times in RSS. 100 (a factor of 2): ~165 MB over the
 * same live heap, RSS peaks ~180 MB lower, about 5 % more CPU per first visit (README, "Measured
 * performance"). Read at each collection, so setting it here, before serving, takes effect.
 * `SITE_HEAP_GROWING_PERCENT=0` leaves V8's default.
 * @param {string | undefined} value
 */
function heapGrowingPercent(value) {
  if (value === undefined || value === '') return 100;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 300) {
    console.error(`[serve] SITE_HEAP_GROWING_PERCENT must be a whole number from 0 to 300 (0 = V8's default), not ${JSON.stringify(value)}`);
    process.exit(1);
  }
  return n;
}
const growingPercent = heapGrowingPercent(process.env.SITE_HEAP_GROWING_PERCENT);
if (growingPercent > 0) setFlagsFromString(`--heap-growing-percent=${growingPercent}`);

// `--dev`: the development server behind the same layer (`npm run dev`), so filtered views work there too.
// Next remembers each cached URL's lifetime in a process-wide Map that never shrinks: one entry
// per URL ever stored or refused (404s included), a slow leak over a million profiles. Every
// entry our cache handler returns carries its own lifetime, so a bounded LRU loses nothing.
SharedCacheControls.cacheControls = new LRUCache({ max: 20_000 });

const dev = process.argv.includes('--dev');
// A production process with no APP_SECRET or a non-https SITE_URL stops here (ALLOW_INSECURE_LOCAL=1: loopback runs).
if (!dev) {
  try {
    assertProductionConfig({ ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' });
  } catch (error) {
    console.error(`[serve] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
const applySecurityHeaders = createSecurityHeaders(securityOptionsFromEnv(process.env, { dev }));
const app = next({ dev, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();
const secureSite = (process.env.SITE_URL ?? '').startsWith('https:');
const httpRequests = metrics().httpRequests;
// Only a site behind a front server has one to tell about.
const edgeRedisUrl = trustedProxyHops > 0 ? process.env.REDIS_URL : undefined;
connectEdgeSeen(edgeRedisUrl);
const server = createServer((req, res) => {
  // Operators' view (GET /metrics, lib/metrics): every request by route pattern, method and status.
  const started = process.hrtime.bigint();
  const route = routeOf(req.url);
  const publicUrl = req.url ?? '/';
  res.once('finish', () => {
    httpRequests.observe({ route, method: req.method ?? 'GET', status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
    // An HTML page (not a client navigation's RSC payload) the front server may now keep.
    if (edgeRedisUrl && req.method === 'GET' && res.statusCode === 200 && req.headers['x-forwarded-for'] && !req.headers.rsc) {
      if (String(res.getHeader('Cache-Control') ?? '').startsWith('public')) markEdgeSeen(edgeRedisUrl, publicUrl);
    }
  });
  stampClientAddress(req, trustedProxyHops);
  const health = { databaseTimedOut: false };
  adjust(res, health);
  // 400 for an undecodable path, 403 for a cross-origin action, 413 above the route's body limit.
  if (guardRequest(req, res)) return;
  // Objection and repair form pages give the browser its id (lib/security/form-browser.mjs).
  const formCookie = formBrowserCookieFor(req.method, req.url, req.headers.cookie, secureSite);
  if (formCookie) res.appendHeader('Set-Cookie', formCookie);
  // Filtered list, policy and directory views are cached pages of their own (lib/cache/query-view.ts).
  if (req.url && (req.method === 'GET' || req.method === 'HEAD')) {
    const internal = rewriteToQueryView(req.url);
    if (internal) req.url = internal;
  }
  // After the rewrite: a policy search (…/policies/find/…) is rendered per request and gets a nonce.
  applySecurityHeaders(req, res);
  // Next sets res.statusCode then writes; make the 500 → 503 rule see it either way.
  requestHealth.run(health, () => void handle(req, res));
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`[serve] http://${hostname}:${port}`);
});
// Benchmarks only (`npm run cluster -- --bench` starts Node with --expose-gc): SIGUSR2 runs a full
// collection, so bench:pages reads each process's resident memory with the garbage gone, not
// wherever V8's last collection happened to leave it.
const collectGarbage = /** @type {(() => void) | undefined} */ (globalThis.gc);
if (typeof collectGarbage === 'function') process.on('SIGUSR2', () => collectGarbage());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}

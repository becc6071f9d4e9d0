// Which public pages the front server (nginx, deploy/nginx) fetched from a site process lately,
// kept in the Redis the site processes share. Plain JavaScript: scripts/serve.mjs marks pages
// under plain Node; the worker's edge refresher (lib/worker/refresh-edge.ts) reads them.
//
// nginx keeps a page at most 2 s (a "1 s" validity on a whole-second clock) and never serves an
// expired copy while the app is up. So after a change, only a page nginx fetched in the last 2 s
// can still be shown old from its cache, and only those are worth re-fetching through it: the
// other changed pages will be rendered when someone asks for them. (Refreshing every changed
// profile in every locale rendered hundreds of pages nobody was reading, at 50 changes a second
// more than the site can render, and the pages being read waited behind them.)
import Redis from 'ioredis';

/** How long a mark lasts: nginx's longest validity (2 s) plus the time for a change to reach the worker. */
export const EDGE_SEEN_MS = Number(process.env.EDGE_SEEN_MS || 3000);
const PREFIX = `${process.env.CACHE_KEY_PREFIX || 'credit:'}edge-seen:`;

/** @param {string} path */
export const edgeSeenKey = (path) => PREFIX + path;

/** @type {Map<string, Redis>} */
const clients = new Map();
/** One connection per Redis URL per process; fail fast, never queue: a mark is best effort. */
function client(url) {
  let redis = clients.get(url);
  if (!redis) {
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 300, connectTimeout: 1000, retryStrategy: () => 1000 });
    redis.on('error', () => {});
    clients.set(url, redis);
  }
  return redis;
}

/** Opens the connection ahead of the first mark (a mark made while connecting is dropped). @param {string | undefined} redisUrl */
export function connectEdgeSeen(redisUrl) {
  if (redisUrl) client(redisUrl);
}

/**
 * Notes that the front server just fetched `path`. Never throws, never waits.
 * @param {string | undefined} redisUrl
 * @param {string} path
 */
export function markEdgeSeen(redisUrl, path) {
  if (!redisUrl) return;
  const redis = client(redisUrl);
  if (redis.status !== 'ready') return;
  redis.set(edgeSeenKey(path), '1', 'PX', EDGE_SEEN_MS).catch(() => {});
}

/**
 * For each path, whether the front server may still hold a copy of it; all true when that cannot
 * be known (no Redis, Redis down): then every path is refreshed, as before marks existed.
 * @param {string | undefined} redisUrl
 * @param {readonly string[]} paths
 * @returns {Promise<boolean[]>}
 */
export async function edgeSeen(redisUrl, paths) {
  if (!redisUrl || paths.length === 0) return paths.map(() => true);
  try {
    const values = await client(redisUrl).mget(...paths.map(edgeSeenKey));
    return values.map((v) => v !== null);
  } catch {
    return paths.map(() => true);
  }
}

/** Closes the connections (tests, shutdown). */
export async function closeEdgeSeen() {
  await Promise.all([...clients.values()].map((r) => r.quit().catch(() => r.disconnect())));
  clients.clear();
}

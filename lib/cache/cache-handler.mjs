// Next.js `cacheHandler` (the documented ISR / data-cache interface) for every site process.
// It stores rendered pages and `unstable_cache` data in two tiers:
//   1. a bounded in-process LRU (CACHE_LOCAL_MAX_MB) for hot entries: 128 MB alone (the demo), 32 MB
//      in front of Redis, where it only has to hold what is hot (at 128 MB a crawl of 1M profiles
//      took each site process to 850 MB and growing; at 32 MB it levels off near 500 MB);
//   2. Redis, when REDIS_URL is set: shared by all site processes, capped by Redis's own
//      `maxmemory` with `volatile-lru` eviction (scripts/lib/redis-server.ts). Every entry has a TTL.
// Expiry is by tag timestamp, not by deleting keys: `revalidateTag` writes `tag → time` into one
// Redis hash (no TTL, so eviction never forgets an expiry) and every read compares the entry's
// tags with it. A tag expired through one process is therefore seen by all on their next read,
// with no broadcast and in O(tags) per call, whatever the number of cached pages. (Considered:
// @fortedigital/nextjs-cache-handler's redis-strings handler scans a hash of every cached key on
// each revalidateTag, O(pages) per call: at a million profiles that is minutes per worker batch.)
// Without REDIS_URL the LRU alone serves one process (the demo), with the same rules.
//
// Rules that keep storage bounded and the site up:
// - error pages (404 for unknown codes, 5xx) are never stored: a flood of random URLs costs nothing;
// - an expired entry is kept in Redis until a new render replaces it; if PostgreSQL is down
//   (lib/db/health-marker.ts) it is served stale rather than failing the request;
// - Redis errors or time-outs are misses, never request failures.
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import zlib from 'node:zlib';
import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { metrics } from '../metrics/metrics.mjs';
import { PAGE_VERSION_HEADER } from './page-version.mjs';

const MB = 1024 * 1024;
// Pages are mostly HTML and RSC text: compressed (fast level) they take about a sixth of the
// space in Redis, so the same memory cap keeps several times as many pages.
const deflate = promisify(zlib.deflateRaw);
const inflate = promisify(zlib.inflateRaw);
// A profile's entry is about 280 KB serialized. zlib's default 16 KB chunks turn one call into
// ~18 thread-pool round trips; one 256 KB chunk makes it one or two (a third less CPU per call).
const ZLIB_CHUNK = 256 * 1024;
const DEFLATE_OPTIONS = { level: 1, chunkSize: ZLIB_CHUNK };
const INFLATE_OPTIONS = { chunkSize: ZLIB_CHUNK };
const TAGS_HEADER = 'x-next-cache-tags';
/** Entries older than this are dropped by Redis whatever their own lifetime says. */
const MAX_TTL_SECONDS = Number(process.env.CACHE_ENTRY_MAX_TTL_SECONDS || 7 * 86400);
/**
 * A render that read PostgreSQL just before a change was committed may finish just after the
 * worker expired its tags. Expiry times are set this far in the future so such a render is
 * treated as stale too and redone on the next request.
 */
const EXPIRY_GRACE_MS = 1000;
const PREFIX = process.env.CACHE_KEY_PREFIX || 'credit:';
/**
 * A hot entry's tags are re-checked against Redis at most this often per process: a hit then
 * costs no round trip, and another process's expiry is seen within this delay (the freshness
 * budget is 2 s). An expiry made through this process is seen at once.
 */
const TAG_RECHECK_MS = Number(process.env.CACHE_TAG_RECHECK_MS ?? 250);
/** When this process last expired tags itself. */
let lastLocalExpiry = 0;
const TAGS_KEY = `${PREFIX}tags`;

/** @type {Redis | null} */
let sharedRedis = null;
/** Without Redis: tags expired in the last few seconds (renders under way may still store old data). */
const recentLocalExpiries = new Map();
/** @type {LRUCache<string, {entry: any, size: number}> | null} */
let sharedLocal = null;

function redisClient() {
  if (sharedRedis || !process.env.REDIS_URL) return sharedRedis;
  sharedRedis = new Redis(process.env.REDIS_URL, {
    // Fail fast: a cache that is down is a miss, never a slow page.
    enableOfflineQueue: false,
    commandTimeout: Number(process.env.CACHE_REDIS_TIMEOUT_MS || 300),
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => 1000,
    lazyConnect: false,
  });
  sharedRedis.on('error', () => {});
  return sharedRedis;
}

/** Waits (briefly) for the connection a fresh process is still opening; false if Redis is not ready. */
async function ready(redis) {
  if (redis.status === 'ready') return true;
  if (redis.status !== 'connecting' && redis.status !== 'connect' && redis.status !== 'wait') return false;
  return new Promise((resolve) => {
    const done = (ok) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ok);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), 500);
    redis.once('ready', onReady);
  });
}

function localCache() {
  if (!sharedLocal) {
    sharedLocal = new LRUCache({
      maxSize: Number(process.env.CACHE_LOCAL_MAX_MB || (process.env.REDIS_URL ? 32 : 128)) * MB,
      sizeCalculation: (item) => Math.max(1, item.size),
    });
  }
  return sharedLocal;
}

/** Milliseconds since PostgreSQL was last seen down by this process, or null (lib/db/health-marker.ts). */
function databaseDown() {
  const since = globalThis.__creditSiteHealth?.dbDownSince;
  return typeof since === 'number' ? since : null;
}

function entryTags(entry, ctx) {
  const tags = new Set(entry.tags ?? []);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.softTags ?? []) tags.add(tag);
  return [...tags];
}

function storedTags(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const header = data?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

/** Whether a value is an answer worth keeping (not an error page). */
function storable(data) {
  if (!data) return false;
  if (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE' || data.kind === 'PAGES') {
    const status = data.status ?? 200;
    return status < 400;
  }
  return true;
}

function ttlSeconds(data, ctx) {
  const expire = ctx?.cacheControl?.expire;
  const revalidate = ctx?.cacheControl?.revalidate ?? data?.revalidate;
  let ttl = MAX_TTL_SECONDS;
  if (typeof expire === 'number' && expire > 0) ttl = Math.min(ttl, expire);
  // Data entries are useful stale for a while after their revalidate time (served while refreshed).
  if (typeof revalidate === 'number' && revalidate > 0 && typeof expire !== 'number') ttl = Math.min(ttl, Math.max(revalidate * 24, 3600));
  return Math.max(60, Math.floor(ttl));
}

/** @type {Map<string | undefined, string>} */
const buildIds = new Map();
/** The build's id, read once per process: Next makes a handler for every request. */
function buildIdOf(serverDistDir) {
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    id = 'dev';
    try {
      if (serverDistDir) id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {}
    buildIds.set(serverDistDir, id);
  }
  return id;
}

let versionCounter = 0;

/**
 * A page entry carries its version, so the serving layer can remember work per version (the CSP
 * hashes of its inline scripts, lib/security/security-headers.mjs) without hashing the page on every
 * hit, as Next's ETag did (generateEtags is off: the FNV hash of a 60-100 KB page was a tenth of a
 * cache hit's CPU).
 */
function withVersion(data) {
  if (data?.kind !== 'APP_PAGE') return data;
  const version = `${Date.now().toString(36)}-${process.pid.toString(36)}-${(versionCounter++).toString(36)}`;
  return { ...data, headers: { ...data.headers, [PAGE_VERSION_HEADER]: version } };
}

export default class CacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.redis = redisClient();
    this.local = localCache();
    // Entries belong to one build: HTML names that build's script chunks.
    // v2: entries are deflated.
    this.keyPrefix = `${PREFIX}v2:${buildIdOf(ctx?.serverDistDir)}:`;
  }

  /** Newest expiry time among `tags`, or 0; throws when Redis is configured but unreachable. */
  async tagsExpiredAt(tags) {
    if (tags.length === 0) return 0;
    if (!this.redis) {
      let newest = 0;
      for (const tag of tags) newest = Math.max(newest, recentLocalExpiries.get(tag) ?? 0);
      return newest;
    }
    const times = await this.redis.hmget(TAGS_KEY, ...tags);
    let newest = 0;
    for (const t of times) if (t !== null) newest = Math.max(newest, Number(t));
    return newest;
  }

  /** A look-up, counted for the operators' /metrics by result (hit, stale, miss) and tier (memory, redis). */
  async get(key, ctx) {
    const found = await this.lookup(key, ctx);
    metrics().cacheLookups.inc({ result: found.entry === null ? 'miss' : found.stale ? 'stale' : 'hit', tier: found.tier });
    return found.entry;
  }

  async lookup(key, ctx) {
    const local = this.local.get(key);
    const now = Date.now();
    if (local && this.redis && now - local.verifiedAt < TAG_RECHECK_MS && local.verifiedAt > lastLocalExpiry) return { entry: local.entry, tier: 'memory' };
    let entry = local?.entry ?? null;
    let tier = 'memory';
    if (!entry && this.redis && (await ready(this.redis))) {
      tier = 'redis';
      try {
        const stored = await this.redis.getBuffer(this.keyPrefix + key);
        if (stored) {
          const raw = await inflate(stored, INFLATE_OPTIONS);
          entry = v8.deserialize(raw);
          this.local.set(key, { entry, size: raw.length, verifiedAt: 0 });
        }
      } catch {
        entry = null;
      }
    }
    if (!entry) return { entry: null, tier };
    let expiredAt = 0;
    try {
      expiredAt = await this.tagsExpiredAt(entryTags(entry, ctx));
    } catch {
      // Redis unreachable: expiry unknown. Serve what we have only while PostgreSQL is down too.
      return databaseDown() ? { entry: this.asStale(entry), tier, stale: true } : { entry: null, tier };
    }
    if (expiredAt > entry.lastModified) {
      // Expired by a change. With PostgreSQL down, stale beats an error page.
      if (databaseDown()) return { entry: this.asStale(entry), tier, stale: true };
      this.local.delete(key);
      return { entry: null, tier };
    }
    const item = this.local.get(key);
    if (item && item.entry === entry) item.verifiedAt = now;
    return { entry, tier };
  }

  /** The entry made to look past its revalidate time: Next serves it and re-renders in the background. */
  asStale(entry) {
    const revalidate = entry.cacheControl?.revalidate ?? entry.value?.revalidate ?? 1;
    const seconds = typeof revalidate === 'number' ? revalidate : 1;
    return { ...entry, lastModified: Date.now() - (seconds + 1) * 1000 };
  }

  async set(key, data, ctx) {
    if (!storable(data)) return;
    const entry = { lastModified: Date.now(), tags: storedTags(data, ctx), value: withVersion(data), cacheControl: ctx?.cacheControl };
    const raw = v8.serialize(entry);
    // Not marked verified: the first read checks the tags (a render may straddle an expiry).
    this.local.set(key, { entry, size: raw.length, verifiedAt: 0 });
    if (!this.redis || !(await ready(this.redis))) return;
    try {
      await this.redis.set(this.keyPrefix + key, await deflate(raw, DEFLATE_OPTIONS), 'EX', ttlSeconds(data, ctx));
    } catch {
      // The local tier still has it; the shared tier catches up on the next render.
    }
  }

  /** Expires `tags` for every process sharing the cache. Throws if the shared cache is unreachable (the worker retries). */
  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    lastLocalExpiry = Date.now();
    const at = String(Date.now() + EXPIRY_GRACE_MS);
    if (this.redis) {
      await ready(this.redis);
      const args = [];
      for (const tag of list) args.push(tag, at);
      await this.redis.hset(TAGS_KEY, ...args);
    }
    // Local entries are checked against Redis on every read; without Redis, drop them here
    // (one process, a bounded LRU) and remember the expiry for renders still under way.
    if (!this.redis) this.localExpire(list, Number(at));
  }

  localExpire(tags, at) {
    const set = new Set(tags);
    for (const [key, item] of this.local.entries()) {
      if ((item.entry.tags ?? []).some((t) => set.has(t))) this.local.delete(key);
    }
    const now = Date.now();
    for (const [tag, time] of recentLocalExpiries) if (time < now - 10 * EXPIRY_GRACE_MS) recentLocalExpiries.delete(tag);
    for (const tag of tags) recentLocalExpiries.set(tag, at);
  }

  resetRequestCache() {}
}

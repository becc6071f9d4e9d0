import 'server-only';
// Every rate limit of the site, in one place: the public API per address, the staff sign-in brake
// per address, objection/repair submissions (with and without a solved proof of work),
// access-code attempts on the status page, and credit reports issued and checked. Each allows
// `points` per `durationSeconds` per client address, counted in fixed windows (rate-limiter-flexible).
//
// With REDIS_URL set the counters live in Redis (keys `credit:rl:<limit>:<address>`), so every
// site process behind nginx draws on one quota and a refusal by one is a refusal by all. Redis
// is asked with a short time-out; when it cannot answer, each process falls back to its own
// in-memory counters (rate-limiter-flexible's insurance limiter) rather than failing the request
// or letting everything through. Without REDIS_URL (the one-process demo) they live in memory.
//
// The staff account lock-out (five wrong passwords in a row) is not here: it is a property of the
// account, kept in PostgreSQL with its audit entry (lib/db/mutations/staff.ts), so it already
// holds across processes.
import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '../env';
import { logger } from '../log';

export type RateLimitName = 'api' | 'staffSignIn' | 'submission' | 'submissionWithoutProof' | 'statusLookup' | 'report';

export interface RateLimitPolicy {
  points: number;
  durationSeconds: number;
}

/** The answer to one attempt: allowed or not, and what the API's RateLimit-* headers say. */
export interface RateLimitDecision {
  ok: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (at least 1): Retry-After when refused. */
  resetSeconds: number;
}

/** Part of each Redis key: short, stable names (changing one resets that limit once). */
const KEY_NAMES: Record<RateLimitName, string> = {
  api: 'api',
  staffSignIn: 'staff-sign-in',
  submission: 'submit',
  submissionWithoutProof: 'submit-nopow',
  statusLookup: 'status',
  report: 'report',
};

/** Access-code attempts per minute per address on the status page. */
const STATUS_LOOKUPS_PER_MINUTE = 10;
/** Submissions without a proof of work (no JavaScript): one a minute per address. */
const SUBMISSIONS_WITHOUT_PROOF_PER_MINUTE = 1;

/** The limits as configured (README, "Environment"). */
export function configuredPolicies(): Record<RateLimitName, RateLimitPolicy> {
  return {
    api: { points: env.API_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 },
    staffSignIn: { points: env.STAFF_SIGN_IN_PER_MINUTE, durationSeconds: 60 },
    submission: { points: env.SUBMISSIONS_PER_MINUTE, durationSeconds: 60 },
    submissionWithoutProof: { points: SUBMISSIONS_WITHOUT_PROOF_PER_MINUTE, durationSeconds: 60 },
    statusLookup: { points: STATUS_LOOKUPS_PER_MINUTE, durationSeconds: 60 },
    report: { points: env.REPORTS_PER_MINUTE, durationSeconds: 60 },
  };
}

export const RATE_LIMIT_KEY_PREFIX = 'credit:rl:';

export interface RateLimitsOptions {
  /** Shared counters; null or absent = this process's memory only. */
  redis?: Redis | null;
  /** Prefix of every Redis key (tests use their own). */
  keyPrefix?: string;
  /** Overrides of the configured limits (tests). */
  policies?: Partial<Record<RateLimitName, RateLimitPolicy>>;
}

/**
 * The key an address is counted under. An IPv6 client usually holds a whole /64 and can pick a
 * new address in it for every request, so IPv6 addresses are counted per /64.
 */
export function rateLimitSubject(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** How long a request waits for the connection a fresh process is still opening. */
const FIRST_CONNECT_WAIT_MS = 500;

/**
 * Waits (briefly, once per process) for a connection still being opened, so the first requests
 * after a start are counted in Redis too; a connection that was lost is not waited for.
 */
async function connectionOpened(redis: Redis): Promise<void> {
  if (redis.status !== 'wait' && redis.status !== 'connecting' && redis.status !== 'connect') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_CONNECT_WAIT_MS);
    // Ready, or refused (closed): either way the answer is known.
    redis.once('ready', done);
    redis.once('close', done);
  });
}

/** A set of limiters sharing one store: the process has one (rateLimits()), tests make their own. */
export class RateLimits {
  private readonly limiters = new Map<RateLimitName, RateLimiterAbstract>();
  private readonly policies: Record<RateLimitName, RateLimitPolicy>;
  private readonly redis: Redis | null;
  private readonly keyPrefix: string;
  /** Spent single-use tokens seen by this process (bounded; each expires with its token). */
  private readonly spentLocally = new LRUCache<string, true>({ max: 100_000, ttl: 2 * 3600_000 });

  constructor(options: RateLimitsOptions = {}) {
    this.redis = options.redis ?? null;
    this.keyPrefix = options.keyPrefix ?? RATE_LIMIT_KEY_PREFIX;
    this.policies = { ...configuredPolicies(), ...options.policies };
  }

  /** Whether the counters are shared through Redis. */
  get shared(): boolean {
    return this.redis !== null;
  }

  private limiter(name: RateLimitName): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (limiter) return limiter;
    const { points, durationSeconds } = this.policies[name];
    const keyPrefix = `${this.keyPrefix}${KEY_NAMES[name]}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });
    limiter = this.redis
      ? new RateLimiterRedis({
          storeClient: this.redis,
          keyPrefix,
          points,
          duration: durationSeconds,
          // While Redis is not connected, go straight to this process's own counters.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
          // Once an address is over the limit, this process refuses it until the window ends
          // without asking Redis again (a flood costs no round trips).
          inMemoryBlockOnConsumed: points + 1,
        })
      : memory;
    this.limiters.set(name, limiter);
    return limiter;
  }

  /**
   * Single-use tokens (a solved proof of work buys one application): whether `token` was spent,
   * in any process when Redis is shared. Redis unreachable: this process's own memory answers.
   */
  async wasSpent(token: string): Promise<boolean> {
    const key = this.spentKey(token);
    if (this.spentLocally.has(key)) return true;
    if (!this.redis) return false;
    await connectionOpened(this.redis);
    try {
      return (await this.redis.exists(key)) === 1;
    } catch {
      return false;
    }
  }

  /** Marks `token` spent for `ttlSeconds` (its own lifetime: kept no longer than it could be used). */
  async spend(token: string, ttlSeconds: number): Promise<void> {
    const key = this.spentKey(token);
    this.spentLocally.set(key, true, { ttl: ttlSeconds * 1000 });
    if (!this.redis) return;
    try {
      await this.redis.set(key, '1', 'EX', ttlSeconds);
    } catch {
      // Spent in this process at least; Redis is back for the next one.
    }
  }

  private spentKey(token: string): string {
    return `${this.keyPrefix}spent:${createHash('sha256').update(token).digest('base64url')}`;
  }

  /** Counts one attempt of `address` against limit `name`. */
  async consume(name: RateLimitName, address: string): Promise<RateLimitDecision> {
    const limit = this.policies[name].points;
    const decide = (ok: boolean, res: RateLimiterRes): RateLimitDecision => ({
      ok,
      limit,
      remaining: Math.max(0, res.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    });
    if (this.redis) await connectionOpened(this.redis);
    try {
      return decide(true, await this.limiter(name).consume(rateLimitSubject(address)));
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return decide(false, outcome);
      throw outcome;
    }
  }
}

const GLOBAL_KEY = Symbol.for('credit-disclosure.rate-limits');
type GlobalWithLimits = typeof globalThis & { [GLOBAL_KEY]?: RateLimits };

/** Redis for the rate limits: fail fast, like the page cache (lib/cache/cache-handler.mjs). */
function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    commandTimeout: 300,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    retryStrategy: () => 1000,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error.message }, 'rate limits: Redis unreachable, each process counts on its own until it returns');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('rate limits: Redis reachable again, limits shared');
  });
  return redis;
}

/** This process's rate limits: shared through REDIS_URL when set, else in memory. */
export function rateLimits(): RateLimits {
  // One per process, whichever bundle of the app asks (route handlers and Server Actions may load
  // this module separately).
  const holder = globalThis as GlobalWithLimits;
  holder[GLOBAL_KEY] ??= new RateLimits({ redis: env.REDIS_URL ? connectRedis(env.REDIS_URL) : null });
  return holder[GLOBAL_KEY];
}

/** Counts one attempt of `address` against limit `name` in this process's rate limits. */
export function takeRateLimit(name: RateLimitName, address: string): Promise<RateLimitDecision> {
  return rateLimits().consume(name, address);
}

// Typed environment: the only module that reads process.env (HOUSE_STYLE habit 13).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  /** Where embedded services keep their data and the services.json they publish. */
  DATA_DIR: z.string().default('.data/demo'),
  /** Prefix of the Meilisearch index names, so tests and demo can share one server. */
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/)
    .default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Fixes "today" for rating (YYYY-MM-DD); used by tests and benchmarks, unset in production. */
  RATING_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Shared secret of the internal revalidation endpoint (else the embedded services' one). */
  REVALIDATE_SECRET: z.string().min(24).optional(),
  /**
   * Key for signing anti-forgery tokens and challenges. Required in production (scripts/serve.mjs
   * refuses to start without it); elsewhere a random value generated once under DATA_DIR.
   */
  APP_SECRET: z.string().min(32).optional(),
  /**
   * 1: a local run of a production build (tests, demo, cluster) may use an http loopback SITE_URL
   * and the generated APP_SECRET (lib/security/production-config.mjs).
   */
  ALLOW_INSECURE_LOCAL: z.enum(['', '0', '1']).optional(),
  /**
   * Ed25519 private key that signs credit reports (PKCS#8 PEM, or its DER in base64). Required in
   * production; elsewhere a key generated once under DATA_DIR (lib/reports/signing-key.ts).
   */
  REPORT_SIGNING_KEY: z.string().min(40).optional(),
  /** Credit reports (PDF) and report verifications per minute per client address. */
  REPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Requests per minute per client address on the public API. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Staff sign-in attempts per minute per client address (brute-force brake before the lock-out). */
  STAFF_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Objection/repair submissions per minute per client address (with a solved proof of work). */
  SUBMISSIONS_PER_MINUTE: z.coerce.number().int().min(1).default(5),
  /** The public origin of the site, for feeds and sitemaps. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
  /**
   * Redis shared by every site process for the page and data cache (read by
   * lib/cache/cache-handler.mjs, which Next loads outside the app bundle); unset = each process
   * keeps its own bounded in-memory cache (one-process demo).
   */
  REDIS_URL: z.string().url().optional(),
  /**
   * Longest a public read query may run (pages, API, feeds: the read pool of lib/db/client.ts);
   * PostgreSQL cancels it past this, so a pathological query cannot hold a connection.
   */
  PUBLIC_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** List exports (CSV / JSON Lines) running at once across every site process (PostgreSQL advisory locks). */
  EXPORT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  /** List exports one client address may run at once. */
  EXPORTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100).default(2),
  /** How long an export waits for a free slot before the 429 (a burst queues, a flood is refused). */
  EXPORT_WAIT_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /** Longest an export may stream, slow reader included, before PostgreSQL ends it. */
  EXPORT_MAX_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Where the worker reaches the Next.js server to expire pages; unset = no page expiry. */
  SITE_INTERNAL_URL: z.string().url().optional(),
  /**
   * The front servers (nginx, deploy/nginx; comma-separated base URLs) the worker asks to refresh
   * changed profiles in their micro-caches (lib/worker/refresh-edge.ts); unset = none.
   */
  EDGE_REFRESH_URL: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url())),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

/** Absolute data directory of the embedded services. */
export function dataDir(): string {
  return path.resolve(process.cwd(), env.DATA_DIR);
}

/** What the embedded-services starter publishes for every other process to find. */
export interface ServicesManifest {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  revalidateSecret: string;
}

export function servicesManifestPath(dir: string = dataDir()): string {
  return path.join(dir, 'services.json');
}

function readManifest(): Partial<ServicesManifest> {
  try {
    return JSON.parse(fs.readFileSync(servicesManifestPath(), 'utf8')) as Partial<ServicesManifest>;
  } catch {
    return {};
  }
}

function missing(what: string): Error {
  return new Error(
    `${what} is not configured: set it in the environment, or start the embedded services first ` + '(`npm run demo` or `npm run services:start`).',
  );
}

/** The PostgreSQL URL: DATABASE_URL, else the embedded server's. */
export function databaseUrl(): string {
  const url = env.DATABASE_URL ?? readManifest().databaseUrl;
  if (!url) throw missing('DATABASE_URL');
  return url;
}

/** The Meilisearch URL and key: MEILI_URL/MEILI_MASTER_KEY, else the embedded server's. */
export function meiliConfig(): { host: string; apiKey: string | undefined } {
  if (env.MEILI_URL) return { host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY };
  const manifest = readManifest();
  if (!manifest.meiliUrl) throw missing('MEILI_URL');
  return { host: manifest.meiliUrl, apiKey: manifest.meiliKey };
}

/** The secret the worker presents to POST /api/internal/revalidate. */
export function revalidateSecret(): string | undefined {
  return env.REVALIDATE_SECRET ?? readManifest().revalidateSecret;
}

let generatedAppSecret: string | undefined;

/**
 * The key that signs anti-forgery tokens and proof-of-work challenges: APP_SECRET, else (outside
 * production, or in a local run with ALLOW_INSECURE_LOCAL=1) a random value generated once and kept
 * in DATA_DIR/app-secret (mode 600), so the demo needs no configuration. Never derived from
 * another secret: knowing the revalidation secret must not let anyone forge form tokens.
 */
export function appSecret(): string {
  if (env.APP_SECRET) return env.APP_SECRET;
  if (env.NODE_ENV === 'production' && env.ALLOW_INSECURE_LOCAL !== '1') {
    throw new Error('APP_SECRET is not set: production needs its own random secret of at least 32 characters.');
  }
  generatedAppSecret ??= readOrCreateSecretFile(path.join(dataDir(), 'app-secret'));
  return generatedAppSecret;
}

let generatedReportSigningKey: string | undefined;

/**
 * The credit reports' Ed25519 signing key as configured (PEM or base64 DER): REPORT_SIGNING_KEY,
 * else (outside production, or with ALLOW_INSECURE_LOCAL=1) a key generated once and kept in
 * DATA_DIR/report-signing-key.pem (mode 600). Never derived from another secret.
 */
export function reportSigningKeyText(): string {
  if (env.REPORT_SIGNING_KEY) return env.REPORT_SIGNING_KEY;
  if (env.NODE_ENV === 'production' && env.ALLOW_INSECURE_LOCAL !== '1') {
    throw new Error('REPORT_SIGNING_KEY is not set: production needs its own Ed25519 private key to sign credit reports.');
  }
  generatedReportSigningKey ??= readOrCreateSecretFile(path.join(dataDir(), 'report-signing-key.pem'), () =>
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
  return generatedReportSigningKey;
}

/**
 * The secret stored in `file`, created with a fresh value of `create` (48 random bytes by
 * default) if absent. Created under a temporary name and linked into place, so two processes
 * starting together agree on one value.
 */
function readOrCreateSecretFile(file: string, create: () => string = () => randomBytes(48).toString('base64url')): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(temporary, create(), { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}

/** Whether cookies must be Secure (the public origin is HTTPS). */
export function secureCookies(): boolean {
  return env.SITE_URL.startsWith('https:');
}

/** Today as YYYY-MM-DD in China Standard Time (UTC+8), the date every rating is made on. */
export function ratingDate(now: Date = new Date()): string {
  if (env.RATING_DATE) return env.RATING_DATE;
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

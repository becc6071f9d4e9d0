// Refreshes changed profiles in the front server's micro-cache (deploy/nginx), so a change shows
// through nginx as soon as it shows on the site processes.
//
// nginx keeps a public page "1 s", but its cache clock counts whole seconds: an entry stored just
// after a change lives until the end of the next second, and under steady traffic a page is
// refreshed only every 2 s. After the worker has expired a batch's pages, this GETs each changed
// profile (every locale) through nginx with `X-Edge-Refresh: 1`; nginx, for the addresses its
// config allows, skips its cached copy and stores the fresh answer in its place.
//
// Only pages the front server fetched in the last few seconds are refreshed (lib/cache/edge-seen.mjs):
// nginx keeps a page at most 2 s, so any other changed page is rendered fresh when someone asks.
//
// Best effort and bounded: up to `maxPending` firms wait (checking whether nginx holds their pages
// is one Redis MGET), at most `maxPages` held pages are re-fetched per round (a bulk import of
// thousands of firms being read is left to the micro-cache's own expiry, seconds later, rather than
// rendering every page at once), a few requests at a time, one round in flight; firms changed
// meanwhile wait for the next round. (A cap of 50 waiting firms, set before the filter existed,
// dropped the pages being read among 50 changes a second.) A failure is logged, never thrown: the micro-cache expires on its own anyway.
import pino from 'pino';
import { LOCALES } from '../domain/vocabulary';
import { env } from '../env';
import { connectEdgeSeen, edgeSeen } from '../cache/edge-seen.mjs';

const log = pino({ name: 'edge-refresh', level: env.LOG_LEVEL });
/** A front server that is down would otherwise log on every batch. */
const WARN_EVERY_MS = 60_000;

export interface EdgeRefresherOptions {
  /** The front server's base URL (EDGE_REFRESH_URL). */
  baseUrl: string;
  /** Pages re-fetched per round (of those the front server holds); the rest are left to its expiry. */
  maxPages?: number;
  /** Firms waiting for a round; more are left to the micro-cache's expiry (default 20,000). */
  maxPending?: number;
  concurrency?: number;
  /**
   * Wait before refreshing, so every site process has re-read the expired tags: a hot page is
   * served from a process's memory for up to CACHE_TAG_RECHECK_MS without asking Redis.
   */
  delayMs?: number;
  timeoutMs?: number;
  /**
   * For each path, whether the front server may still hold a copy (fetched it lately); the others
   * are not refreshed. Default: all of them.
   */
  stillHeld?: (paths: readonly string[]) => Promise<boolean[]>;
}

export interface RoundResult {
  refreshed: number;
  failed: number;
  skipped: number;
  /** Changed pages the front server was not holding: nothing to refresh. */
  notHeld: number;
}

export class EdgeRefresher {
  private readonly pending = new Set<string>();
  private running: Promise<void> | null = null;
  private readonly maxPages: number;
  private readonly maxPending: number;
  private readonly concurrency: number;
  private readonly delayMs: number;
  private readonly timeoutMs: number;
  private lastWarnedAt = 0;
  /** Totals since start, for tests and logs. */
  readonly totals: RoundResult = { refreshed: 0, failed: 0, skipped: 0, notHeld: 0 };

  constructor(private readonly opts: EdgeRefresherOptions) {
    this.maxPages = opts.maxPages ?? 150;
    this.maxPending = opts.maxPending ?? 20_000;
    this.concurrency = opts.concurrency ?? 4;
    this.delayMs = opts.delayMs ?? Number(process.env.CACHE_TAG_RECHECK_MS ?? 250) + 50;
    this.timeoutMs = opts.timeoutMs ?? 5_000;
  }

  /** Queues the firms' profiles; returns at once (the round runs in the background). */
  refresh(usccs: readonly string[]): void {
    // Cheap to hold: only the few the front server still has are fetched (the round's filter).
    for (const uscc of usccs) {
      if (this.pending.size >= this.maxPending) {
        this.totals.skipped += LOCALES.length;
        continue;
      }
      this.pending.add(uscc);
    }
    if (!this.running && this.pending.size > 0) this.running = this.drain().finally(() => (this.running = null));
  }

  /** Resolves when no round is in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      await new Promise((r) => setTimeout(r, this.delayMs));
      const usccs = [...this.pending];
      this.pending.clear();
      const paths = usccs.flatMap((uscc) => LOCALES.map((locale) => `/${locale}/entities/${uscc}`));
      const held = this.opts.stillHeld ? await this.opts.stillHeld(paths) : paths.map(() => true);
      const heldPaths = paths.filter((_, i) => held[i]);
      this.totals.notHeld += paths.length - heldPaths.length;
      this.totals.skipped += Math.max(0, heldPaths.length - this.maxPages);
      const urls = heldPaths.slice(0, this.maxPages).map((p) => new URL(p, this.opts.baseUrl));
      const round = await this.fetchAll(urls);
      this.totals.refreshed += round.refreshed;
      this.totals.failed += round.failed;
      if (round.failed > 0 && Date.now() - this.lastWarnedAt > WARN_EVERY_MS) {
        this.lastWarnedAt = Date.now();
        log.warn({ ...round, totals: this.totals }, 'some pages could not be refreshed at the edge (is the front server up?)');
      }
    }
  }

  private async fetchAll(urls: URL[]): Promise<RoundResult> {
    const result: RoundResult = { refreshed: 0, failed: 0, skipped: 0, notHeld: 0 };
    let next = 0;
    const lane = async () => {
      while (next < urls.length) {
        const url = urls[next++]!;
        try {
          const res = await fetch(url, { headers: { 'x-edge-refresh': '1' }, signal: AbortSignal.timeout(this.timeoutMs) });
          // Read to the end: nginx stores the answer only once it has it whole.
          await res.arrayBuffer();
          if (res.ok || res.status === 404) result.refreshed++;
          else result.failed++;
        } catch (err) {
          result.failed++;
          log.debug({ err, url: url.pathname }, 'edge refresh failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, urls.length) }, lane));
    return result;
  }
}

let shared: EdgeRefresher[] | undefined;
/**
 * The refreshers of every front server in EDGE_REFRESH_URL, made once. Called when the worker starts:
 * until Redis answers, every page counts as held, and the first rounds re-fetched every locale of
 * every changed firm (the slow samples of the first bench run after a start).
 */
export function edgeRefreshers(): EdgeRefresher[] {
  if (!shared) {
    if (env.EDGE_REFRESH_URL.length > 0) connectEdgeSeen(env.REDIS_URL);
    shared = env.EDGE_REFRESH_URL.map((baseUrl) => new EdgeRefresher({ baseUrl, stillHeld: (paths) => edgeSeen(env.REDIS_URL, paths) }));
  }
  return shared;
}

/** Queues the firms' profiles for a refresh at every front server in EDGE_REFRESH_URL (none: a no-op). */
export function refreshEdges(usccs: readonly string[]): void {
  for (const refresher of edgeRefreshers()) refresher.refresh(usccs);
}

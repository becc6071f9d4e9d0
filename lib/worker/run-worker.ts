// The regeneration worker: drains the outbox (woken by NOTIFY, polling as a fallback), runs the
// time-driven job on start and daily, and rebuilds the search index if it is missing, empty or
// built with other searchable/filterable attributes than this release's.
import { Cron } from 'croner';
import pino from 'pino';
import { getSql } from '../db/client';
import { enqueueDueEntities } from '../db/mutations/outbox-lease';
import { markDueFollowUps } from '../db/mutations/inspection-follow-ups';
import { getOutboxStats } from '../db/queries/outbox-stats';
import { env, ratingDate } from '../env';
import { ensureEntityIndex, ensurePolicyIndex, reindexAllEntities, reindexAllPolicies } from '../search';
import { processOutboxBatch } from './process-outbox-batch';
import { edgeRefreshers } from './refresh-edge';
import { closeEdgeSeen } from '../cache/edge-seen.mjs';
import { writeEntityDump } from '../dumps/write-entity-dump';
import { tags } from '../cache/tags';
import { expirePages } from './expire-pages';
import { metrics } from '../metrics/metrics.mjs';
import { sweepRuleSetChange } from '../rule-sets/sweep-rule-set-change';

export interface WorkerOptions {
  batchSize?: number;
  /** Time to let changes accumulate after a wake-up, so one search task covers many events. */
  debounceMs?: number;
  pollMs?: number;
  /** Cron expression of the time-driven job (Asia/Shanghai); on start it runs anyway. */
  schedule?: string;
  signal?: AbortSignal;
}

const log = pino({ name: 'worker', level: env.LOG_LEVEL });

/**
 * Finds entities whose rating time alone may have changed and enqueues them: on the day a new rule
 * set takes effect every firm rated under another version, then the firms due for their own dates.
 */
export async function runScheduledReview(today = ratingDate()): Promise<number> {
  const started = performance.now();
  const sweep = await sweepRuleSetChange(today);
  if (sweep.queued > 0) log.info({ job: 'rule_set_switch', today, version: sweep.version, enqueued: sweep.queued }, 'rule set switch enqueued');
  const due = await enqueueDueEntities(today);
  // Follow-up inspections whose correction deadline has come (inspections area).
  const followUps = await markDueFollowUps(today);
  if (followUps > 0) log.info({ job: 'follow_ups_due', today, followUps }, 'follow-up inspections due');
  log.info({ job: 'review_due', today, enqueued: due + sweep.queued, ms: Math.round(performance.now() - started) }, 'time-driven review enqueued');
  return due + sweep.queued;
}

/** Runs until the signal aborts. */
export async function runWorker(opts: WorkerOptions = {}): Promise<void> {
  const { batchSize = 1000, debounceMs = 200, pollMs = 1000, schedule = '5 0 * * *', signal } = opts;

  const index = await ensureEntityIndex();
  if (index.created || index.empty || index.outdated) {
    log.warn(
      { index: index.uid, reason: index.outdated ? 'settings changed' : 'missing or empty' },
      'rebuilding the search index from PostgreSQL (searches keep using the live index until the swap)',
    );
    const r = await reindexAllEntities();
    log.info({ documents: r.documents, seconds: r.seconds }, 'search index rebuilt');
  }
  // The policies index (policies area): a few hundred documents, rebuilt in seconds when missing.
  const policyIndex = await ensurePolicyIndex();
  if (policyIndex.created || policyIndex.empty) {
    const r = await reindexAllPolicies();
    log.info({ index: policyIndex.uid, documents: r.documents, seconds: r.seconds }, 'policy index rebuilt');
  }

  // The front servers' refreshers and their Redis connection, ready before the first batch.
  edgeRefreshers();

  let wake: (() => void) | null = null;
  const wakeUp = () => wake?.();
  const listener = await getSql().listen('outbox', wakeUp);
  const cron = new Cron(schedule, { timezone: 'Asia/Shanghai', protect: true }, () => {
    void runScheduledReview().then(wakeUp, (err) => log.error({ err }, 'time-driven review failed'));
  });
  // The nightly full dump for open-data users (gzipped JSON Lines).
  const dumpCron = new Cron('30 2 * * *', { timezone: 'Asia/Shanghai', protect: true }, async () => {
    try {
      const started = performance.now();
      const r = await writeEntityDump();
      await expirePages([tags.dumps]);
      log.info({ job: 'dump', entities: r.entities, bytes: r.bytes, ms: Math.round(performance.now() - started) }, 'nightly dump written');
    } catch (err) {
      log.error({ err }, 'nightly dump failed');
    }
  });
  signal?.addEventListener('abort', wakeUp);
  await runScheduledReview();

  let failures = 0;
  try {
    while (!signal?.aborted) {
      let result = null;
      try {
        result = await processOutboxBatch(batchSize);
        failures = 0;
      } catch (err) {
        failures++;
        log.error({ err, failures }, 'batch failed; its events will be retried');
      }
      if (result) {
        log.info({ events: result.events, entities: result.entities, ms: result.ms, lagMs: result.oldestEventAgeMs }, 'batch done');
        const m = metrics();
        m.workerBatchEvents.observe(result.events);
        m.workerBatchSeconds.observe(result.ms / 1000);
        m.workerEventAge.observe(result.oldestEventAgeMs / 1000);
        if (result.events === batchSize) continue; // more waiting: no pause
      }
      // Idle (or failing): wait for a NOTIFY or the poll tick, then let more events gather.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, failures ? Math.min(30_000, pollMs * 2 ** failures) : pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      if (!signal?.aborted && debounceMs > 0) await new Promise((r) => setTimeout(r, debounceMs));
      if (!result) {
        const stats = await getOutboxStats().catch(() => null);
        if (stats && stats.backlog > 0) log.debug(stats, 'outbox backlog');
      }
    }
  } finally {
    void cron.stop();
    void dumpCron.stop();
    await listener.unlisten();
    // An open Redis connection would keep the process alive after SIGTERM.
    await closeEdgeSeen();
  }
}

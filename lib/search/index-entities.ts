// Writing to the entity index: batched upserts for the worker, deletions, and the zero-downtime
// rebuild from PostgreSQL (build `<name>_next`, swap, drop the old one).
import type { Settings } from 'meilisearch';
import { getDatabaseNow } from '../db/queries/get-database-now';
import { streamSearchRows, type SearchRow } from '../db/queries/stream-search-rows';
import { buildEntityDocument, type EntityDocument } from './build-entity-document';
import { createIndexIfMissing, ensureOnce, getSearchClient, indexName, rebuildIndex, waitForTaskSuccess, type IndexShape } from './meili';
import { ENTITY_INDEX_SETTINGS, ENTITY_PRIMARY_KEY } from './settings';

const ENTITY_INDEX: IndexShape = { primaryKey: ENTITY_PRIMARY_KEY, settings: ENTITY_INDEX_SETTINGS };

/** The attribute lists that decide what a query can match or filter, sorted for comparison. */
function attributeShape(settings: Settings): string {
  const names = (list: Settings['searchableAttributes'] | Settings['filterableAttributes']) =>
    [...(list ?? [])].map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).sort();
  return JSON.stringify([names(settings.searchableAttributes), names(settings.filterableAttributes)]);
}

/**
 * Creates the live entity index with its settings if it is missing; says whether it is empty and
 * whether its searchable or filterable attributes differ from ENTITY_INDEX_SETTINGS (an index built
 * by an older release, which the worker then rebuilds).
 */
export async function ensureEntityIndex(): Promise<{ uid: string; created: boolean; empty: boolean; outdated: boolean }> {
  const uid = indexName('entities');
  const created = await createIndexIfMissing(uid, ENTITY_INDEX);
  const index = getSearchClient().index(uid);
  const [stats, settings] = await Promise.all([index.getStats(), index.getSettings()]);
  return {
    uid,
    created,
    empty: stats.numberOfDocuments === 0,
    outdated: attributeShape(settings) !== attributeShape(ENTITY_INDEX_SETTINGS),
  };
}

/** Makes sure the index exists once per process, so an upsert never auto-creates one without settings. */
const ensureIndexOnce = ensureOnce(ensureEntityIndex);

/**
 * Adds or replaces the documents of these rows in one task; returns its uid (null for no rows).
 * Does not wait unless asked: each task costs ~1 s at a million documents whatever its size, so
 * callers batch, and web requests never wait.
 */
export async function upsertEntityDocuments(rows: readonly SearchRow[], opts: { wait?: boolean | undefined } = {}): Promise<number | null> {
  if (rows.length === 0) return null;
  await ensureIndexOnce();
  const documents: EntityDocument[] = rows.map(buildEntityDocument);
  const task = await getSearchClient().index<EntityDocument>(indexName('entities')).addDocuments(documents, { primaryKey: ENTITY_PRIMARY_KEY });
  if (opts.wait) await waitForTaskSuccess(task.taskUid);
  return task.taskUid;
}

/** Deletes the documents of these USCCs in one task; returns its uid (null for none). */
export async function deleteEntityDocuments(usccs: readonly string[], opts: { wait?: boolean | undefined } = {}): Promise<number | null> {
  if (usccs.length === 0) return null;
  await ensureIndexOnce();
  const task = await getSearchClient()
    .index(indexName('entities'))
    .deleteDocuments([...usccs]);
  if (opts.wait) await waitForTaskSuccess(task.taskUid);
  return task.taskUid;
}

export type ReindexPhase = 'preparing' | 'indexing' | 'swapping' | 'catching-up' | 'done';

export interface ReindexProgress {
  phase: ReindexPhase;
  /** Documents sent so far. */
  documents: number;
  seconds: number;
}

export interface ReindexOptions {
  /** Rows read and documents sent per task (default 20,000). */
  batchSize?: number;
  onProgress?: (progress: ReindexProgress) => void;
}

/** Tasks kept in flight: one indexing while the next batch uploads, without a deep queue. */
const MAX_TASKS_IN_FLIGHT = 2;

/**
 * Rebuilds the entity index from PostgreSQL with no downtime: fills `<name>_next`, swaps it with
 * the live index, deletes the old one, then re-sends entities updated while it ran (the worker's
 * upserts during the rebuild went to the old index, which the swap retires).
 */
export async function reindexAllEntities(opts: ReindexOptions = {}): Promise<{ documents: number; seconds: number }> {
  const batchSize = opts.batchSize ?? 20_000;
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  const report = (phase: ReindexPhase, documents: number) => opts.onProgress?.({ phase, documents, seconds: elapsed() });
  // The database's clock, so host clock skew does not matter. The margin covers worker transactions
  // that began (and stamped updated_at) just before the snapshot but committed after it; it is
  // kept small so that a rebuild right after a bulk load does not send every row twice.
  const startedAt = new Date((await getDatabaseNow()).getTime() - 5_000);

  report('preparing', 0);
  let documents = 0;
  await rebuildIndex(indexName('entities'), ENTITY_INDEX, async (next) => {
    const target = getSearchClient().index<EntityDocument>(next);
    const inFlight: number[] = [];
    report('indexing', 0);
    for await (const rows of streamSearchRows({ batchSize })) {
      const task = await target.addDocuments(rows.map(buildEntityDocument), { primaryKey: ENTITY_PRIMARY_KEY });
      inFlight.push(task.taskUid);
      documents += rows.length;
      report('indexing', documents);
      while (inFlight.length > MAX_TASKS_IN_FLIGHT) await waitForTaskSuccess(inFlight.shift() as number);
    }
    for (const uid of inFlight.splice(0)) await waitForTaskSuccess(uid);
    report('swapping', documents);
  });
  ensureIndexOnce.done();

  report('catching-up', documents);
  for await (const rows of streamSearchRows({ batchSize, updatedSince: startedAt })) {
    await upsertEntityDocuments(rows, { wait: true });
  }

  await pruneFinishedTasks();
  const seconds = elapsed();
  report('done', documents);
  return { documents, seconds };
}

/** Deletes finished tasks from the task history, which otherwise grows without bound. */
export async function pruneFinishedTasks(): Promise<void> {
  const task = await getSearchClient().tasks.deleteTasks({ statuses: ['succeeded', 'failed', 'canceled'] });
  await waitForTaskSuccess(task.taskUid);
}

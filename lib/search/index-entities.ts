// Writing to the entity index: batched upserts for the worker, deletions, and the zero-downtime
// rebuild from PostgreSQL (build `<name>_next`, swap, drop the old one).
import { MeilisearchApiError } from 'meilisearch';
import { getDatabaseNow } from '../db/queries/get-database-now';
import { streamSearchRows, type SearchRow } from '../db/queries/stream-search-rows';
import { buildEntityDocument, type EntityDocument } from './build-entity-document';
import { getSearchClient, indexName, waitForTaskSuccess } from './client';
import type { Settings } from 'meilisearch';
import { applyEntityIndexSettings, ENTITY_INDEX_SETTINGS, ENTITY_PRIMARY_KEY } from './settings';

/** Whether an index exists (a 404 index_not_found says no; anything else is an error). */
async function indexExists(uid: string): Promise<boolean> {
  try {
    await getSearchClient().getRawIndex(uid);
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
    throw error;
  }
}

/** Deletes an index if present and waits (the client's deleteIndexIfExists does not wait). */
async function dropIndex(uid: string): Promise<void> {
  if (!(await indexExists(uid))) return;
  const task = await getSearchClient().deleteIndex(uid);
  await waitForTaskSuccess(task.taskUid);
}

/** Creates an index with the entity primary key and settings, and waits. */
async function createEntityIndex(uid: string): Promise<void> {
  const task = await getSearchClient().createIndex(uid, { primaryKey: ENTITY_PRIMARY_KEY });
  await waitForTaskSuccess(task.taskUid);
  await applyEntityIndexSettings(uid);
}

let ensured: Promise<unknown> | null = null;

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
  let created = false;
  if (!(await indexExists(uid))) {
    await createEntityIndex(uid);
    created = true;
  }
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
function ensureOnce(): Promise<unknown> {
  ensured ??= ensureEntityIndex().catch((error: unknown) => {
    ensured = null;
    throw error;
  });
  return ensured;
}

/**
 * Adds or replaces the documents of these rows in one task; returns its uid (null for no rows).
 * Does not wait unless asked: each task costs ~1 s at a million documents whatever its size, so
 * callers batch, and web requests never wait.
 */
export async function upsertEntityDocuments(
  rows: readonly SearchRow[],
  opts: { wait?: boolean | undefined } = {},
): Promise<number | null> {
  if (rows.length === 0) return null;
  await ensureOnce();
  const documents: EntityDocument[] = rows.map(buildEntityDocument);
  const task = await getSearchClient()
    .index<EntityDocument>(indexName('entities'))
    .addDocuments(documents, { primaryKey: ENTITY_PRIMARY_KEY });
  if (opts.wait) await waitForTaskSuccess(task.taskUid);
  return task.taskUid;
}

/** Deletes the documents of these USCCs in one task; returns its uid (null for none). */
export async function deleteEntityDocuments(
  usccs: readonly string[],
  opts: { wait?: boolean | undefined } = {},
): Promise<number | null> {
  if (usccs.length === 0) return null;
  await ensureOnce();
  const task = await getSearchClient().index(indexName('entities')).deleteDocuments([...usccs]);
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
  const client = getSearchClient();
  const live = indexName('entities');
  const next = `${live}_next`;
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  const report = (phase: ReindexPhase, documents: number) => opts.onProgress?.({ phase, documents, seconds: elapsed() });
  // The database's clock, so host clock skew does not matter. The margin covers worker transactions
  // that began (and stamped updated_at) just before the snapshot but committed after it; it is
  // kept small so that a rebuild right after a bulk load does not send every row twice.
  const startedAt = new Date((await getDatabaseNow()).getTime() - 5_000);

  report('preparing', 0);
  await dropIndex(next);
  await createEntityIndex(next);

  const target = client.index<EntityDocument>(next);
  const inFlight: number[] = [];
  let documents = 0;
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
  // The swap needs both indexes; on a first run the live one is created (empty) to be swapped out.
  if (!(await indexExists(live))) await createEntityIndex(live);
  const swap = await client.swapIndexes([{ indexes: [live, next], rename: false }]);
  await waitForTaskSuccess(swap.taskUid);
  await dropIndex(next);
  ensured = Promise.resolve();

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

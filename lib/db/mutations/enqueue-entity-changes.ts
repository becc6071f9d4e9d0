// The transactional outbox: every change to what the public sees calls this inside the same
// transaction as the change, so a change is announced if and only if it commits.
import type postgres from 'postgres';
import { getSql } from '../client';

export type OutboxTopic = 'entity.changed' | 'entity.review_due';

type Tx = postgres.TransactionSql | postgres.Sql;

/** Writes one outbox row per entity and wakes the worker at commit (NOTIFY only wakes). */
export async function enqueueEntityChanges(tx: Tx, entityIds: readonly number[], topic: OutboxTopic = 'entity.changed'): Promise<void> {
  if (entityIds.length === 0) return;
  await tx`insert into outbox (topic, entity_id) select ${topic}, unnest(${[...entityIds]}::bigint[])`;
  await tx`select pg_notify('outbox', '')`;
}

/** Deadlock detected, serialization failure: PostgreSQL rolled the transaction back; running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

/**
 * Runs `fn` in a transaction (the shared pool's), for mutations that enqueue changes. Two intake
 * calls touching the same firms at once can deadlock (each upsert locks its rows in its own
 * order); PostgreSQL then aborts one of them, which is retried here after a short random pause
 * rather than answered with a 500. `fn` must do nothing outside the transaction it is given.
 */
export async function inTransaction<T>(fn: (tx: postgres.TransactionSql) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await getSql().begin(fn)) as T;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50 * attempt));
    }
  }
}

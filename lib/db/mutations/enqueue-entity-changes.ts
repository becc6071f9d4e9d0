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

/** Runs `fn` in a transaction (the shared pool's), for mutations that enqueue changes. */
export function inTransaction<T>(fn: (tx: postgres.TransactionSql) => Promise<T>): Promise<T> {
  return getSql().begin(fn) as Promise<T>;
}

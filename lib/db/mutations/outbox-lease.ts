// Taking work from the outbox. Rows are leased (their available_at moves into the future) with
// FOR UPDATE SKIP LOCKED, so any number of workers share the queue, and a worker that dies simply
// lets its lease run out: the rows come back. Rows are deleted only after their work is done.
import { getSql } from '../client';

export interface OutboxLease {
  id: number;
  topic: string;
  entityId: number | null;
  /** Topic-specific data, e.g. {policyIds} for policy.changed (read as text: see append-audit.ts). */
  payload: string;
  attempts: number;
  createdAt: Date;
}

/** Leases up to `limit` available rows for `leaseSeconds`. */
export async function leaseOutbox(limit: number, leaseSeconds = 60): Promise<OutboxLease[]> {
  return getSql()<OutboxLease[]>`
    update outbox o set available_at = now() + make_interval(secs => ${leaseSeconds}), attempts = o.attempts + 1
    where o.id in (
      select id from outbox where available_at <= now() order by id limit ${limit} for update skip locked
    )
    returning o.id::int as id, o.topic, o.entity_id::int as "entityId", o.payload::text as payload, o.attempts, o.created_at as "createdAt"`;
}

/** Deletes finished rows. */
export async function completeOutbox(ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await getSql()`delete from outbox where id = any(${[...ids]}::bigint[])`;
}

/** Puts failed rows back with exponential backoff (capped at ten minutes) and the error text. */
export async function failOutbox(ids: readonly number[], error: string): Promise<void> {
  if (ids.length === 0) return;
  await getSql()`
    update outbox set last_error = ${error.slice(0, 2000)},
      available_at = now() + make_interval(secs => least(600, power(2, least(attempts, 10))::int))
    where id = any(${[...ids]}::bigint[])`;
}

/** Puts every due entity (time alone may change its rating) into the outbox; returns how many. */
export async function enqueueDueEntities(today: string): Promise<number> {
  const sql = getSql();
  // Batched by id range so a city-wide due date never builds one huge transaction.
  let total = 0;
  let after = 0;
  for (;;) {
    const rows = await sql<{ last: number | null; n: number }[]>`
      with due as (
        select id from entities where next_review_on <= ${today} and id > ${after} order by id limit 10000
      ), ins as (
        insert into outbox (topic, entity_id) select 'entity.review_due', id from due returning entity_id
      )
      select max(entity_id)::int as last, count(*)::int as n from ins`;
    const { last, n } = rows[0] ?? { last: null, n: 0 };
    total += n;
    if (!last || n < 10000) break;
    after = last;
  }
  if (total > 0) await sql`select pg_notify('outbox', '')`;
  return total;
}

// The outbox row of the inspections area (topic inspection.changed, payload {planIds}); written
// inside the transaction of the change. No 'server-only': the worker and test factories use it.
import type postgres from 'postgres';

type Tx = postgres.TransactionSql | postgres.Sql;

/** Announces changed plans (their pages, the list, the feed) to the worker. */
export async function enqueueInspectionChanges(tx: Tx, planIds: readonly number[]): Promise<void> {
  await tx`insert into outbox (topic, payload) values ('inspection.changed', ${JSON.stringify({ planIds: [...new Set(planIds)] })}::text::jsonb)`;
  await tx`select pg_notify('outbox', '')`;
}

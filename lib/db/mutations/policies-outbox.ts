// The outbox row of the policies area (topic policy.changed, payload {policyIds}); written inside
// the transaction of the change. No 'server-only': test factories use it too.
import type postgres from 'postgres';

type Tx = postgres.TransactionSql | postgres.Sql;

/** Announces changed policies (with none: a change to support figures and the directory) to the worker. */
export async function enqueuePolicyChanges(tx: Tx, policyIds: readonly number[]): Promise<void> {
  await tx`insert into outbox (topic, payload) values ('policy.changed', ${JSON.stringify({ policyIds: [...new Set(policyIds)] })}::text::jsonb)`;
  await tx`select pg_notify('outbox', '')`;
}

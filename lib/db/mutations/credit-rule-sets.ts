// Adding a credit rule set version, and the worker's bookkeeping of its firm-wide re-rating. No
// 'server-only': the worker and test factories call these too. Validation happens before
// (lib/rule-sets/add-rule-set.ts); the table's unique indexes settle a race between two admins.
import type { AuditActorType } from '../../audit/chain';
import type { CreditRules } from '../../credit/rule-set-schema';
import { getSql } from '../client';
import { appendAudit } from './append-audit';
import { inTransaction } from './enqueue-entity-changes';

export interface NewRuleSet {
  version: string;
  effectiveFrom: string;
  rules: CreditRules;
}

/** Inserted, or which unique key another version already holds. */
export type InsertRuleSetResult = { ok: true } | { ok: false; taken: 'version' | 'effectiveFrom' };

/**
 * Stores a new version, its outbox row (topic rule_set.added: every process drops its cached sets)
 * and its audit entry in one transaction.
 */
export async function insertCreditRuleSet(set: NewRuleSet, actor: { type: AuditActorType; id: string; staffId: number | null }): Promise<InsertRuleSetResult> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into credit_rule_sets (version, effective_from, rules, created_by)
      values (${set.version}, ${set.effectiveFrom}, ${JSON.stringify(set.rules)}::text::jsonb, ${actor.staffId})
      on conflict do nothing returning id`;
    if (!row) {
      const [clash] = await tx<{ version: string }[]>`select version from credit_rule_sets where version = ${set.version}`;
      return { ok: false, taken: clash ? 'version' : 'effectiveFrom' };
    }
    await tx`insert into outbox (topic, payload) values ('rule_set.added', ${JSON.stringify({ version: set.version })}::text::jsonb)`;
    await tx`select pg_notify('outbox', '')`;
    await appendAudit(tx, {
      actorType: actor.type,
      actorId: actor.id,
      action: 'rule_set.create',
      subjectType: 'credit_rule_set',
      subjectId: set.version,
      details: { effectiveFrom: set.effectiveFrom, rules: set.rules },
    });
    return { ok: true };
  });
}

/**
 * Queues the re-rating of every firm not rated under `version` (topic entity.review_due), walking
 * the primary key in batches of `batchSize` so that a city-wide switch never builds one huge
 * transaction; returns how many were queued.
 */
export async function enqueueFirmsRatedUnderOtherVersions(version: string, batchSize = 10_000): Promise<number> {
  const sql = getSql();
  let total = 0;
  let after = 0;
  for (;;) {
    // The walk reads batchSize ids in key order and queues those with another version: no index on
    // the version (it would cost every re-rating a non-HOT update), one pass over the table a switch.
    const [row] = await sql<{ last: number | null; queued: number }[]>`
      with batch as (
        select id, credit_rule_version from entities where id > ${after} order by id limit ${batchSize}
      ), ins as (
        insert into outbox (topic, entity_id)
        select 'entity.review_due', id from batch where credit_rule_version is distinct from ${version}
        returning 1
      )
      select (select max(id) from batch)::int as last, (select count(*) from ins)::int as queued`;
    total += row?.queued ?? 0;
    if (!row?.last) break;
    after = row.last;
  }
  if (total > 0) await sql`select pg_notify('outbox', '')`;
  return total;
}

/** Records that the version's re-rating has been queued (the sweep runs once per version). */
export async function markRuleSetSwept(version: string): Promise<void> {
  await getSql()`update credit_rule_sets set swept_at = now() where version = ${version} and swept_at is null`;
}

// Recomputes the audit chain in id order, in batches (the log grows without bound).
import { auditHash, GENESIS_HASH, type AuditActorType } from '../../audit/chain';
import { getSql } from '../client';

export interface AuditChainReport {
  entries: number;
  /** The first entry whose link or hash does not match, if any. */
  brokenAt: { id: number; reason: 'prev_hash' | 'hash' } | null;
}

interface Row {
  id: number;
  /** Formatted in SQL exactly like Date.toISOString(), and details as text: both independent of
   * the pool's type parsers (which Drizzle replaces with pass-throughs in processes that use it). */
  occurred_at: string;
  details_text: string;
  actor_type: AuditActorType;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  prev_hash: string;
  hash: string;
}

export async function verifyAuditChain(batchSize = 5_000): Promise<AuditChainReport> {
  const sql = getSql();
  let prev = GENESIS_HASH;
  let afterId = 0;
  let entries = 0;
  for (;;) {
    const rows = await sql<Row[]>`
      select id::int as id,
             to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at,
             actor_type, actor_id, action, subject_type, subject_id, details::text as details_text, prev_hash, hash
      from audit_log where id > ${afterId} order by id limit ${batchSize}`;
    if (rows.length === 0) return { entries, brokenAt: null };
    for (const row of rows) {
      if (row.prev_hash !== prev) return { entries, brokenAt: { id: row.id, reason: 'prev_hash' } };
      const expected = auditHash(prev, {
        actorType: row.actor_type,
        actorId: row.actor_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        details: JSON.parse(row.details_text) as Record<string, unknown>,
        occurredAt: row.occurred_at,
      });
      if (expected !== row.hash) return { entries, brokenAt: { id: row.id, reason: 'hash' } };
      prev = row.hash;
      entries += 1;
      afterId = row.id;
    }
  }
}

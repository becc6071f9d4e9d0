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
  occurred_at: Date;
  actor_type: AuditActorType;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: Record<string, unknown>;
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
      select id::int as id, occurred_at, actor_type, actor_id, action, subject_type, subject_id, details, prev_hash, hash
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
        details: row.details,
        occurredAt: row.occurred_at.toISOString(),
      });
      if (expected !== row.hash) return { entries, brokenAt: { id: row.id, reason: 'hash' } };
      prev = row.hash;
      entries += 1;
      afterId = row.id;
    }
  }
}

// Appends to the hash-chained audit log. Call it inside the transaction that makes the change, so
// the change and its audit entry commit together. Appends are serialised by a transaction-scoped
// advisory lock (the chain needs a total order); keep audited transactions short.
// JSON goes in as an explicit text parameter cast to jsonb, never sql.json() nor a bare ::jsonb
// parameter: once Drizzle has wrapped the shared pool (e.g. to migrate) postgres.js's JSON
// serializers become pass-throughs, so the same call would store an object in one process and a
// double-encoded string in another.
import type postgres from 'postgres';
import { auditHash, canonicalJson, GENESIS_HASH, type AuditEntry } from '../../audit/chain';

/** Advisory lock key of the audit chain (an arbitrary constant). */
const AUDIT_LOCK_KEY = 727_001;

export async function appendAudit(tx: postgres.TransactionSql, entry: AuditEntry): Promise<void> {
  await tx`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const [last] = await tx<{ hash: string }[]>`select hash from audit_log order by id desc limit 1`;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const occurredAt = new Date().toISOString();
  const hash = auditHash(prevHash, { ...entry, occurredAt });
  await tx`
    insert into audit_log (occurred_at, actor_type, actor_id, action, subject_type, subject_id, details, prev_hash, hash)
    values (${occurredAt}, ${entry.actorType}, ${entry.actorId}, ${entry.action}, ${entry.subjectType},
            ${entry.subjectId}, ${canonicalJson(entry.details)}::text::jsonb, ${prevHash}, ${hash})`;
}

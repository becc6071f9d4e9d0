// The audit log's hash chain (pure). Each entry's hash covers the previous entry's hash and a
// canonical JSON of the entry, so editing, inserting or deleting any entry breaks every later link.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditActorType = 'staff' | 'department' | 'public' | 'system';

export interface AuditEntry {
  actorType: AuditActorType;
  /** Staff user id, department code, tracking number or process name: never contact data. */
  actorId: string | null;
  /** Dotted verb, e.g. `objection.suspend`, `record.correct`, `staff.sign_in`. */
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
}

export interface ChainedAuditEntry extends AuditEntry {
  /** ISO 8601 with milliseconds, UTC. */
  occurredAt: string;
}

/** JSON with object keys sorted at every depth, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, entry: ChainedAuditEntry): string {
  const body = canonicalJson({
    actorType: entry.actorType,
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    details: entry.details,
    occurredAt: entry.occurredAt,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

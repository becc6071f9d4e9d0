import 'server-only';
// What the public objection and repair pages are about: the entity (and record) named by the path and
// query, and whether a repair request may be made for it yet.
import { getApplicationTarget, type ApplicationTarget } from '../db/queries/applications';
import type { ApplicationKind } from '../domain/objections';
import { repairRefusalOn, type RepairRefusal } from '../domain/repair';
import { decodePathSegment } from '../path-segment';
import { isWellFormedUscc, normalizeCode } from '../uscc';

export type { ApplicationTarget };

export type { RepairRefusal };

/** The entity and record of an objection or repair page; undefined for a malformed code, a repair without a record, or nothing found. */
export async function findApplicationTarget(kind: ApplicationKind, rawUscc: string, record: string | undefined): Promise<ApplicationTarget | undefined> {
  const uscc = normalizeCode(decodePathSegment(rawUscc) ?? '');
  if (!isWellFormedUscc(uscc)) return undefined;
  const recordId = record && /^\d{1,18}$/.test(record) ? Number(record) : null;
  if (kind === 'repair' && recordId === null) return undefined;
  return getApplicationTarget(uscc, recordId);
}

/** Whether a repair request for the target's record is refused on `today`, and why; null when it may be made. */
export function repairRefusal(kind: ApplicationKind, target: ApplicationTarget, today: string): RepairRefusal | null {
  if (kind !== 'repair' || !target.record) return null;
  return repairRefusalOn(target.record, today);
}

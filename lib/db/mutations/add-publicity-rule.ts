import 'server-only';
// A new version of the publicity catalogue (issue 17 part 1): the row, its outbox row (topic
// pages.expire naming the catalogue tag: the worker expires it) and its audit entry in one transaction.
import type { PublicityRule } from '../../domain/publicity';
import { appendAudit } from './append-audit';
import { inTransaction } from './enqueue-entity-changes';
import { enqueuePageExpiry } from './pages-outbox';

/**
 * Adds the version; 'duplicate' when the kind and severity already have one starting that day.
 * `expireTags`: the cache tags of the pages that show the catalogue.
 */
export async function addPublicityRule(
  input: PublicityRule & { note: string },
  staff: { id: number },
  expireTags: readonly string[],
): Promise<{ id: number } | 'duplicate'> {
  return inTransaction(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into publicity_catalogue (kind, severity, min_months, max_months, repair_before_max, collection_working_days,
        counts_toward_level, effective_from, note, created_by)
      values (${input.kind}, ${input.severity}, ${input.minMonths}, ${input.maxMonths}, ${input.repairBeforeMax},
        ${input.collectionWorkingDays}, ${input.countsTowardLevel}, ${input.effectiveFrom}, ${input.note || null}, ${staff.id})
      on conflict on constraint publicity_catalogue_version_key do nothing
      returning id`;
    if (!row) return 'duplicate';
    await enqueuePageExpiry(tx, expireTags);
    await appendAudit(tx, {
      actorType: 'staff',
      actorId: String(staff.id),
      action: 'catalogue.add_version',
      subjectType: 'publicity_catalogue',
      subjectId: String(row.id),
      details: { ...input },
    });
    return { id: row.id };
  });
}

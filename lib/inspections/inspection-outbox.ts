// The worker's step for `inspection.changed` events: the cache tags to expire. No 'server-only':
// the worker runs in plain Node.
import { tags } from '../cache/tags';

/** The cache tags of inspection.changed payloads ({planIds}): each plan's, and the area's (malformed payloads name no plan). */
export function inspectionTagsOfPayloads(payloads: readonly string[]): string[] {
  if (payloads.length === 0) return [];
  const out = new Set<string>([tags.inspections]);
  for (const text of payloads) {
    try {
      const parsed = JSON.parse(text) as { planIds?: unknown };
      if (Array.isArray(parsed.planIds))
        for (const id of parsed.planIds) if (Number.isSafeInteger(id) && (id as number) > 0) out.add(tags.inspectionPlan(id as number));
    } catch {
      // an unreadable payload names no plan; the area's tag is expired anyway
    }
  }
  return [...out];
}

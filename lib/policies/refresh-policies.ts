// The worker's step for `policy.changed` events: bring the policy index in line with PostgreSQL and
// name the cache tags to expire (the policies' pages, and every list, feed, guide and figure).
// No 'server-only': the worker runs in plain Node.
import { tags } from '../cache/tags';
import { getPolicyRows } from '../db/queries/policies';
import { syncPolicyDocuments } from '../search';

/** Policy ids named by outbox payloads ({policyIds:[…]}); malformed payloads name none. */
export function policyIdsOfPayloads(payloads: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const text of payloads) {
    try {
      const parsed = JSON.parse(text) as { policyIds?: unknown };
      if (Array.isArray(parsed.policyIds)) for (const id of parsed.policyIds) if (Number.isSafeInteger(id) && (id as number) > 0) ids.add(id as number);
    } catch {
      // not ours to judge: an unreadable payload simply names no policy
    }
  }
  return [...ids];
}

/** Re-indexes the policies (one upsert and one delete task at most); returns the tags to expire. */
export async function refreshPolicies(policyIds: readonly number[], opts: { waitForIndex?: boolean } = {}): Promise<string[]> {
  const rows = await getPolicyRows(policyIds);
  await syncPolicyDocuments(policyIds, rows, { wait: opts.waitForIndex });
  return [...policyIds.map(tags.policy), tags.policies];
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import type { ListingKind } from '../domain/vocabulary';
import { getEntityFeedEvents } from '../db/queries/entity-feed-events';
import { listRecentEvents } from '../db/queries/list-entries';
import { listNewestPolicies } from '../db/queries/policies';

// The feeds are cached pages: their data carries the tags the worker expires, so a change reaches
// a feed as fast as the page it belongs to.

/** A firm's feed events; cached and tagged tags.entity(uscc). Null for an unknown firm (not cached). */
export async function getCachedEntityFeedEvents(uscc: string, today: string): ReturnType<typeof getEntityFeedEvents> {
  const found = await unstable_cache(async () => (await getEntityFeedEvents(uscc, today)) ?? { missing: true as const }, ['entity-feed', uscc, today], {
    tags: [tags.entity(uscc)],
    revalidate: 300,
  })();
  return 'missing' in found ? null : found;
}

/** A list's newest events; cached and tagged tags.lists. */
export function getCachedListEvents(kinds: readonly ListingKind[], today: string, limit: number): ReturnType<typeof listRecentEvents> {
  return unstable_cache(() => listRecentEvents(kinds, today, limit), ['list-feed', kinds.join(','), today, String(limit)], {
    tags: [tags.lists],
    revalidate: 300,
  })();
}

/** The newest published policies; cached and tagged tags.policies. */
export function getCachedNewestPolicies(limit: number): ReturnType<typeof listNewestPolicies> {
  return unstable_cache(() => listNewestPolicies(limit), ['policy-feed', String(limit)], { tags: [tags.policies], revalidate: 300 })();
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { LISTING_KINDS } from '../domain/vocabulary';
import { listRecentEvents, type ListEvent } from '../db/queries/list-entries';

/** The newest listing and removal events across every list on `today`; cached and tagged tags.lists. */
export function getRecentListEvents(today: string, limit = 200): Promise<ListEvent[]> {
  return unstable_cache(() => listRecentEvents(LISTING_KINDS, today, limit), ['recent-list-events', today, String(limit)], {
    tags: [tags.lists],
    revalidate: 300,
  })();
}

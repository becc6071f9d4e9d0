import 'server-only';
// The 双公示 pages' and feeds' data, cached and tagged tags.dualPublicity (the worker expires it
// with every batch of record changes); the cache key carries the date, so a penalty past its
// publicity period leaves the lists on that day with no job at all.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import type { DualSlug } from '../domain/dual-publicity';
import { listDualDepartments, queryDualFeed, queryDualPage, type DualEntry, type DualPage } from '../db/queries/dual-publicity';
import type { DualQuery } from './query-schema';

export type { DualEntry, DualPage };

const cachedPage = unstable_cache(queryDualPage, ['dual-publicity-page'], { tags: [tags.dualPublicity], revalidate: 300 });

/** One keyset page of a 双公示 list; cached and tagged. */
export function getDualPage(slug: DualSlug, query: DualQuery, today: string): Promise<DualPage> {
  return cachedPage(slug, query, today);
}

const cachedFeed = unstable_cache(queryDualFeed, ['dual-publicity-feed'], { tags: [tags.dualPublicity], revalidate: 300 });

/** The most recently published entries of a list for its Atom feed; cached and tagged. */
export function getDualFeedEntries(slug: DualSlug, today: string, limit = 100): Promise<DualEntry[]> {
  return cachedFeed(slug, today, limit);
}

/**
 * The departments that provided entries of a list (the department filter), labelled in every
 * locale; hourly and with the departments tag only, not with every record batch: a department's
 * first entry may take up to an hour to reach the filter (its entries show at once).
 */
export function getDualDepartments(slug: DualSlug): ReturnType<typeof listDualDepartments> {
  return unstable_cache(() => listDualDepartments(slug), ['dual-publicity-departments', slug], {
    tags: [tags.departments],
    revalidate: 3600,
  })();
}

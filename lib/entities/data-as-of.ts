import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getDataAsOf } from '../db/queries/get-data-as-of';

/**
 * The "data current as of" time shown on every page, refreshed each minute. Deliberately not
 * expired with every change: under a steady stream of changes that would recompute it on every
 * page render.
 */
export const getCachedDataAsOf = unstable_cache(async () => (await getDataAsOf())?.toISOString() ?? null, ['data-as-of'], {
  tags: [tags.dataAsOf],
  revalidate: 60,
});

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getDataAsOf } from '../db/queries/get-data-as-of';

/** The "data current as of" time shown on every page, cached a minute (and expired with lists). */
export const getCachedDataAsOf = unstable_cache(async () => (await getDataAsOf())?.toISOString() ?? null, ['data-as-of'], {
  tags: [tags.lists],
  revalidate: 60,
});

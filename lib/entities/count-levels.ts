import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { countEntitiesByLevel } from '../db/queries/count-entities-by-level';

/** City-wide counts by credit level, cached for five minutes and tagged tags.levelCounts. */
export const getLevelCounts = unstable_cache(countEntitiesByLevel, ['level-counts'], {
  tags: [tags.levelCounts],
  revalidate: 300,
});

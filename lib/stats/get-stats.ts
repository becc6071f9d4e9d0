import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { countEntitiesByLevel } from '../db/queries/count-entities-by-level';
import {
  countEntitiesByDistrictAndLevel,
  countEntitiesByIndustryAndLevel,
  countListingsByMonth,
  type LevelBreakdown,
  type ListMonthCount,
} from '../db/queries/get-stats';
import { LISTING_KINDS } from '../domain/vocabulary';

export type { LevelBreakdown, ListMonthCount };

// Statistics change slowly and are expensive at city scale: ten minutes, expired early by tags.stats.
const STATS_CACHE = { tags: [tags.stats], revalidate: 600 };

/** Number of months shown by the "lists over time" chart, the current month included. */
export const STATS_MONTHS = 24;

// The district and industry tables share the level table's tags: the three are shown together and
// must add up to the same total, so they expire together when a level changes or a firm arrives.
const LEVEL_TABLES_CACHE = { ...STATS_CACHE, tags: [tags.stats, tags.levelCounts] };

/** City-wide counts by credit level, cached and tagged tags.stats and tags.levelCounts. */
export const getStatsLevelCounts = unstable_cache(countEntitiesByLevel, ['stats', 'levels'], LEVEL_TABLES_CACHE);

/** Entities per district and level, cached and tagged tags.stats and tags.levelCounts. */
export const getStatsByDistrict = unstable_cache(countEntitiesByDistrictAndLevel, ['stats', 'districts'], LEVEL_TABLES_CACHE);

/** Entities per industry division and level, cached and tagged tags.stats and tags.levelCounts. */
export const getStatsByIndustry = unstable_cache(countEntitiesByIndustryAndLevel, ['stats', 'industries'], LEVEL_TABLES_CACHE);

const cachedListingsByMonth = unstable_cache(
  (from: string, to: string) => countListingsByMonth(LISTING_KINDS, from, to),
  ['stats', 'lists-by-month'],
  STATS_CACHE,
);

/** The first day of the month `months - 1` months before the month of `today` (YYYY-MM-DD). */
export function firstMonthOfWindow(today: string, months: number = STATS_MONTHS): string {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - (months - 1));
  return d.toISOString().slice(0, 10);
}

/** Monthly listings and removals of every list kind over the last 24 months up to `today`, cached per day. */
export async function getStatsListsByMonth(today: string): Promise<ListMonthCount[]> {
  // The dates are arguments, so they are part of the cache key: a new day starts a new entry.
  return cachedListingsByMonth(firstMonthOfWindow(today), today);
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { countListingsByDistrict } from '../db/queries/district-listings';
import { JINAN_DISTRICT_CODES } from '../reference/districts';
import { getStatsByDistrict } from '../stats/get-stats';

/** What the city map shades: share of red and black firms, share of listed firms, new listings this year. */
export const MAP_MODES = ['level', 'list', 'new'] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** One district's figures on the map and in its table. */
export interface DistrictFigure {
  code: string;
  total: number;
  red: number;
  black: number;
  listedFirms: number;
  newThisYear: number;
}

// Listing figures change with every listing: tagged like the list pages' counts, and by stats.
const cachedListings = unstable_cache(countListingsByDistrict, ['map', 'district-listings'], {
  tags: [tags.stats, tags.lists, tags.levelCounts],
  revalidate: 600,
});

/**
 * Every Jinan division's figures on `today`, in official order. The level counts are the stats
 * page's own cached table (getStatsByDistrict), so the two pages always show the same numbers.
 */
export async function getMapFigures(today: string): Promise<DistrictFigure[]> {
  const [levels, listings] = await Promise.all([getStatsByDistrict(), cachedListings(today)]);
  return JINAN_DISTRICT_CODES.map((code) => {
    const l = levels.find((g) => g.code === code);
    const s = listings.find((g) => g.code === code);
    return {
      code,
      total: l?.total ?? 0,
      red: l?.counts.red ?? 0,
      black: l?.counts.black ?? 0,
      listedFirms: s?.listedFirms ?? 0,
      newThisYear: s?.newThisYear ?? 0,
    };
  });
}

/** The value a mode shades a district by: a percentage (level, list) or a count (new). */
export function mapValue(figure: DistrictFigure, mode: MapMode): number {
  if (mode === 'new') return figure.newThisYear;
  const part = mode === 'level' ? figure.red + figure.black : figure.listedFirms;
  return figure.total === 0 ? 0 : Math.round((1000 * part) / figure.total) / 10;
}

/** The mode a query asks for; anything else is the default (level). */
export function parseMapMode(value: string | string[] | undefined): MapMode {
  const v = Array.isArray(value) ? value[0] : value;
  return (MAP_MODES as readonly string[]).includes(v ?? '') ? (v as MapMode) : 'level';
}

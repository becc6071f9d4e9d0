import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { listPublicityRules, type PublicityRuleRow } from '../db/queries/publicity-catalogue';

export type { PublicityRuleRow };

/**
 * The publicity catalogue (every version, with the seed rules for what the table lacks), cached an
 * hour and tagged tags.catalogue: a staff change expires the catalogue page, its API and the profiles
 * whose repair links read it, on each one's next visit.
 */
export const getPublicityCatalogue = unstable_cache(() => listPublicityRules(), ['publicity-catalogue'], { tags: [tags.catalogue], revalidate: 3600 });

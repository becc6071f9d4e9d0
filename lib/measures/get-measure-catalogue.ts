import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { listCreditMeasures, type MeasureRow } from '../db/queries/measures';

export type { MeasureRow };

/**
 * The whole measures catalogue, cached an hour and tagged tags.measures. A page that reads it
 * carries the tag (the profile's "what this level means" does too), so one catalogue change
 * expires them all; expiry is one Redis hash field read on each page's next visit (README,
 * "Caching"), not a sweep over a million stored profiles.
 */
export const getMeasureCatalogue = unstable_cache(() => listCreditMeasures(), ['measure-catalogue'], { tags: [tags.measures], revalidate: 3600 });

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { latestDump } from './write-entity-dump';

/** The newest complete dump, as the developers page names it; cached and tagged tags.dumps. */
export const getLatestDump = unstable_cache(async () => latestDump(), ['latest-dump'], { tags: [tags.dumps], revalidate: 3600 });

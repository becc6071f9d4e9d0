import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { countListEntries } from '../db/queries/list-entries';
import { LIST_SLUGS, type ListSlug } from '../domain/vocabulary';
import { LIST_KINDS } from './list-definitions';

/** Listed-now and removed counts per list on `today`, cached five minutes (tag tags.lists). */
export async function getListOverview(today: string): Promise<Record<ListSlug, { current: number; removed: number }>> {
  const byKind = await unstable_cache(() => countListEntries(today), ['list-counts', today], { tags: [tags.lists], revalidate: 300 })();
  return Object.fromEntries(
    LIST_SLUGS.map((slug) => [
      slug,
      LIST_KINDS[slug].reduce((acc, kind) => ({ current: acc.current + byKind[kind].current, removed: acc.removed + byKind[kind].removed }), {
        current: 0,
        removed: 0,
      }),
    ]),
  ) as Record<ListSlug, { current: number; removed: number }>;
}

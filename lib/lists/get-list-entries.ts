import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import type { ListingKind } from '../domain/vocabulary';
import { queryListEntries, type ListEntry } from '../db/queries/list-entries';
import type { ListQuery } from './parse-list-query';

const cached = unstable_cache(queryListEntries, ['list-entries'], { tags: [tags.lists], revalidate: 300 });

/** One page of a list for `query` on `today`; cached and tagged tags.lists (expired with any listing change). */
export function getListEntries(kinds: readonly ListingKind[], query: ListQuery, today: string): Promise<{ entries: ListEntry[]; total: number }> {
  return cached(kinds, query, today);
}

import 'server-only';
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import type { ListingKind } from '../domain/vocabulary';
import { listAuthorities, queryListEntries, type ListEntry } from '../db/queries/list-entries';
import type { ListQuery } from './parse-list-query';

export type { ListEntry };

const cached = unstable_cache(queryListEntries, ['list-entries'], { tags: [tags.lists], revalidate: 300 });

/** One page of a list for `query` on `today`; cached and tagged tags.lists (expired with any listing change). */
export function getListEntries(kinds: readonly ListingKind[], query: ListQuery, today: string): Promise<{ entries: ListEntry[]; total: number }> {
  return cached(kinds, query, today);
}

/** One page of a list read straight from the database: the JSON API, whose responses carry their own Cache-Control. */
export function queryListPage(kinds: readonly ListingKind[], query: ListQuery, today: string): Promise<{ entries: ListEntry[]; total: number }> {
  return queryListEntries(kinds, query, today);
}

/** The departments that have entries on a list, labelled in every locale (the authority filter). */
export function listListAuthorities(kinds: readonly ListingKind[]): ReturnType<typeof listAuthorities> {
  return listAuthorities(kinds);
}

import 'server-only';
// Reads of the commitments area for pages and feeds: cached and tagged tags.commitments, which the
// worker expires with every batch (a commitment is a record: any record change may be one) and a
// template change expires through its outbox row.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import {
  listCommitmentDepartments,
  listCommitmentTemplates,
  listRecentCommitments,
  queryCommitmentPage,
  type CommitmentDepartment,
  type CommitmentEntry,
  type CommitmentPage,
  type CommitmentTemplateRow,
} from '../db/queries/commitments';
import type { CommitmentQuery } from './commitment-query-schema';

export type { CommitmentDepartment, CommitmentEntry, CommitmentPage, CommitmentTemplateRow };

const OPTIONS = { tags: [tags.commitments], revalidate: 300 };

const cachedPage = unstable_cache(queryCommitmentPage, ['commitment-page'], OPTIONS);
const cachedTemplates = unstable_cache(listCommitmentTemplates, ['commitment-templates'], OPTIONS);
const cachedDepartments = unstable_cache(listCommitmentDepartments, ['commitment-departments'], OPTIONS);
const cachedRecent = unstable_cache(listRecentCommitments, ['commitment-feed'], OPTIONS);

/** One page of the list (cached); the JSON API reads `queryCommitments` instead. */
export function getCommitmentPage(q: CommitmentQuery, today: string): Promise<CommitmentPage> {
  return cachedPage(q, today);
}

/** One page of the list straight from the database (the JSON API carries its own Cache-Control). */
export function queryCommitments(q: CommitmentQuery, today: string): Promise<CommitmentPage> {
  return queryCommitmentPage(q, today);
}

/** Every template (cached). */
export function getCommitmentTemplates(): Promise<CommitmentTemplateRow[]> {
  return cachedTemplates();
}

/** The departments with commitments (the department filter; cached). */
export function getCommitmentDepartments(): Promise<CommitmentDepartment[]> {
  return cachedDepartments();
}

/** The newest new or changed commitments (the feed; cached). */
export function getRecentCommitments(today: string, limit: number): Promise<CommitmentEntry[]> {
  return cachedRecent(today, limit);
}

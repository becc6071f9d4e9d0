// Publicity of records on a given date (Dalian seed §(六): which records show and count).
import { LISTING_KINDS, PUBLIC_RECORD_STATUSES } from '../domain/vocabulary';
import type { ListingKind, RecordKind, RecordStatus } from '../domain/vocabulary';
import type { RatingRecord } from './types';

const PUBLIC_STATUSES: ReadonlySet<RecordStatus> = new Set(PUBLIC_RECORD_STATUSES);
const LISTING_KIND_SET: ReadonlySet<RecordKind> = new Set(LISTING_KINDS);

/** Whether a record kind is a list entry (listed on a date, removed later). */
export function isListingKind(kind: RecordKind): kind is ListingKind {
  return LISTING_KIND_SET.has(kind);
}

/**
 * Whether a record is public on the date: public status, already decided (decisionDate <= date)
 * and publicity not ended (publicityEnd is the last public day, inclusive).
 */
export function isRecordPublic(record: Pick<RatingRecord, 'status' | 'decisionDate' | 'publicityEnd'>, ratingDate: string): boolean {
  if (!PUBLIC_STATUSES.has(record.status)) return false;
  if (record.decisionDate > ratingDate) return false;
  if (record.publicityEnd !== null && record.publicityEnd < ratingDate) return false;
  return true;
}

/** Whether a listing record is on its list on the date (public, listed, not yet removed). */
export function isCurrentlyListed(record: RatingRecord, ratingDate: string): boolean {
  if (!isListingKind(record.kind)) return false;
  if (!isRecordPublic(record, ratingDate)) return false;
  return record.removedOn === null || record.removedOn > ratingDate;
}

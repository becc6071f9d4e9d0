// The provenance of a public record as the profile and the credit report print it (Jinan seed §3:
// department, document number, dates, legal basis, grounds): one list, so both say the same.
import { LISTING_KINDS, type RecordKind, type Severity } from '../domain/vocabulary';
import type { ProfileRecord } from './get-entity-profile';

/** What the rows are made of: a record's public fields. */
export type RecordFieldSource = Pick<
  ProfileRecord,
  'kind' | 'docNo' | 'decisionDate' | 'collectedOn' | 'severity' | 'legalBasis' | 'content' | 'publicityEnd' | 'grounds' | 'removedOn' | 'removalReason'
> &
  Partial<Pick<ProfileRecord, 'listName'>>;

/** Whether a record is a list entry (listed and maybe removed) rather than a decision. */
export function isListingRecord(record: { kind: RecordKind }): boolean {
  return (LISTING_KINDS as readonly string[]).includes(record.kind);
}

/**
 * Label and value rows of a record, in print order. `t` translates the Profile namespace,
 * `severity` names a severity, `date` writes a calendar date; rows without a value are left out.
 */
export function recordFieldRows(
  record: RecordFieldSource,
  departmentName: string,
  { t, severity, date }: { t: (key: string, values?: Record<string, string>) => string; severity: (s: Severity) => string; date: (iso: string) => string },
): [string, string][] {
  const rows: [string, string][] = [
    ...(record.listName ? ([[t('record.listName'), record.listName]] as [string, string][]) : []),
    [t('record.department'), departmentName],
    [t('record.docNo'), record.docNo ?? '—'],
    [isListingRecord(record) ? t('record.listedOn') : t('record.decisionDate'), date(record.decisionDate)],
    [t('record.collectedOn'), date(record.collectedOn)],
  ];
  if (record.severity) rows.push([t('record.severity'), severity(record.severity)]);
  if (record.publicityEnd) rows.push([t('record.publicity'), t('record.publicityUntil', { date: date(record.publicityEnd) })]);
  if (record.legalBasis) rows.push([t('record.legalBasis'), record.legalBasis]);
  if (record.grounds) rows.push([t('record.grounds'), record.grounds]);
  if (record.removedOn) rows.push([t('record.removedOn'), date(record.removedOn)]);
  if (record.removalReason) rows.push([t('record.removalReason'), record.removalReason]);
  if (record.content) rows.push([t('record.content'), record.content]);
  return rows;
}

// Streams list entries as CSV (UTF-8 with BOM, one header row) or JSON Lines: the whole selection,
// read from a server-side cursor batch by batch, so memory stays flat whatever the size; a bounded
// number of exports at once (lib/db/queries/list-entries.ts, openListExport).
import type { ListSlug, Locale } from '../domain/vocabulary';
import { districtName } from '../reference/labels';
import { env } from '../env';
import { openListExport, type CursorExport, type ExportLimits, type ListEntry } from '../db/queries/list-entries';
import { LIST_KINDS } from './list-definitions';
import type { ListQuery } from './parse-list-query';

export type ExportFormat = 'csv' | 'jsonl';

const CSV_HEADERS: Record<Locale, string[]> = {
  'zh-CN': [
    '统一社会信用代码',
    '名称',
    '名单',
    '列入日期',
    '列入事由',
    '作出决定机关',
    '机关代码',
    '文书号',
    '目前在列',
    '移出日期',
    '移出原因',
    '区县代码',
    '区县',
    '行业代码',
  ],
  'zh-TW': [
    '統一社會信用代碼',
    '名稱',
    '名單',
    '列入日期',
    '列入事由',
    '作出決定機關',
    '機關代碼',
    '文書號',
    '目前在列',
    '移出日期',
    '移出原因',
    '區縣代碼',
    '區縣',
    '行業代碼',
  ],
  en: [
    'uscc',
    'name',
    'list',
    'listed_on',
    'grounds',
    'authority',
    'authority_code',
    'doc_no',
    'listed_now',
    'removed_on',
    'removal_reason',
    'district_code',
    'district',
    'industry_code',
  ],
};

/** Quotes a CSV field when needed and defuses spreadsheet formulas (OWASP CSV injection). */
export function csvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV line (CRLF, as RFC 4180 and Excel expect). */
export function csvLine(entry: ListEntry, slug: ListSlug, locale: Locale): string {
  return (
    [
      entry.uscc,
      entry.name,
      slug,
      entry.listedOn,
      entry.grounds,
      entry.authority[locale],
      entry.authorityCode,
      entry.docNo,
      entry.listedNow ? 'true' : 'false',
      entry.removedOn,
      entry.removalReason,
      entry.districtCode,
      districtName(entry.districtCode, locale),
      entry.industryCode,
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}

/** The public JSON shape of an entry (API and JSON Lines). */
export function entryJson(entry: ListEntry, slug: ListSlug) {
  return {
    uscc: entry.uscc,
    name: entry.name,
    slug,
    kind: entry.kind,
    listedOn: entry.listedOn,
    grounds: entry.grounds,
    authority: entry.authority['zh-CN'],
    authorityCode: entry.authorityCode,
    docNo: entry.docNo,
    listedNow: entry.listedNow,
    removedOn: entry.removedOn,
    removalReason: entry.removalReason,
    districtCode: entry.districtCode,
    industryCode: entry.industryCode,
  };
}

/** Seconds a client refused for lack of a free export slot is told to wait (Retry-After). */
export const EXPORT_RETRY_AFTER_SECONDS = 30;

/**
 * A byte stream of the export, or null when every export slot stayed taken for EXPORT_WAIT_SECONDS
 * (the caller answers 429):
 * at most EXPORT_CONCURRENCY exports run at once across all site processes, and
 * EXPORTS_PER_ADDRESS from one client address, so slow readers cannot take every database
 * connection. Finishing, cancelling or failing the stream frees its connection and its slot; so
 * does a stream left unread past EXPORT_MAX_SECONDS.
 */
export async function exportListStream(
  slug: ListSlug,
  q: ListQuery,
  today: string,
  format: ExportFormat,
  locale: Locale,
  address: string,
): Promise<ReadableStream<Uint8Array> | null> {
  const open = await openListExport(LIST_KINDS[slug], q, today, address, exportLimits());
  if (!open) return null;
  return cursorExportStream(open, format === 'csv' ? CSV_HEADERS[locale].map(csvField).join(',') + '\r\n' : null, (batch) =>
    format === 'csv' ? batch.map((e) => csvLine(e, slug, locale)).join('') : batch.map((e) => JSON.stringify(entryJson(e, slug)) + '\n').join(''),
  );
}

/** The site's export limits (every export shares the slots): from the environment. */
export function exportLimits(): ExportLimits {
  return {
    slots: env.EXPORT_CONCURRENCY,
    perAddress: env.EXPORTS_PER_ADDRESS,
    maxSeconds: env.EXPORT_MAX_SECONDS,
    waitMs: env.EXPORT_WAIT_SECONDS * 1000,
  };
}

/**
 * The byte stream of an open export: the CSV header line (after a BOM) when given, then each batch
 * as `encode` writes it. Finishing, cancelling or failing frees the export's connection and slot;
 * so does a stream left unread past EXPORT_MAX_SECONDS.
 */
export function cursorExportStream<T>(open: CursorExport<T>, csvHeader: string | null, encode: (batch: T[]) => string): ReadableStream<Uint8Array> {
  const { batches, close } = open;
  const finish = async () => {
    clearTimeout(watchdog);
    await batches.return(undefined).catch(() => {});
    await close();
  };
  // A stream nobody reads nor cancels would keep its slot: the cursor's own timeout ends the query,
  // and this frees the connection and the slot soon after.
  const watchdog = setTimeout(() => void finish(), (env.EXPORT_MAX_SECONDS + 30) * 1000);
  watchdog.unref();
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (csvHeader !== null) {
          controller.enqueue(encoder.encode('\uFEFF' + csvHeader));
          return;
        }
      }
      let next;
      try {
        next = await batches.next();
      } catch (error) {
        await finish();
        throw error;
      }
      if (next.done) {
        await finish();
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(encode(next.value)));
    },
    async cancel() {
      await finish();
    },
  });
}

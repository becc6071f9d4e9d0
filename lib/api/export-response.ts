import 'server-only';
// The shared part of the routes that answer one JSON page or a whole streamed export (lists,
// 双公示): reading `format` and `lang`, and answering the stream, or 429 when no export slot was free.
import { AppError } from '../errors';
import { LOCALES, type Locale } from '../domain/vocabulary';
import { EXPORT_RETRY_AFTER_SECONDS, type ExportFormat } from '../lists/export-list';
import { jsonError, localeFromRequest } from './respond';

export type ResponseFormat = 'json' | ExportFormat;

/**
 * The requested format (json by default) and the export's language (`lang`, else
 * Accept-Language); both parameters are removed from `search`, which keeps only the filters.
 */
export function takeExportParams(search: URLSearchParams, request: Request): { format: ResponseFormat; locale: Locale } {
  const format = search.get('format') ?? 'json';
  if (!['json', 'csv', 'jsonl'].includes(format)) throw new AppError('bad_parameter', { param: 'format', detail: 'json, csv or jsonl' });
  const lang = search.get('lang');
  const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : localeFromRequest(request);
  search.delete('format');
  search.delete('lang');
  return { format: format as ResponseFormat, locale };
}

/** The export as a download, or a 429 with Retry-After when `stream` is null (every slot taken). */
export function exportResponse(stream: ReadableStream<Uint8Array> | null, format: ExportFormat, filename: string, request: Request): Response {
  if (!stream) {
    const busy = jsonError(new AppError('too_many_exports', { seconds: String(EXPORT_RETRY_AFTER_SECONDS) }), request);
    busy.headers.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
    return busy;
  }
  return new Response(stream, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}.${format}"`,
      'Cache-Control': 'public, max-age=60',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { requestClientAddress } from '@/lib/security/request-address';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { LOCALES, type Locale } from '@/lib/domain/vocabulary';
import { isListSlug, LIST_KINDS } from '@/lib/lists/list-definitions';
import { entryJson, EXPORT_RETRY_AFTER_SECONDS, exportListStream } from '@/lib/lists/export-list';
import { parseListQuery } from '@/lib/lists/parse-list-query';
import { queryListPage } from '@/lib/lists/get-list-entries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/lists/{slug}?status=&district=&industry=&authority=&from=&to=&sort=&page=&limit=&format=
 * format=json (default): one page; format=csv|jsonl: every entry the filters select, streamed.
 */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  try {
    const { slug } = await params;
    if (!isListSlug(slug)) throw new AppError('not_found', { subject: 'list', code: slug });
    const search = new URL(request.url).searchParams;
    const format = search.get('format') ?? 'json';
    if (!['json', 'csv', 'jsonl'].includes(format)) throw new AppError('bad_parameter', { param: 'format', detail: 'json, csv or jsonl' });
    const lang = search.get('lang');
    const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : localeFromRequest(request);
    search.delete('format');
    search.delete('lang');
    const query = parseListQuery(search);
    const today = ratingDate();

    if (format === 'json') {
      const { entries, total } = await queryListPage(LIST_KINDS[slug], query, today);
      return jsonOk({
        entries: entries.map((e) => entryJson(e, slug)),
        total,
        page: query.page,
        totalPages: Math.ceil(total / query.limit),
        dataAsOf: today,
      });
    }
    const stream = await exportListStream(slug, query, today, format as 'csv' | 'jsonl', locale, requestClientAddress(request.headers));
    if (!stream) {
      const busy = jsonError(new AppError('too_many_exports', { seconds: String(EXPORT_RETRY_AFTER_SECONDS) }), request);
      busy.headers.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return busy;
    }
    const filename = `${slug}-${query.status}-${today}.${format}`;
    return new Response(stream, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { requestClientAddress } from '@/lib/security/request-address';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { encodeCommitmentCursor } from '@/lib/domain/commitments';
import { LOCALES, type Locale } from '@/lib/domain/vocabulary';
import { EXPORT_RETRY_AFTER_SECONDS } from '@/lib/lists/export-list';
import { commitmentJson, exportCommitmentStream } from '@/lib/commitments/export-commitments';
import { parseCommitmentQuery } from '@/lib/commitments/parse-commitment-query';
import { queryCommitments } from '@/lib/commitments/get-commitments';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/commitments?procedure=&department=&status=&from=&to=&after=&limit=&format=
 * format=json (default): one page, newest first, with the cursor of the next; format=csv|jsonl:
 * every commitment the filters select, streamed.
 */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const search = new URL(request.url).searchParams;
    const format = search.get('format') ?? 'json';
    if (!['json', 'csv', 'jsonl'].includes(format)) throw new AppError('bad_parameter', { param: 'format', detail: 'json, csv or jsonl' });
    const lang = search.get('lang');
    const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : localeFromRequest(request);
    search.delete('format');
    search.delete('lang');
    const query = parseCommitmentQuery(search);
    const today = ratingDate();

    if (format === 'json') {
      const page = await queryCommitments(query, today);
      return jsonOk({
        entries: page.entries.map(commitmentJson),
        total: page.total,
        totalCapped: page.capped,
        next: page.next ? encodeCommitmentCursor(page.next) : null,
        dataAsOf: today,
      });
    }
    const stream = await exportCommitmentStream(query, today, format as 'csv' | 'jsonl', locale, requestClientAddress(request.headers));
    if (!stream) {
      const busy = jsonError(new AppError('too_many_exports', { seconds: String(EXPORT_RETRY_AFTER_SECONDS) }), request);
      busy.headers.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      return busy;
    }
    return new Response(stream, {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="commitments-${today}.${format}"`,
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

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { requestClientAddress } from '@/lib/security/request-address';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { exportResponse, takeExportParams } from '@/lib/api/export-response';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isListSlug, LIST_KINDS } from '@/lib/lists/list-definitions';
import { entryJson, exportListStream } from '@/lib/lists/export-list';
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
    const { format, locale } = takeExportParams(search, request);
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
    const stream = await exportListStream(slug, query, today, format, locale, requestClientAddress(request.headers));
    return exportResponse(stream, format, `${slug}-${query.status}-${today}`, request);
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import 'server-only';
// GET /api/v1/licences and /api/v1/penalties: one keyset page as JSON, or the whole selection as
// CSV / JSON Lines. Shared by the two route files.
import { corsPreflight, withPublicApi } from '../api/public-api';
import { exportResponse, takeExportParams } from '../api/export-response';
import { jsonError, jsonOk } from '../api/respond';
import type { DualSlug } from '../domain/dual-publicity';
import { ratingDate } from '../env';
import { requestClientAddress } from '../security/request-address';
import { queryDualPage } from '../db/queries/dual-publicity';
import { dualEntryJson, exportDualStream } from './export-dual';
import { dualQueryString, formatDualCursor, parseDualQuery } from './parse-dual-query';

/** The GET and OPTIONS handlers of one list's API. */
export function dualApiRoute(slug: DualSlug) {
  const GET = withPublicApi(async (request: Request) => {
    try {
      const search = new URL(request.url).searchParams;
      const { format, locale } = takeExportParams(search, request);
      const query = parseDualQuery(slug, search);
      const today = ratingDate();
      if (format === 'json') {
        // Read straight from the database: the response carries its own Cache-Control.
        const { entries, next } = await queryDualPage(slug, query, today);
        return jsonOk({
          entries: entries.map(dualEntryJson),
          next: next ? formatDualCursor(next) : null,
          nextUrl: next ? `/api/v1/${slug}${dualQueryString(query, { after: next })}` : null,
          limit: query.limit,
          dataAsOf: today,
        });
      }
      const stream = await exportDualStream(slug, query, today, format, locale, requestClientAddress(request.headers));
      return exportResponse(stream, format, `${slug}-${today}`, request);
    } catch (error) {
      return jsonError(error, request);
    }
  });
  return { GET, OPTIONS: corsPreflight };
}

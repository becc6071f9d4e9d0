import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { requestClientAddress } from '@/lib/security/request-address';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { exportResponse, takeExportParams } from '@/lib/api/export-response';
import { ratingDate } from '@/lib/env';
import { encodeCommitmentCursor } from '@/lib/domain/commitments';
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
    const { format, locale } = takeExportParams(search, request);
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
    const stream = await exportCommitmentStream(query, today, format, locale, requestClientAddress(request.headers));
    return exportResponse(stream, format, `commitments-${today}`, request);
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

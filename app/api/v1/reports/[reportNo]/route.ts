import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { decodePathSegment } from '@/lib/path-segment';
import { reportJson } from '@/lib/reports/report-json';

export const dynamic = 'force-dynamic';

/** GET /api/v1/reports/{reportNo}: what an issued credit report stated, its signature, and the firm's level today. */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ reportNo: string }> }) => {
  try {
    const { reportNo } = await params;
    const body = await reportJson(decodePathSegment(reportNo) ?? '', ratingDate());
    if (!body) throw new AppError('not_found', { subject: 'report' });
    return jsonOk(body);
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

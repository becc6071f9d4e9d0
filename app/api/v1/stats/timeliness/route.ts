import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getTimelinessReport, TIMELINESS_MONTHS } from '@/lib/stats/get-timeliness';

export const dynamic = 'force-dynamic';

/** GET /api/v1/stats/timeliness?months=12 → on-time rates per department and per kind. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const raw = new URL(request.url).searchParams.get('months');
    const months = raw === null ? TIMELINESS_MONTHS : Number(raw);
    if (!Number.isInteger(months) || months < 1 || months > 120) throw new AppError('bad_parameter', { param: 'months', detail: '1–120' });
    return jsonOk(await getTimelinessReport(ratingDate(), months), { maxAge: 300 });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

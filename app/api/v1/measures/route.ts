import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { env, ratingDate } from '@/lib/env';
import { getMeasureCatalogue } from '@/lib/measures/get-measure-catalogue';
import { measureJson } from '@/lib/measures/measure-json';
import { filterMeasures, parseMeasureQuery } from '@/lib/measures/measure-query';

export const dynamic = 'force-dynamic';

/** GET /api/v1/measures?level=&list=&kind= → {measures}: the measures in force today, punitive first. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const query = parseMeasureQuery(new URL(request.url).searchParams);
    const today = ratingDate();
    const locale = localeFromRequest(request);
    const measures = filterMeasures(await getMeasureCatalogue(), query, today);
    return jsonOk({ measures: measures.map((m) => measureJson(m, locale, env.SITE_URL)) }, { maxAge: 300 });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { catalogueJson } from '@/lib/publicity/catalogue-json';
import { getPublicityCatalogue } from '@/lib/publicity/get-publicity-catalogue';

export const dynamic = 'force-dynamic';

/** GET /api/v1/catalogue → {asOf, entries, upcoming}: the publicity periods in force today and those announced. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    return jsonOk(catalogueJson(await getPublicityCatalogue(), ratingDate()), { maxAge: 300 });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

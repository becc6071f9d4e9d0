import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { parseSearchParams } from '@/lib/entities/parse-search-params';
import { findEntities } from '@/lib/entities/find-entities';

export const dynamic = 'force-dynamic';

/** GET /api/v1/search?q=&level=&district=&industry=&type=&page=&limit= → {hits, total, …}. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const search = new URL(request.url).searchParams;
    // Facet counts are the costly part of a query at a million firms: only when asked for.
    const facets = search.get('facets') === 'true';
    search.delete('facets');
    const query = parseSearchParams(search);
    const result = await findEntities(query, { highlight: false, facets, pastLastPage: 'refuse' });
    return jsonOk(
      {
        hits: result.hits.map((h) => ({
          uscc: h.uscc,
          name: h.name,
          creditLevel: h.creditLevel,
          legalRepresentative: h.legalRepresentative,
          type: h.type,
          status: h.status,
          districtCode: h.districtCode,
          industryCode: h.industryCode,
        })),
        total: result.total,
        page: result.page,
        totalPages: result.totalPages,
        ...(facets ? { facets: result.facets } : {}),
        degraded: result.degraded,
      },
      { maxAge: 10 },
    );
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { findPolicies } from '@/lib/policies/find-policies';
import { policyJson } from '@/lib/policies/policy-json';
import { parsePolicyQuery } from '@/lib/policies/policy-query';

export const dynamic = 'force-dynamic';

/** GET /api/v1/policies?q=&category=&status=&department=&district=&industry=&page=&limit= → {policies, total, …}. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const query = parsePolicyQuery(new URL(request.url).searchParams);
    const today = ratingDate();
    const locale = localeFromRequest(request);
    const result = await findPolicies(query, today);
    return jsonOk(
      {
        policies: result.policies.map((p) => policyJson(p, today, locale)),
        total: result.total,
        page: query.page,
        totalPages: Math.max(1, Math.ceil(result.total / query.limit)),
        degraded: result.fallback,
      },
      { maxAge: 30 },
    );
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { ratingDate } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { BENEFICIARIES_PAGE_SIZE, getBeneficiaries, getPublicPolicy, parsePolicyId } from '@/lib/policies/get-policy';
import { beneficiaryJson, policyJson } from '@/lib/policies/policy-json';

export const dynamic = 'force-dynamic';

/** GET /api/v1/policies/{id}?page= → the policy with a page of beneficiaries and their totals. */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const id = parsePolicyId((await params).id);
    const pageParam = new URL(request.url).searchParams.get('page') ?? '1';
    if (!/^\d{1,3}$/.test(pageParam) || Number(pageParam) < 1) throw new AppError('bad_parameter', { param: 'page', detail: '1–500' });
    const locale = localeFromRequest(request);
    const [policy, beneficiaries] = await Promise.all([getPublicPolicy(id), getBeneficiaries(id, Number(pageParam))]);
    return jsonOk({
      ...policyJson(policy, ratingDate(), locale),
      beneficiaries: {
        total: beneficiaries.total,
        amountCny: beneficiaries.amountCny,
        page: Number(pageParam),
        totalPages: Math.max(1, Math.ceil(beneficiaries.total / BENEFICIARIES_PAGE_SIZE)),
        items: beneficiaries.rows.map((b) => beneficiaryJson(b, locale)),
      },
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { getCachedSupportFigures } from '@/lib/policies/support-figures';

export const dynamic = 'force-dynamic';

/** GET /api/v1/stats/support → total support received by year, implementing department and policy category. */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const locale = localeFromRequest(request);
    const f = await getCachedSupportFigures();
    const row = (r: { grants: number; firms: number; amountCny: number }) => ({ grants: r.grants, firms: r.firms, amountCny: r.amountCny });
    return jsonOk(
      {
        total: row(f.total),
        byYear: f.byYear.map((r) => ({ year: Number(r.key), ...row(r) })),
        byDepartment: f.byDepartment.map((r) => ({ departmentCode: r.key, department: r.names[locale], ...row(r) })),
        byCategory: f.byCategory.map((r) => ({ category: r.key === 'none' ? null : r.key, ...row(r) })),
      },
      { maxAge: 300 },
    );
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

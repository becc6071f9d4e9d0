import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk } from '@/lib/api/respond';
import { exportResponse, takeExportParams } from '@/lib/api/export-response';
import { env } from '@/lib/env';
import { getPublicPlans, getRecentResults } from '@/lib/inspections/get-inspections';
import { exportInspectionTargets } from '@/lib/inspections/export-inspections';
import { planJson, targetJson } from '@/lib/inspections/inspection-json';
import { parseInspectionQuery } from '@/lib/inspections/inspection-query';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/inspections?department=&before=&format=json|csv|jsonl
 * json (default): a page of public plans (keyset: `before` = the last id of the previous page) and
 * the newest results; csv|jsonl: every drawn firm of every public plan with its result, streamed.
 */
export const GET = withPublicApi(async (request: Request) => {
  try {
    const search = new URL(request.url).searchParams;
    const { format, locale } = takeExportParams(search, request);
    const query = parseInspectionQuery(search);
    if (format === 'json') {
      const { plans, more } = await getPublicPlans(query.department, query.before);
      const results = query.before === null ? await getRecentResults(query.department, 50) : [];
      return jsonOk({
        plans: plans.map((p) => planJson(p, locale, env.SITE_URL)),
        nextBefore: more ? (plans.at(-1)?.id ?? null) : null,
        recentResults: results.map((r) => ({ planId: r.planId, planTitle: r.planTitle, ...targetJson(r) })),
      });
    }
    const filename = `inspections${query.department ? `-${query.department}` : ''}`;
    return exportResponse(exportInspectionTargets({ department: query.department }, format, locale), format, filename, request);
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { LOCALES, type Locale } from '@/lib/domain/vocabulary';
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
    const format = search.get('format') ?? 'json';
    if (!['json', 'csv', 'jsonl'].includes(format)) throw new AppError('bad_parameter', { param: 'format', detail: 'json, csv or jsonl' });
    const lang = search.get('lang');
    const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : localeFromRequest(request);
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
    return new Response(exportInspectionTargets({ department: query.department }, format as 'csv' | 'jsonl', locale), {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="inspections${query.department ? `-${query.department}` : ''}.${format}"`,
        'Cache-Control': 'public, max-age=60',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

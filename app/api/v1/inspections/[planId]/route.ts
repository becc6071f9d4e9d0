import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError, jsonOk, localeFromRequest } from '@/lib/api/respond';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { LOCALES, type Locale } from '@/lib/domain/vocabulary';
import { getPlanWithTargets, TARGETS_ON_PAGE } from '@/lib/inspections/get-inspections';
import { exportInspectionTargets } from '@/lib/inspections/export-inspections';
import { planJson, targetJson } from '@/lib/inspections/inspection-json';
import { planNotFound } from '@/lib/inspections/plan-not-found';
import { parsePlanId } from '@/lib/inspections/inspection-query';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/inspections/{planId}?format=json|csv|jsonl
 * json (default): the plan, its draw (seed, snapshot hash and size) and its first 1,000 firms with
 * their results; csv|jsonl: every firm of the plan, streamed.
 */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ planId: string }> }) => {
  try {
    const id = parsePlanId((await params).planId);
    const found = id === null ? null : await getPlanWithTargets(id);
    if (!found) return planNotFound(request);
    const search = new URL(request.url).searchParams;
    const format = search.get('format') ?? 'json';
    if (!['json', 'csv', 'jsonl'].includes(format)) throw new AppError('bad_parameter', { param: 'format', detail: 'json, csv or jsonl' });
    const lang = search.get('lang');
    const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : localeFromRequest(request);
    if (format !== 'json') {
      return new Response(exportInspectionTargets({ planId: found.plan.id }, format as 'csv' | 'jsonl', locale), {
        headers: {
          'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
          'Content-Disposition': `attachment; filename="inspection-plan-${found.plan.id}.${format}"`,
          'Cache-Control': 'public, max-age=60',
          'Access-Control-Allow-Origin': '*',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    }
    return jsonOk({
      plan: planJson(found.plan, locale, env.SITE_URL),
      targets: found.targets.map(targetJson),
      targetsTruncated: found.plan.drawnCount > TARGETS_ON_PAGE,
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

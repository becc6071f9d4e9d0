import { corsPreflight, withPublicApi } from '@/lib/api/public-api';
import { jsonError } from '@/lib/api/respond';
import { getPlanWithTargets } from '@/lib/inspections/get-inspections';
import { exportPlanSnapshot } from '@/lib/inspections/export-inspections';
import { planNotFound } from '@/lib/inspections/plan-not-found';
import { parsePlanId } from '@/lib/inspections/inspection-query';

export const dynamic = 'force-dynamic';

/** GET /api/v1/inspections/{planId}/snapshot: the directory the draw ran on, one USCC a line in position order (text/plain, streamed). */
export const GET = withPublicApi(async (request: Request, { params }: { params: Promise<{ planId: string }> }) => {
  try {
    const id = parsePlanId((await params).planId);
    const found = id === null ? null : await getPlanWithTargets(id);
    if (!found) return planNotFound(request);
    return new Response(exportPlanSnapshot(found.plan.id), {
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `attachment; filename="inspection-plan-${found.plan.id}-snapshot.txt"`,
        // A drawn plan's snapshot never changes.
        'Cache-Control': 'public, max-age=86400',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return jsonError(error, request);
  }
});

export const OPTIONS = corsPreflight;

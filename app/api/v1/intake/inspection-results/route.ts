import { intakeRoute } from '@/lib/intake/intake-route';
import { readIntakeBody } from '@/lib/intake/read-intake-body';
import { ingestInspectionResults } from '@/lib/inspections/ingest-inspection-results';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/intake/inspection-results {results:[{planId, uscc, result, inspectedOn, correctionDeadline?, findings?, docNo?}]}
 * → {accepted, rejected:[{index, field, message}]}: the token's department's plans only.
 */
export const POST = intakeRoute('inspection-results', async ({ request, department, locale, actor }) => {
  const items = await readIntakeBody(request, 'results', locale);
  return ingestInspectionResults({ departmentId: department.departmentId, items, locale, actor });
});

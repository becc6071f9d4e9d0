import { ingestRecords, retractDepartmentRecords } from '@/lib/intake/ingest-records';
import { intakeRoute } from '@/lib/intake/intake-route';
import { readIntakeBody } from '@/lib/intake/read-intake-body';

export const dynamic = 'force-dynamic';

/** POST /api/v1/intake/records {records:[…]} → {accepted, created, updated, unchanged, queued, rejected, warnings}. */
export const POST = intakeRoute('records', async ({ request, department, locale, actor }) => {
  const items = await readIntakeBody(request, 'records', locale);
  return ingestRecords({ ...department, items, locale, actor, channel: 'api' });
});

/** DELETE /api/v1/intake/records {sourceRefs:[…]} retracts the department's own records. */
export const DELETE = intakeRoute('records', async ({ request, department, locale, actor }) => {
  const sourceRefs = await readIntakeBody(request, 'sourceRefs', locale);
  return retractDepartmentRecords({ ...department, sourceRefs, locale, actor });
});

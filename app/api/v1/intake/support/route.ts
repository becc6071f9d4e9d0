import { intakeRoute } from '@/lib/intake/intake-route';
import { readIntakeBody } from '@/lib/intake/read-intake-body';
import { ingestSupport } from '@/lib/policies/ingest-support';

export const dynamic = 'force-dynamic';

/** POST /api/v1/intake/support {support:[…]} → {accepted, created, updated, unchanged, rejected:[{index, field, message}]}. */
export const POST = intakeRoute('support', async ({ request, department, locale, actor }) => {
  const items = await readIntakeBody(request, 'support', locale);
  return ingestSupport({ ...department, items, locale, actor });
});

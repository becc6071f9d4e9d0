import { ingestComplaints } from '@/lib/intake/ingest-complaints';
import { intakeRoute } from '@/lib/intake/intake-route';
import { readIntakeBody } from '@/lib/intake/read-intake-body';

export const dynamic = 'force-dynamic';

/** POST /api/v1/intake/complaints {complaints:[…]} → {accepted, created, updated, unchanged, rejected}. */
export const POST = intakeRoute('complaints', async ({ request, department, locale, actor }) => {
  const items = await readIntakeBody(request, 'complaints', locale);
  return ingestComplaints({ ...department, items, locale, actor, channel: 'api' });
});

import { AppError } from '@/lib/errors';
import { ingestEntities } from '@/lib/intake/ingest-entities';
import { intakeRoute } from '@/lib/intake/intake-route';
import { readIntakeBody } from '@/lib/intake/read-intake-body';

export const dynamic = 'force-dynamic';

/** POST /api/v1/intake/entities {entities:[…]}: registration data, registration authorities only. */
export const POST = intakeRoute('entities', async ({ request, department, locale, actor }) => {
  if (!department.isRegistrar) throw new AppError('forbidden');
  const items = await readIntakeBody(request, 'entities', locale);
  return ingestEntities({ ...department, items, locale, actor });
});

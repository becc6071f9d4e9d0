import { localeFromRequest } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { authenticateDepartment } from '@/lib/intake/auth';
import { ingestEntities } from '@/lib/intake/ingest-entities';
import { readIntakeBody } from '@/lib/intake/read-intake-body';
import { intakeError, intakeOk } from '@/lib/intake/respond-intake';

export const dynamic = 'force-dynamic';

const ENDPOINT = 'entities';

/** POST /api/v1/intake/entities {entities:[…]}: registration data, registration authorities only. */
export async function POST(request: Request) {
  try {
    const department = await authenticateDepartment(request);
    if (!department.isRegistrar) throw new AppError('forbidden');
    const locale = localeFromRequest(request);
    const items = await readIntakeBody(request, 'entities', locale);
    const result = await ingestEntities({ ...department, items, locale, actor: { type: 'department', id: department.departmentCode } });
    return intakeOk(result, { department: department.departmentCode, endpoint: ENDPOINT });
  } catch (error) {
    return intakeError(error, request);
  }
}

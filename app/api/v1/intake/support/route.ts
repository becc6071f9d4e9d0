import { localeFromRequest } from '@/lib/api/respond';
import { authenticateDepartment } from '@/lib/intake/auth';
import { intakeError, intakeOk } from '@/lib/intake/respond-intake';
import { ingestSupport } from '@/lib/policies/ingest-support';
import { readIntakeBody } from '@/lib/intake/read-intake-body';

export const dynamic = 'force-dynamic';

const ENDPOINT = 'support';

/** POST /api/v1/intake/support {support:[…]} → {accepted, created, updated, unchanged, rejected:[{index, field, message}]}. */
export async function POST(request: Request) {
  try {
    const department = await authenticateDepartment(request);
    const locale = localeFromRequest(request);
    const items = await readIntakeBody(request, 'support', locale);
    const result = await ingestSupport({ ...department, items, locale, actor: { type: 'department', id: department.departmentCode } });
    return intakeOk(result, { department: department.departmentCode, endpoint: ENDPOINT });
  } catch (error) {
    return intakeError(error, request);
  }
}

import { localeFromRequest } from '@/lib/api/respond';
import { authenticateDepartment } from '@/lib/intake/auth';
import { ingestRecords, retractDepartmentRecords } from '@/lib/intake/ingest-records';
import { readIntakeBody } from '@/lib/intake/read-intake-body';
import { intakeError, intakeOk } from '@/lib/intake/respond-intake';

export const dynamic = 'force-dynamic';

const ENDPOINT = 'records';

/** POST /api/v1/intake/records {records:[…]} → {accepted, created, updated, unchanged, queued, rejected, warnings}. */
export async function POST(request: Request) {
  try {
    const department = await authenticateDepartment(request);
    const locale = localeFromRequest(request);
    const items = await readIntakeBody(request, 'records', locale);
    const result = await ingestRecords({ ...department, items, locale, actor: { type: 'department', id: department.departmentCode }, channel: 'api' });
    return intakeOk(result, { department: department.departmentCode, endpoint: ENDPOINT });
  } catch (error) {
    return intakeError(error, request);
  }
}

/** DELETE /api/v1/intake/records {sourceRefs:[…]} retracts the department's own records. */
export async function DELETE(request: Request) {
  try {
    const department = await authenticateDepartment(request);
    const locale = localeFromRequest(request);
    const sourceRefs = await readIntakeBody(request, 'sourceRefs', locale);
    const result = await retractDepartmentRecords({ ...department, sourceRefs, locale, actor: { type: 'department', id: department.departmentCode } });
    return intakeOk(result, { department: department.departmentCode, endpoint: ENDPOINT });
  } catch (error) {
    return intakeError(error, request);
  }
}

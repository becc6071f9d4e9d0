import 'server-only';
// The frame of every intake API handler: Bearer sign-in of the department, its locale, the
// per-item result as 200 (counted for /metrics) and the shared error mapping.
import { localeFromRequest } from '../api/respond';
import { authenticateDepartment, type AuthenticatedDepartment } from './auth';
import { intakeError, intakeOk } from './respond-intake';

export interface IntakeCall {
  request: Request;
  department: AuthenticatedDepartment;
  locale: ReturnType<typeof localeFromRequest>;
  /** Who the audit log names: the department's system. */
  actor: { type: 'department'; id: string };
}

/** A route handler for `/api/v1/intake/<endpoint>` that runs `handle` for a signed-in department. */
export function intakeRoute(endpoint: string, handle: (call: IntakeCall) => Promise<{ accepted?: unknown; rejected?: unknown }>) {
  return async function intakeHandler(request: Request) {
    try {
      const department = await authenticateDepartment(request);
      const locale = localeFromRequest(request);
      const result = await handle({ request, department, locale, actor: { type: 'department', id: department.departmentCode } });
      return intakeOk(result, { department: department.departmentCode, endpoint });
    } catch (error) {
      return intakeError(error, request);
    }
  };
}

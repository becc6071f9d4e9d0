import 'server-only';
// Bearer-token authentication of department systems (intake API; reused by POST /api/v1/intake/support).
import { findTokenOwner } from '../db/queries/department-tokens';
import { AppError } from '../errors';
import { hashDepartmentToken } from './tokens';

export interface AuthenticatedDepartment {
  departmentId: number;
  departmentCode: string;
  isRegistrar: boolean;
}

const BEARER = /^Bearer\s+([A-Za-z0-9_\-.~+/]+=*)\s*$/i;

/** The department behind the request's `Authorization: Bearer <token>`; AppError('unauthorized') (401) when missing, wrong or revoked. */
export async function authenticateDepartment(request: Request): Promise<AuthenticatedDepartment> {
  const match = BEARER.exec(request.headers.get('authorization') ?? '');
  const token = match?.[1];
  if (!token || token.length > 200) throw new AppError('unauthorized');
  const owner = await findTokenOwner(hashDepartmentToken(token));
  if (!owner) throw new AppError('unauthorized');
  return { departmentId: owner.departmentId, departmentCode: owner.departmentCode, isRegistrar: owner.isRegistrar };
}

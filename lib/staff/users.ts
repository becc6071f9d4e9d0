// Creating staff accounts (CLI and tests). The password is generated, returned once, stored hashed.
import type { StaffRole } from '../domain/vocabulary';
import { insertStaffUser } from '../db/mutations/staff';
import { findDepartmentIdByCode, findStaffAccount, listDepartmentCodes } from '../db/queries/staff';
import { generatePassword, hashPassword } from './password';

export class StaffUserError extends Error {}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export async function createStaffUser(input: {
  departmentCode: string;
  role: StaffRole;
  username?: string;
  displayName?: string;
  createdBy?: string;
}): Promise<{ id: number; username: string; password: string }> {
  const departmentId = await findDepartmentIdByCode(input.departmentCode);
  if (departmentId === undefined) {
    const known = await listDepartmentCodes();
    throw new StaffUserError(`Unknown department "${input.departmentCode}". Known departments: ${known.join(', ')}`);
  }
  const username = (input.username ?? `${input.departmentCode}-${input.role}-${generatePassword(4).toLowerCase()}`).toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new StaffUserError(`Username "${username}" must be 3–40 characters: lower-case letters, digits, dot, dash or underscore.`);
  }
  if (await findStaffAccount(username)) throw new StaffUserError(`Username "${username}" is taken.`);
  const password = generatePassword();
  const id = await insertStaffUser({
    username,
    displayName: input.displayName ?? username,
    departmentId,
    role: input.role,
    passwordHash: await hashPassword(password),
    createdBy: input.createdBy ?? 'cli',
  });
  return { id, username, password };
}

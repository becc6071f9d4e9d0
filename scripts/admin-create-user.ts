// `npm run admin:create-user -- --department <code> --role reviewer|admin [--username <name>] [--name <display name>]`
// Creates a back-office account and prints its generated password as the last line (shown once,
// stored as an argon2id hash). Works against the running demo's embedded services with no configuration.
import { parseArgs } from 'node:util';
import { closeDb } from '../lib/db/client';
import { STAFF_ROLES, type StaffRole } from '../lib/domain/vocabulary';
import { createStaffUser, StaffUserError } from '../lib/staff/users';

const { values } = parseArgs({
  options: {
    department: { type: 'string' },
    role: { type: 'string', default: 'reviewer' },
    username: { type: 'string' },
    name: { type: 'string' },
  },
});

try {
  if (!values.department) throw new StaffUserError('Missing --department <code> (e.g. --department jnamr).');
  if (!STAFF_ROLES.includes(values.role as StaffRole)) throw new StaffUserError(`--role must be one of: ${STAFF_ROLES.join(', ')}`);
  const user = await createStaffUser({
    departmentCode: values.department,
    role: values.role as StaffRole,
    username: values.username,
    displayName: values.name,
  });
  console.log(`Created ${values.role} "${user.username}" for department ${values.department}. Sign in at /admin/sign-in with this password (shown once):`);
  console.log(user.password);
} catch (error) {
  if (error instanceof StaffUserError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await closeDb();
}

// `npm run intake:token -- --department <code> [--department-name <中文名称>] [--name <name>] [--registrar]`
// creates the department if needed (its name is then required: provenance shows names, never codes;
// --registrar: a registration authority, allowed to post entities) and prints a new API
// token as the LAST line (shown once; only its SHA-256 is stored).
// `npm run intake:token -- --list [--department <code>]` lists tokens (prefix, dates; never secrets).
// `npm run intake:token -- --revoke <id|prefix>` revokes tokens.
// Works against the running demo's embedded services with no configuration (lib/env reads services.json).
import { parseArgs } from 'node:util';
import { closeDb } from '../lib/db/client';
import { DepartmentNameRequiredError, insertDepartmentToken, revokeDepartmentTokens } from '../lib/db/mutations/department-tokens';
import { listDepartmentTokens } from '../lib/db/queries/department-tokens';
import { generateDepartmentToken } from '../lib/intake/tokens';

const { values } = parseArgs({
  options: {
    department: { type: 'string' },
    name: { type: 'string' },
    'department-name': { type: 'string' },
    registrar: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
    revoke: { type: 'string' },
  },
});

const DEPARTMENT_CODE = /^[a-z0-9][a-z0-9_-]{1,39}$/;

try {
  if (values.list) {
    const tokens = await listDepartmentTokens(values.department);
    if (tokens.length === 0) console.log('No tokens.');
    for (const t of tokens) {
      console.log(
        `${String(t.id).padStart(5)}  ${t.prefix}…  ${t.departmentCode.padEnd(12)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'live'}  created ${t.createdAt}  ${t.name}`,
      );
    }
  } else if (values.revoke) {
    const ids = await revokeDepartmentTokens(values.revoke.replace(/…$/, ''));
    if (ids.length === 0) {
      console.error(`No live token has id or prefix "${values.revoke}".`);
      process.exitCode = 1;
    } else console.log(`Revoked token(s) ${ids.join(', ')}.`);
  } else {
    const code = values.department?.trim().toLowerCase();
    if (!code || !DEPARTMENT_CODE.test(code)) {
      console.error(
        'Usage: npm run intake:token -- --department <code> [--name <token name>] [--department-name <中文名称>] [--registrar] | --list | --revoke <id|prefix>',
      );
      process.exitCode = 1;
    } else {
      const token = generateDepartmentToken();
      const result = await insertDepartmentToken(
        { code, nameZhCn: values['department-name'], isRegistrar: values.registrar ? true : undefined },
        { name: values.name ?? `${code} intake`, prefix: token.prefix, hash: token.hash },
      );
      console.log(
        `${result.createdDepartment ? 'Created department' : 'Department'} ${code} (id ${result.departmentId}${values.registrar ? ', registration authority' : ''}); token ${result.tokenId} (${token.prefix}…).`,
      );
      console.log('Send it as "Authorization: Bearer <token>" to /api/v1/intake/*. It is shown once:');
      console.log(token.token);
    }
  }
} catch (error) {
  // A new department without its name: say what to add rather than print a stack.
  if (!(error instanceof DepartmentNameRequiredError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await closeDb();
}

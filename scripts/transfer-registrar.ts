// `npm run entity:transfer-registrar -- --uscc <code> --to <department> --staff <admin username> --reason <text>`
// Moves a firm to another registration authority (e.g. after a change of jurisdiction): from then
// on only that authority's intake updates it. The intake API never changes a firm's registrar;
// this command is the explicit, audited staff action that does (audit action
// `entity.transfer_registrar`, with the admin, both departments and the reason). Open objections
// already in the old registrar's queue stay there; an admin can reassign them at /admin.
import { parseArgs } from 'node:util';
import { closeDb } from '../lib/db/client';
import { transferRegistrarInDb } from '../lib/db/mutations/transfer-registrar';
import { findStaffAccount } from '../lib/db/queries/staff';
import { normalizeCode } from '../lib/uscc';

const USAGE = 'Usage: npm run entity:transfer-registrar -- --uscc <code> --to <department code> --staff <admin username> --reason <text>';

const REASONS = {
  unknown_firm: 'No firm has this unified social credit code.',
  unknown_department: 'No department has this code (npm run intake:token -- --list shows them).',
  not_a_registrar: 'That department is not a registration authority (npm run intake:token -- --department <code> --registrar makes it one).',
  not_an_admin: 'The staff account is not an active admin: only admins transfer firms.',
} as const;

const { values } = parseArgs({
  options: {
    uscc: { type: 'string' },
    to: { type: 'string' },
    staff: { type: 'string' },
    reason: { type: 'string' },
  },
});

try {
  const uscc = values.uscc ? normalizeCode(values.uscc) : '';
  const to = values.to?.trim().toLowerCase() ?? '';
  const reason = values.reason?.trim() ?? '';
  if (!uscc || !to || !values.staff || !reason) {
    console.error(USAGE);
    process.exitCode = 1;
  } else {
    const staff = await findStaffAccount(values.staff.trim().toLowerCase());
    const outcome = staff
      ? await transferRegistrarInDb({ uscc, toDepartmentCode: to, staffUserId: staff.id, reason })
      : ({ ok: false, reason: 'not_an_admin' } as const);
    if (!outcome.ok) {
      console.error(REASONS[outcome.reason]);
      process.exitCode = 1;
    } else if (!outcome.changed) {
      console.log(`${uscc} is already registered by ${to}; nothing changed (the request is in the audit log).`);
    } else {
      console.log(`Transferred ${uscc} from ${outcome.from ?? '(none)'} to ${to}; audited as entity.transfer_registrar.`);
    }
  }
} finally {
  await closeDb();
}

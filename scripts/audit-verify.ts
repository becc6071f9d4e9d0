// `npm run audit:verify`: recomputes the audit log's hash chain; exits 1 if any entry was altered,
// inserted or removed. Works against the running demo's embedded services with no configuration.
import { closeDb } from '../lib/db/client';
import { verifyAuditChain } from '../lib/db/queries/verify-audit-chain';

try {
  const report = await verifyAuditChain();
  if (report.brokenAt) {
    console.error(
      `[audit] chain BROKEN at entry ${report.brokenAt.id} (${report.brokenAt.reason === 'prev_hash' ? 'link to the previous entry does not match' : 'entry content does not match its hash'}); ${report.entries} entries before it verify.`,
    );
    process.exitCode = 1;
  } else {
    console.log(`[audit] chain intact: ${report.entries} entries verified.`);
  }
} finally {
  await closeDb();
}

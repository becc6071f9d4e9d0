import 'server-only';
// The applicant's status page: tracking number + access code (argon2-verified, rate-limited per
// address). A wrong number and a wrong code get the same answer.
import { getPublicApplicationView, type PublicApplicationView } from '../db/queries/applications';
import { takeRateLimit } from '../security/rate-limits';
import { dummyPasswordHash, verifyPassword } from '../staff/password';
import { isValidTrackingNo, normalizeAccessCode } from './tracking';

export type ApplicationStatusView = Omit<PublicApplicationView, 'accessCodeHash'>;

export type LookupOutcome = { ok: true; view: ApplicationStatusView } | { ok: false; code: 'wrongCode' } | { ok: false; code: 'rateLimited'; seconds: number };

export async function lookupApplication(trackingNo: string, accessCode: string, address: string): Promise<LookupOutcome> {
  const limit = await takeRateLimit('statusLookup', address);
  if (!limit.ok) return { ok: false, code: 'rateLimited', seconds: limit.resetSeconds };
  const app = isValidTrackingNo(trackingNo) ? await getPublicApplicationView(trackingNo) : undefined;
  const code = normalizeAccessCode(accessCode);
  if (!app) {
    await verifyPassword(await dummyPasswordHash(), code);
    return { ok: false, code: 'wrongCode' };
  }
  if (!(await verifyPassword(app.accessCodeHash, code))) return { ok: false, code: 'wrongCode' };
  const { accessCodeHash: _hash, ...view } = app;
  return { ok: true, view };
}

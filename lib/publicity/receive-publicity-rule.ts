import 'server-only';
// The staff action behind /admin/catalogue's form: staff checks (session, anti-forgery token), the
// shared schema, admins only, then the audited insert.
import { tags } from '../cache/tags';
import { addPublicityRule } from '../db/mutations/add-publicity-rule';
import { ratingDate } from '../env';
import { formFailure, type ActionResult } from '../forms/action-result';
import { staffAction } from '../forms/staff-action';
import { publicityRuleSchema } from './publicity-rule-schema';

/** Receives a posted new version; answers `{ok, id}` or the issues (AdminCatalogue.errors.*). */
export function receivePublicityRule(form: unknown): Promise<ActionResult<{ id: number }>> {
  const action = staffAction(publicityRuleSchema(ratingDate()), async (input, { user }) => {
    if (user.role !== 'admin') return formFailure('forbidden');
    const added = await addPublicityRule(input, user, [tags.catalogue]);
    if (added === 'duplicate') return { ok: false, errors: [{ field: 'effectiveFrom', code: 'duplicate' }] };
    return { ok: true, id: added.id };
  });
  return action(form);
}

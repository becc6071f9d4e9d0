import 'server-only';
import { listPublicityRules, type PublicityRuleRow } from '../db/queries/publicity-catalogue';

/** Every stored version of the publicity catalogue (and the seed rules it lacks), uncached: the staff page. */
export function listPublicityVersions(): Promise<PublicityRuleRow[]> {
  return listPublicityRules();
}

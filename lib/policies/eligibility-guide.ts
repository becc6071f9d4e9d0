import 'server-only';
// The eligibility guide: policies in force that a firm (or the short form's answers) may apply
// for, each with why it matches. The in-force list is cached per day (tag policies); matching is
// the pure rule in lib/domain/policies.ts.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { listPoliciesInForce, type PolicyRow } from '../db/queries/policies';
import { creditExclusion, matchPolicy, type FirmCredit, type FirmProfileForGuide, type MatchReason } from '../domain/policies';

export interface GuideMatch {
  policy: PolicyRow;
  reasons: MatchReason[];
}

const cachedInForce = unstable_cache((today: string) => listPoliciesInForce(today), ['policies-in-force'], { tags: [tags.policies], revalidate: 3600 });

/** The policies in force on `today` the firm is eligible for, most specific first, then newest. */
export async function findEligiblePolicies(firm: FirmProfileForGuide, today: string): Promise<GuideMatch[]> {
  const policies = await cachedInForce(today);
  const matches: GuideMatch[] = [];
  for (const policy of policies) {
    const { eligible, reasons } = matchPolicy({ sizes: policy.sizes, industries: policy.industries, districts: policy.districts }, firm);
    if (eligible) matches.push({ policy, reasons });
  }
  // Policies written for this kind of firm (a listed industry or district) before general ones.
  const specificity = (m: GuideMatch) => m.reasons.filter((r) => !r.code.startsWith('any_')).length;
  return matches.sort(
    (a, b) => specificity(b) - specificity(a) || (b.policy.publishedOn ?? '').localeCompare(a.policy.publishedOn ?? '') || b.policy.id - a.policy.id,
  );
}

/** The matches a firm may apply for given its credit, and those its credit closes, with why. */
export function splitByCredit(
  matches: readonly GuideMatch[],
  credit: FirmCredit,
): { offered: GuideMatch[]; closed: GuideMatch[]; reason: 'support_excluded' | 'red' | null } {
  const offered: GuideMatch[] = [];
  const closed: GuideMatch[] = [];
  let reason: 'support_excluded' | 'red' | null = null;
  for (const m of matches) {
    const why = creditExclusion(m.policy.creditCondition, credit);
    if (why === null) offered.push(m);
    else {
      closed.push(m);
      reason ??= why;
    }
  }
  return { offered, closed, reason };
}

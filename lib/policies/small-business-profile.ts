import 'server-only';
// The small-business section of a firm's profile: directory membership, the support it received
// and the policies in force it may apply for. Cached per firm and day, tagged with the firm (so a
// support push, which announces the firm, refreshes it) and with the policies.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getEntitySupport, getSmallBusinessFacts, type DirectoryMembership, type SupportRow } from '../db/queries/policies';
import type { EnterpriseSize } from '../domain/policies';
import { applicableMeasures, excludesSupport } from '../domain/measures';
import { getMeasureCatalogue } from '../measures/get-measure-catalogue';
import { findEligiblePolicies, splitByCredit, type GuideMatch } from './eligibility-guide';

export type { SupportRow };

export interface SmallBusinessProfile {
  membership: DirectoryMembership | null;
  /** Listed in the directory today (or registered as small/micro without a directory row). */
  isSmallMicroNow: boolean;
  size: EnterpriseSize | null;
  support: { rows: SupportRow[]; total: number; amountCny: number };
  /** Policies the firm may apply for: matching its size, industry and district, and open to its credit. */
  eligible: GuideMatch[];
  /**
   * Policies it would match but its credit closes (Jinan 2017 §(九): a dishonest firm loses financial
   * subsidies and government support), and why: on a blacklist, or red where the policy says so.
   */
  closedByCredit: { count: number; reason: 'support_excluded' | 'red' | null };
}

async function load(uscc: string, today: string): Promise<SmallBusinessProfile | null> {
  const facts = await getSmallBusinessFacts(uscc, today);
  if (!facts) return null;
  const m = facts.membership;
  const listedNow = m !== null && (m.removedOn === null || m.removedOn > today);
  const isSmallMicroNow = listedNow || (m === null && facts.isSmallMicro);
  const support = await getEntitySupport(facts.entityId);
  const size = m?.size ?? null;
  const matches = isSmallMicroNow ? await findEligiblePolicies({ size, industryCode: facts.industryCode, districtCode: facts.districtCode }, today) : [];
  // "Support the measures exclude": a punitive measure in force for the firm that takes subsidies and support away.
  const measures = applicableMeasures(await getMeasureCatalogue(), facts.credit, today);
  const { offered, closed, reason } = splitByCredit(matches, { level: facts.credit.level, supportExcluded: excludesSupport(measures) });
  return { membership: m, isSmallMicroNow, size, support, eligible: offered, closedByCredit: { count: closed.length, reason } };
}

/** The section's data, or null when the firm is unknown. */
export async function getSmallBusinessProfile(uscc: string, today: string): Promise<SmallBusinessProfile | null> {
  return unstable_cache(() => load(uscc, today), ['small-business-profile', uscc, today], {
    tags: [tags.entity(uscc), tags.policies, tags.measures],
    revalidate: 3600,
  })();
}

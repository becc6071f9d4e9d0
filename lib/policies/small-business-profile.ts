import 'server-only';
// The small-business section of a firm's profile: directory membership, the support it received
// and the policies in force it may apply for. The firm's rows are cached per firm and day, tagged
// with the firm (so a support push, which announces the firm, refreshes it); the policies and
// measures come from their own cached lists (tags policies, measures), which tag the page too.
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

type FirmFacts = NonNullable<Awaited<ReturnType<typeof getSmallBusinessFacts>>>;

/** The firm's own rows: what is cached per firm and day. */
async function loadFirm(uscc: string, today: string): Promise<{ facts: FirmFacts; support: SmallBusinessProfile['support'] } | null> {
  const facts = await getSmallBusinessFacts(uscc, today);
  if (!facts) return null;
  return { facts, support: await getEntitySupport(facts.entityId) };
}

/**
 * The section's data, or null when the firm is unknown. Only the firm's own rows are cached per
 * firm (tagged entity:{uscc}): the policies in force and the measure catalogue are read from their
 * own shared entries here, outside it. Inside another `unstable_cache` they would be "nested",
 * which Next never reads from the cache: every first visit queried and stored both lists again
 * (about 46 KB), and the firm's entry carried copies of the policies it matched.
 */
export async function getSmallBusinessProfile(uscc: string, today: string): Promise<SmallBusinessProfile | null> {
  const firm = await unstable_cache(() => loadFirm(uscc, today), ['small-business-firm', uscc, today], {
    tags: [tags.entity(uscc)],
    revalidate: 3600,
  })();
  if (!firm) return null;
  const { facts, support } = firm;
  const m = facts.membership;
  const listedNow = m !== null && (m.removedOn === null || m.removedOn > today);
  const isSmallMicroNow = listedNow || (m === null && facts.isSmallMicro);
  const size = m?.size ?? null;
  const [matches, catalogue] = await Promise.all([
    isSmallMicroNow ? findEligiblePolicies({ size, industryCode: facts.industryCode, districtCode: facts.districtCode }, today) : [],
    getMeasureCatalogue(),
  ]);
  // "Support the measures exclude": a punitive measure in force for the firm that takes subsidies and support away.
  const measures = applicableMeasures(catalogue, facts.credit, today);
  const { offered, closed, reason } = splitByCredit(matches, { level: facts.credit.level, supportExcluded: excludesSupport(measures) });
  return { membership: m, isSmallMicroNow, size, support, eligible: offered, closedByCredit: { count: closed.length, reason } };
}

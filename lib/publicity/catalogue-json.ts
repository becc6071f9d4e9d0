// The publicity catalogue as GET /api/v1/catalogue answers it (issue 17 part 1, Dongguan 2017 §16).
import { rulesInForce, upcomingRules, type PublicityRule } from '../domain/publicity';

/** One entry's public JSON: stable identifiers only (labels come from the site's messages). */
export function publicityRuleJson(r: PublicityRule) {
  return {
    kind: r.kind,
    severity: r.severity,
    minimumMonths: r.minMonths,
    maximumMonths: r.maxMonths,
    repairBeforeMaximum: r.repairBeforeMax,
    collectionWorkingDays: r.collectionWorkingDays,
    countsTowardLevel: r.countsTowardLevel,
    effectiveFrom: r.effectiveFrom,
  };
}

/** The entries in force on `today` and the versions announced for later. */
export function catalogueJson(catalogue: readonly PublicityRule[], today: string) {
  return {
    asOf: today,
    entries: rulesInForce(catalogue, today).map(publicityRuleJson),
    upcoming: upcomingRules(catalogue, today).map(publicityRuleJson),
  };
}

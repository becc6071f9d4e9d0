import 'server-only';
// The public reads of the inspections area, cached at the data function and tagged (README,
// "Caching"): the list and feed with tags.inspections, a plan with tags.inspectionPlan(id). The
// worker expires them on inspection.changed. Nothing here carries an inspector's name.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getPublicPlan, listInspectionDepartments, listPlanTargets, listPublicPlans, listRecentResults } from '../db/queries/inspections';

export type { PublicPlan, PublicTarget } from '../db/queries/inspections';

/** Plans on one public page. */
export const PLANS_PER_PAGE = 20;
/** Firms of a plan shown on its page and in its JSON; the exports hold every one. */
export const TARGETS_ON_PAGE = 1_000;

/** One page of public plans (keyset: `before` is the last id of the previous page), with whether more follow. */
export function getPublicPlans(department: string | null, before: number | null) {
  return unstable_cache(
    async () => {
      const rows = await listPublicPlans({ department, before, limit: PLANS_PER_PAGE + 1 });
      return { plans: rows.slice(0, PLANS_PER_PAGE), more: rows.length > PLANS_PER_PAGE };
    },
    ['inspection-plans', department ?? '', String(before ?? '')],
    { tags: [tags.inspections], revalidate: 3600 },
  )();
}

/** The departments with public plans (the list's filter). */
export const getInspectionDepartments = unstable_cache(() => listInspectionDepartments(), ['inspection-departments'], {
  tags: [tags.inspections],
  revalidate: 3600,
});

/** The newest results across plans (the index page and the feed). */
export function getRecentResults(department: string | null, limit: number) {
  return unstable_cache(() => listRecentResults({ department, limit }), ['inspection-results', department ?? '', String(limit)], {
    tags: [tags.inspections],
    revalidate: 300,
  })();
}

/** A public plan with its first TARGETS_ON_PAGE firms, or null (not cached when missing). */
export async function getPlanWithTargets(id: number) {
  const found = await unstable_cache(
    async () => {
      const plan = await getPublicPlan(id);
      if (!plan) return { missing: true as const };
      return { plan, targets: await listPlanTargets(id, TARGETS_ON_PAGE) };
    },
    ['inspection-plan', String(id)],
    { tags: [tags.inspectionPlan(id), tags.inspections], revalidate: 3600 },
  )();
  return 'missing' in found ? null : found;
}

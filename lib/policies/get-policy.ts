import 'server-only';
// One public policy with its beneficiaries: cached per policy, tagged policy:{id} (expired by the
// worker on every change to the policy or to support citing it).
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getPolicyBeneficiaries, getPolicyRow, type Beneficiary, type PolicyRow } from '../db/queries/policies';
import { AppError } from '../errors';

export type { PolicyRow };

export const BENEFICIARIES_PAGE_SIZE = 20;
/** Offset pages stay bounded: beyond this the page points to the open data API. */
export const BENEFICIARIES_MAX_PAGE = 500;

class PolicyNotFound extends Error {}

/** A policy's id from a path segment; AppError not_found for anything but a positive integer. */
export function parsePolicyId(raw: string): number {
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw new AppError('not_found', { subject: 'policy', code: raw });
  return Number(raw);
}

/** A published or withdrawn policy (drafts are staff-only); AppError not_found otherwise. */
export async function getPublicPolicy(id: number): Promise<PolicyRow> {
  const cached = unstable_cache(
    async () => {
      const row = await getPolicyRow(id);
      // Throwing keeps unknown ids out of the cache.
      if (!row || row.status === 'draft') throw new PolicyNotFound(String(id));
      return row;
    },
    ['policy', String(id)],
    { tags: [tags.policy(id)], revalidate: 3600 },
  );
  try {
    return await cached();
  } catch (error) {
    if (error instanceof PolicyNotFound) throw new AppError('not_found', { subject: 'policy', code: String(id) });
    throw error;
  }
}

/** A page of a policy's beneficiaries with their count and total amount (cached with the policy). */
export async function getBeneficiaries(id: number, page: number): Promise<{ rows: Beneficiary[]; total: number; amountCny: number }> {
  const p = Math.min(Math.max(1, Math.trunc(page)), BENEFICIARIES_MAX_PAGE);
  return unstable_cache(() => getPolicyBeneficiaries(id, p, BENEFICIARIES_PAGE_SIZE), ['policy-beneficiaries', String(id), String(p)], {
    tags: [tags.policy(id)],
    revalidate: 3600,
  })();
}

// Writes computed ratings back to the entity rows in one statement per batch.
import type { CreditRating } from '../../credit/types';
import { getSql } from '../client';

export interface StoredRating {
  entityId: number;
  rating: CreditRating;
  nextReviewOn: string | null;
}

/** Stores level, reasons, rule version and next review date for a batch of entities. */
export async function storeRatings(batch: readonly StoredRating[]): Promise<void> {
  if (batch.length === 0) return;
  const sql = getSql();
  const rows = batch.map((b) => [String(b.entityId), b.rating.level, JSON.stringify(b.rating.reasons), b.rating.ruleVersion, b.nextReviewOn]);
  await sql`
    update entities e set
      credit_level = v.level::credit_level,
      credit_reasons = v.reasons::jsonb,
      credit_rule_version = v.rule_version,
      next_review_on = v.next_review::date,
      rated_at = now(),
      updated_at = now()
    from (values ${sql(rows as string[][])}) as v(id, level, reasons, rule_version, next_review)
    where e.id = v.id::bigint`;
}

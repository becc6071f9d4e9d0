import 'server-only';
import type { CreditLevel } from '../../domain/vocabulary';
import { getReadSql } from '../client';

/** Number of entities at each credit level (stored levels, kept current by the rating worker). */
export async function countEntitiesByLevel(): Promise<Record<CreditLevel, number>> {
  const rows = await getReadSql()<{ level: CreditLevel; n: number }[]>`
    select credit_level as level, count(*)::int as n from entities group by credit_level`;
  const counts: Record<CreditLevel, number> = { green: 0, yellow: 0, red: 0, black: 0 };
  for (const r of rows) counts[r.level] = r.n;
  return counts;
}

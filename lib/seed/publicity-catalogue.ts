// Seed rows of the publicity catalogue (issue 17 part 1): lib/domain/publicity.ts's seed catalogue,
// written to the table so staff see (and version) what the site applies.
import type { Sql } from '../db/client';
import { SEED_PUBLICITY_CATALOGUE } from '../domain/publicity';

const NOTE = 'DOMAIN.md 公示期限：轻微（简易程序）3 个月；一般 3 个月至 1 年；严重 1 至 3 年；特定严重期满前不得修复（济南 2019（十三）2）';

/** Writes the seed catalogue (idempotent: a version already on file for the day is left as it is). */
export async function seedPublicityCatalogue(sql: Sql, options: { reset: boolean }): Promise<number> {
  if (options.reset) await sql`truncate publicity_catalogue restart identity`;
  const rows = SEED_PUBLICITY_CATALOGUE.map((r) => ({
    kind: r.kind,
    severity: r.severity,
    min_months: r.minMonths,
    max_months: r.maxMonths,
    repair_before_max: r.repairBeforeMax,
    collection_working_days: r.collectionWorkingDays,
    counts_toward_level: r.countsTowardLevel,
    effective_from: r.effectiveFrom,
    note: NOTE,
  }));
  await sql`insert into publicity_catalogue ${sql(rows)} on conflict on constraint publicity_catalogue_version_key do nothing`;
  return rows.length;
}

import 'server-only';
import { PUBLIC_RECORD_STATUSES, type CreditLevel, type ListingKind } from '../../domain/vocabulary';
import { getReadSql } from '../client';

/** Entities per credit level for one group (a district or an industry division). */
export interface LevelBreakdown {
  /** District code or industry code; null when the entity has none recorded. */
  code: string | null;
  counts: Record<CreditLevel, number>;
  total: number;
}

/** Listings and removals of one list kind in one calendar month. */
export interface ListMonthCount {
  kind: ListingKind;
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  listed: number;
  removed: number;
}

const emptyCounts = (): Record<CreditLevel, number> => ({ green: 0, yellow: 0, red: 0, black: 0 });

function foldLevels(rows: readonly { code: string | null; level: CreditLevel; n: number }[]): LevelBreakdown[] {
  const byCode = new Map<string | null, LevelBreakdown>();
  for (const r of rows) {
    let group = byCode.get(r.code);
    if (!group) byCode.set(r.code, (group = { code: r.code, counts: emptyCounts(), total: 0 }));
    group.counts[r.level] += r.n;
    group.total += r.n;
  }
  return [...byCode.values()];
}

/** Entities per district and credit level (one aggregate scan of entities). */
export async function countEntitiesByDistrictAndLevel(): Promise<LevelBreakdown[]> {
  const rows = await getReadSql()<{ code: string | null; level: CreditLevel; n: number }[]>`
    select district_code as code, credit_level as level, count(*)::int as n
    from entities
    group by district_code, credit_level`;
  return foldLevels(rows);
}

/** Entities per industry division and credit level (one aggregate scan of entities). */
export async function countEntitiesByIndustryAndLevel(): Promise<LevelBreakdown[]> {
  const rows = await getReadSql()<{ code: string | null; level: CreditLevel; n: number }[]>`
    select industry_code as code, credit_level as level, count(*)::int as n
    from entities
    group by industry_code, credit_level`;
  return foldLevels(rows);
}

/**
 * Listings (decision date = date listed) and removals per list kind and month between two dates,
 * counting only public records; months without any appear with zeros.
 */
export async function countListingsByMonth(kinds: readonly ListingKind[], from: string, to: string): Promise<ListMonthCount[]> {
  const sql = getReadSql();
  const statuses = [...PUBLIC_RECORD_STATUSES];
  const kindList = [...kinds];
  // Both halves stay within the partial listing index (kind, decision_date); removals filter on
  // removed_on after the index narrows to listing kinds. The month grid is joined in so the chart
  // has a bar for every month.
  const rows = await sql<{ kind: ListingKind; month: string; listed: number; removed: number }[]>`
    with months as (
      select generate_series(date_trunc('month', ${from}::timestamp), date_trunc('month', ${to}::timestamp), interval '1 month')::date as month
    ),
    kinds as (
      select unnest(${kindList}::record_kind[]) as kind
    ),
    listed as (
      select kind, date_trunc('month', decision_date::timestamp)::date as month, count(*)::int as n
      from records
      where kind = any(${kindList}::record_kind[])
        and decision_date between ${from}::date and ${to}::date
        and status = any(${statuses}::record_status[])
      group by 1, 2
    ),
    removed as (
      select kind, date_trunc('month', removed_on::timestamp)::date as month, count(*)::int as n
      from records
      where kind = any(${kindList}::record_kind[])
        and removed_on between ${from}::date and ${to}::date
        and status = any(${statuses}::record_status[])
      group by 1, 2
    )
    select k.kind, to_char(m.month, 'YYYY-MM-DD') as month,
           coalesce(l.n, 0)::int as listed, coalesce(r.n, 0)::int as removed
    from kinds k
    cross join months m
    left join listed l on l.kind = k.kind and l.month = m.month
    left join removed r on r.kind = k.kind and r.month = m.month
    order by k.kind, m.month`;
  return rows.map((r) => ({ kind: r.kind, month: r.month, listed: r.listed, removed: r.removed }));
}

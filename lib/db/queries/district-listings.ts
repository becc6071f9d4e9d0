import 'server-only';
import { LISTING_KINDS, PUBLIC_RECORD_STATUSES } from '../../domain/vocabulary';
import { getReadSql } from '../client';

/** One district's listing figures for the city map. */
export interface DistrictListings {
  code: string;
  /** Firms on at least one list on `today` (listed, not removed, public). */
  listedFirms: number;
  /** Listings (any list) decided from 1 January of `today`'s year to `today`, public. */
  newThisYear: number;
}

/**
 * Listing figures per district: one pass over the listing index (records_listing_idx holds kind,
 * date, entity, status and removal), joined to each listed firm's district by primary key.
 */
export async function countListingsByDistrict(today: string): Promise<DistrictListings[]> {
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return getReadSql()<DistrictListings[]>`
    select e.district_code as code,
           count(distinct r.entity_id) filter (where r.decision_date <= ${today}::date and (r.removed_on is null or r.removed_on > ${today}::date))::int as "listedFirms",
           count(*) filter (where r.decision_date between ${yearStart}::date and ${today}::date)::int as "newThisYear"
    from records r join entities e on e.id = r.entity_id
    where r.kind = any(${[...LISTING_KINDS]}::record_kind[]) and r.status = any(${[...PUBLIC_RECORD_STATUSES]}::record_status[])
    group by e.district_code`;
}

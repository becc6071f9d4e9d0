// The related-firm keys of changed firms, for the worker's page expiry (no 'server-only': the
// worker runs in plain Node). Same expressions as lib/db/queries/related-entities.ts.
import { getSql } from '../client';

export interface NetworkKeys {
  addressKey: string;
  representativeKey: string;
  headOfficeId: number | null;
}

/** The address, representative and head-office keys of these firms as they are now. */
export async function getNetworkKeysOf(ids: readonly number[]): Promise<NetworkKeys[]> {
  if (ids.length === 0) return [];
  return getSql()<NetworkKeys[]>`
    select left(md5(normalize_address(address)), 16) as "addressKey",
           left(md5(legal_representative || '|' || district_code), 16) as "representativeKey",
           head_office_id::float8 as "headOfficeId"
    from entities where id = any(${ids as number[]}::bigint[])`;
}

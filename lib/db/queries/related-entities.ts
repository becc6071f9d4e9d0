import 'server-only';
import type { CreditLevel, EntityStatus } from '../../domain/vocabulary';
import { getReadSql } from '../client';

/** Why two firms are linked (API and message keys: RelationReasons.*). */
export type RelationReason = 'head_office' | 'branch' | 'same_address' | 'same_representative';

/** A firm as the network shows it: public columns only, plus the keys that link it. */
export interface NetworkFirm {
  id: number;
  uscc: string;
  name: string;
  level: CreditLevel;
  status: EntityStatus;
  districtCode: string;
  headOfficeId: number | null;
  /** md5 (16 hex) of normalize_address(address): the cache tag and edge check key; never the address. */
  addressKey: string;
  /** md5 (16 hex) of legal representative + district: the same, for the name link. */
  representativeKey: string;
}

/** A firm found from `fromId` for `reason`. */
export interface NetworkLink {
  fromId: number;
  reason: RelationReason;
  firm: NetworkFirm;
}

/** How many firms each relation of one firm has (capped at COUNT_CAP). */
export type RelationCounts = Record<RelationReason, number>;

/** Rows fetched per firm and relation: one more than a network can show. */
export const LINKS_PER_RELATION = 51;
/** Counts stop here (a name shared by thousands is reported as "10,000 or more"). */
export const COUNT_CAP = 10_000;

const FIRM_COLUMNS = (alias: string) => `
  ${alias}.id::float8 as id, ${alias}.uscc, ${alias}.name, ${alias}.credit_level as level, ${alias}.status,
  ${alias}.district_code as "districtCode", ${alias}.head_office_id::float8 as "headOfficeId",
  left(md5(normalize_address(${alias}.address)), 16) as "addressKey",
  left(md5(${alias}.legal_representative || '|' || ${alias}.district_code), 16) as "representativeKey"`;

/** The firm with this USCC, with its former names, or null. */
export async function getNetworkOrigin(uscc: string): Promise<(NetworkFirm & { formerNames: string[] }) | null> {
  const rows = await getReadSql().unsafe<(NetworkFirm & { formerNames: string[] })[]>(
    `select ${FIRM_COLUMNS('e')}, e.former_names as "formerNames" from entities e where e.uscc = $1`,
    [uscc],
    { prepare: true },
  );
  return rows[0] ?? null;
}

/**
 * The firms linked to each of `fromIds` (at most LINKS_PER_RELATION per firm and relation, by id):
 * head office, branches, same normalised address, same representative name in the same district.
 * Each relation is one index range per firm (entities_head_office_idx,
 * entities_address_normalized_idx, entities_representative_district_idx).
 */
export async function findLinkedFirms(fromIds: readonly number[]): Promise<NetworkLink[]> {
  if (fromIds.length === 0) return [];
  const rows = await getReadSql().unsafe<(NetworkFirm & { fromId: number; reason: RelationReason })[]>(
    `with f as (
       select id, head_office_id, normalize_address(address) as norm, legal_representative as rep, district_code as district
       from entities where id = any($1::bigint[])
     )
     select f.id::float8 as "fromId", 'head_office' as reason, ${FIRM_COLUMNS('e')}
       from f join entities e on e.id = f.head_office_id
     union all
     select f.id::float8, 'branch', ${FIRM_COLUMNS('e')}
       from f cross join lateral (select * from entities x where x.head_office_id = f.id order by x.id limit ${LINKS_PER_RELATION}) e
     union all
     select f.id::float8, 'same_address', ${FIRM_COLUMNS('e')}
       from f cross join lateral (
         select * from entities x where normalize_address(x.address) = f.norm and x.id <> f.id order by x.id limit ${LINKS_PER_RELATION}) e
     union all
     select f.id::float8, 'same_representative', ${FIRM_COLUMNS('e')}
       from f cross join lateral (
         select * from entities x where x.legal_representative = f.rep and x.district_code = f.district and x.id <> f.id
         order by x.id limit ${LINKS_PER_RELATION}) e`,
    [fromIds as number[]],
    // A named prepared statement: planning this union costs more than running it.
    { prepare: true },
  );
  return rows.map(({ fromId, reason, ...firm }) => ({ fromId, reason, firm }));
}

/** How many firms each relation of firm `id` has, each capped at COUNT_CAP (index-only counts). */
export async function countRelations(id: number): Promise<RelationCounts> {
  const [row] = await getReadSql()<RelationCounts[]>`
    with f as (select id, head_office_id, normalize_address(address) as norm, legal_representative as rep, district_code as district
               from entities where id = ${id})
    select (select count(*) from f where f.head_office_id is not null)::int as head_office,
           (select count(*) from (select 1 from entities x, f where x.head_office_id = f.id limit ${COUNT_CAP}) c)::int as branch,
           (select count(*) from (select 1 from entities x, f where normalize_address(x.address) = f.norm and x.id <> f.id limit ${COUNT_CAP}) c)::int as same_address,
           (select count(*) from (select 1 from entities x, f where x.legal_representative = f.rep and x.district_code = f.district
                                   and x.id <> f.id limit ${COUNT_CAP}) c)::int as same_representative`;
  return row ?? { head_office: 0, branch: 0, same_address: 0, same_representative: 0 };
}

/** The current network columns of these firms (by USCC), to check cached links against. */
export async function getNetworkFirms(usccs: readonly string[]): Promise<NetworkFirm[]> {
  if (usccs.length === 0) return [];
  return getReadSql().unsafe<NetworkFirm[]>(`select ${FIRM_COLUMNS('e')} from entities e where e.uscc = any($1::text[])`, [usccs as string[]], {
    prepare: true,
  });
}

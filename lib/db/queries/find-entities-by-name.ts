import 'server-only';
import type postgres from 'postgres';
import type { CreditLevel, EntityStatus, EntityType } from '../../domain/vocabulary';
import { getReadSql } from '../client';

export interface FallbackHit {
  uscc: string;
  regNo: string | null;
  name: string;
  formerNames: string[];
  creditLevel: CreditLevel;
  legalRepresentative: string;
  type: EntityType;
  status: EntityStatus;
  districtCode: string;
  industryCode: string | null;
  isSmallMicro: boolean;
  /** 0 whole code, 1 exact name, 2 name prefix, 3 name or former name contains the text. */
  rank: number;
}

export interface FindEntitiesByNameOptions {
  /** Normalised name text to look for (the query as typed and its simplified form, deduplicated). */
  names: readonly string[];
  /** A whole USCC or 注册号 (normalised), looked up exactly. */
  code?: { kind: 'uscc' | 'reg_no'; code: string } | null;
  level?: readonly CreditLevel[];
  districtCode?: string;
  industryCode?: string;
  type?: EntityType;
  offset: number;
  limit: number;
}

export interface FindEntitiesByNameResult {
  hits: FallbackHit[];
  /** Matches found, counted up to FALLBACK_MAX_MATCHES. */
  total: number;
}

/** At most this many matches are collected per kind of match, ranked and paged. */
export const FALLBACK_MAX_MATCHES = 1000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The search fallback when Meilisearch is down or hung: a whole code, the exact name, a name
 * prefix (b-tree, C collation) and names or former names containing the text (GIN index on
 * character bigrams, migration 0007), with the page's filters. Each kind of match is cut at
 * FALLBACK_MAX_MATCHES before ranking, so a common fragment costs a bounded heap scan, not a sort
 * of half the table, and fragments are not looked for at all when prefixes already fill the cap
 * (济南). A one-character text matches by prefix only (a bigram needs two characters).
 */
export async function findEntitiesByName(opts: FindEntitiesByNameOptions): Promise<FindEntitiesByNameResult> {
  const sql = getReadSql();
  const cap = FALLBACK_MAX_MATCHES;
  const filter = sql`
    ${opts.level && opts.level.length > 0 ? sql`and credit_level = any(${[...opts.level]}::credit_level[])` : sql``}
    ${opts.districtCode ? sql`and district_code = ${opts.districtCode}` : sql``}
    ${opts.industryCode ? sql`and industry_code = ${opts.industryCode}` : sql``}
    ${opts.type ? sql`and type = ${opts.type}` : sql``}`;
  const codes = opts.code
    ? sql`(select id, 0 as rank from entities where ${opts.code.kind === 'uscc' ? sql`uscc` : sql`reg_no`} = ${opts.code.code} ${filter} limit 1)`
    : sql`(select null::bigint as id, 0 as rank where false)`;
  const prefixes = opts.names.map(
    (name) => sql`(select id, case when name_normalized = ${name} then 1 else 2 end as rank from entities
      where name_normalized >= ${name} and name_normalized < ${`${name}\uffff`} ${filter} limit ${cap})`,
  );
  // The bigram containment narrows the candidates through the index; LIKE then checks that the
  // characters are contiguous, on the name first and on former names (5 % of firms) only if needed.
  const fragments = opts.names
    .filter((name) => Array.from(name).length >= 2)
    .map((name) => {
      const pattern = `%${escapeLike(name)}%`;
      return sql`(select id, 3 as rank from entities
        where (select count(*) from prefixes) < ${cap}
          and search_bigrams(entity_search_text(name_normalized, former_names)) @> search_bigrams(lower(${name}))
          and (lower(name_normalized) like lower(${pattern})
               or (cardinality(former_names) > 0 and entity_search_text(name_normalized, former_names) like lower(${pattern})))
          ${filter} limit ${cap})`;
    });
  if (prefixes.length === 0 && !opts.code) return { hits: [], total: 0 };
  const unionAll = (parts: postgres.PendingQuery<postgres.Row[]>[]) => parts.reduce((acc, part) => sql`${acc} union all ${part}`);
  const rows = await sql.begin(async (tx) => {
    // A parallel plan costs more to start than this bounded query takes on two busy cores
    // (measured at 1M: 185 ms with workers against 1.3 ms without, for 华通).
    await tx`set local max_parallel_workers_per_gather = 0`;
    return tx<(FallbackHit & { total: number })[]>`
      with codes as (${codes}),
      prefixes as (${prefixes.length ? unionAll(prefixes) : sql`select null::bigint as id, 2 as rank where false`}),
      fragments as (${fragments.length ? unionAll(fragments) : sql`select null::bigint as id, 3 as rank where false`}),
      best as (
        select id, min(rank) as rank from (select * from codes union all select * from prefixes union all select * from fragments) found
        group by id
      )
      select e.uscc, e.reg_no as "regNo", e.name, e.former_names as "formerNames", e.credit_level as "creditLevel",
             e.legal_representative as "legalRepresentative", e.type, e.status, e.district_code as "districtCode",
             e.industry_code as "industryCode", e.is_small_micro as "isSmallMicro", b.rank,
             least(count(*) over (), ${cap})::int as total
      from best b join entities e on e.id = b.id
      order by b.rank, char_length(e.name), e.name, e.id
      offset ${opts.offset} limit ${opts.limit}`;
  });
  // A page past the last one has no row to carry the total; the caller shows "no results" then.
  const total = rows[0]?.total ?? 0;
  return { hits: rows.map(({ total: _total, ...hit }) => hit), total };
}

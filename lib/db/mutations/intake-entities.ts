// Registration data from registration authorities: insert new firms, update changed ones (by
// USCC), leave identical ones alone, and announce every change through the outbox. A registrar
// only ever updates the firms it registers: a firm registered by another authority (or by none on
// file) is left alone and reported, whatever the item says; moving a firm to another registrar is
// a staff action (transferRegistrar below).
import type postgres from 'postgres';
import { enqueueEntityChanges } from './enqueue-entity-changes';

export interface EntityRow {
  uscc: string;
  uscc_checksum_valid: boolean;
  reg_no: string | null;
  name: string;
  name_normalized: string;
  former_names: string[];
  aliases: string[];
  type: string;
  legal_representative: string;
  registered_capital: number | null;
  established_on: string;
  /** 营业期限; business_term_to null with a from: without end (长期). */
  business_term_from: string | null;
  business_term_to: string | null;
  address: string;
  district_code: string;
  industry_code: string | null;
  status: string;
  /** The head office's USCC (a branch), or null. */
  head_office_uscc: string | null;
}

export interface UpsertEntitiesResult {
  created: number;
  updated: number;
  unchanged: number;
  entityIds: number[];
  /** USCCs of the firms created now (queued records waiting for them can be matched). */
  createdUsccs: string[];
  /** Items about firms another registration authority (or none on file) registers: not applied. */
  notOwned: NotOwnedFirm[];
  /** USCCs of items whose head office is not on file (the link is left empty). */
  unknownHeadOffices: string[];
}

/** A firm an item named that belongs to another registrar, with that registrar's names. */
export interface NotOwnedFirm {
  uscc: string;
  registrar: { code: string; 'zh-CN': string; 'zh-TW': string; en: string } | null;
}

/** Upserts registration rows of one registrar in the caller's transaction; writes the outbox rows. */
export async function upsertEntities(tx: postgres.TransactionSql, registrarDepartmentId: number, rows: readonly EntityRow[]): Promise<UpsertEntitiesResult> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0, entityIds: [], createdUsccs: [], notOwned: [], unknownHeadOffices: [] };
  // In USCC order, so two calls lock shared firms in the same order (fewer deadlocks to retry).
  const json = JSON.stringify([...rows].sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0)));
  const changed = await tx<{ id: number; uscc: string; inserted: boolean }[]>`
    insert into entities (uscc, uscc_checksum_valid, reg_no, name, name_normalized, former_names, aliases, type,
                          legal_representative, registered_capital, established_on, business_term_from, business_term_to,
                          address, district_code, industry_code, status, registrar_department_id)
    select x.uscc, x.uscc_checksum_valid, x.reg_no, x.name, x.name_normalized,
           array(select jsonb_array_elements_text(x.former_names)), array(select jsonb_array_elements_text(x.aliases)),
           x.type::entity_type, x.legal_representative, x.registered_capital, x.established_on, x.business_term_from,
           x.business_term_to, x.address, x.district_code, x.industry_code, x.status::entity_status, ${registrarDepartmentId}
    from jsonb_to_recordset(${json}::text::jsonb) as x(
      uscc text, uscc_checksum_valid boolean, reg_no text, name text, name_normalized text, former_names jsonb, aliases jsonb,
      type text, legal_representative text, registered_capital numeric, established_on date, business_term_from date,
      business_term_to date, address text, district_code text, industry_code text, status text)
    order by x.uscc
    on conflict (uscc) do update set
      uscc_checksum_valid = excluded.uscc_checksum_valid, reg_no = excluded.reg_no, name = excluded.name,
      name_normalized = excluded.name_normalized, former_names = excluded.former_names, aliases = excluded.aliases,
      type = excluded.type, legal_representative = excluded.legal_representative, registered_capital = excluded.registered_capital,
      established_on = excluded.established_on, business_term_from = excluded.business_term_from,
      business_term_to = excluded.business_term_to, address = excluded.address, district_code = excluded.district_code,
      industry_code = excluded.industry_code, status = excluded.status, updated_at = now()
    -- Only the firm's own registrar updates it (a null registrar is nobody's: never claimed here).
    where entities.registrar_department_id = excluded.registrar_department_id
      and (entities.reg_no, entities.name, entities.former_names, entities.aliases, entities.type, entities.legal_representative,
           entities.registered_capital, entities.established_on, entities.business_term_from, entities.business_term_to,
           entities.address, entities.district_code, entities.industry_code, entities.status)
      is distinct from
          (excluded.reg_no, excluded.name, excluded.former_names, excluded.aliases, excluded.type, excluded.legal_representative,
           excluded.registered_capital, excluded.established_on, excluded.business_term_from, excluded.business_term_to,
           excluded.address, excluded.district_code, excluded.industry_code, excluded.status)
    returning id::float8 as id, uscc, (xmax = 0) as inserted`;
  // Which of the items' firms belong to someone else. A separate statement on purpose: under READ
  // COMMITTED it sees a firm another registrar created concurrently (the upsert above waited for
  // that insert, then skipped the row through its WHERE), so such an item is reported, not
  // counted as unchanged. One index look-up per item, in one statement.
  const foreign = await tx<{ uscc: string; code: string | null; zhCn: string | null; zhTw: string | null; en: string | null }[]>`
    select e.uscc, d.code, d.name_zh_cn as "zhCn", d.name_zh_tw as "zhTw", d.name_en as en
    from entities e left join departments d on d.id = e.registrar_department_id
    where e.uscc = any(${rows.map((r) => r.uscc)}::text[]) and e.registrar_department_id is distinct from ${registrarDepartmentId}`;
  // The head-office link, after the upsert so a head office posted in the same call is found. Only
  // the firm's own registrar sets it; an unknown head office leaves it empty (a warning).
  const linked = await tx<{ id: number; uscc: string }[]>`
    update entities e set head_office_id = h.id, updated_at = now()
    from jsonb_to_recordset(${json}::text::jsonb) as x(uscc text, head_office_uscc text)
    left join entities h on h.uscc = x.head_office_uscc
    where e.uscc = x.uscc and e.registrar_department_id = ${registrarDepartmentId} and e.head_office_id is distinct from h.id
    returning e.id::float8 as id, e.uscc`;
  const headUsccs = [...new Set(rows.flatMap((r) => (r.head_office_uscc ? [r.head_office_uscc] : [])))];
  const knownHeads = headUsccs.length === 0 ? [] : await tx<{ uscc: string }[]>`select uscc from entities where uscc = any(${headUsccs}::text[])`;
  const known = new Set(knownHeads.map((h) => h.uscc));
  const changedIds = new Set(changed.map((c) => c.id));
  const relinkedOnly = linked.filter((l) => !changedIds.has(l.id));
  const entityIds = [...changedIds, ...relinkedOnly.map((l) => l.id)];
  await enqueueEntityChanges(tx, entityIds);
  const created = changed.filter((c) => c.inserted);
  return {
    unknownHeadOffices: rows.filter((r) => r.head_office_uscc !== null && !known.has(r.head_office_uscc)).map((r) => r.uscc),
    created: created.length,
    updated: changed.length - created.length + relinkedOnly.length,
    unchanged: rows.length - changed.length - relinkedOnly.length - foreign.length,
    entityIds,
    createdUsccs: created.map((c) => c.uscc),
    notOwned: foreign.map((f) => ({
      uscc: f.uscc,
      registrar: f.code === null ? null : { code: f.code, 'zh-CN': f.zhCn ?? f.code, 'zh-TW': f.zhTw ?? f.code, en: f.en ?? f.code },
    })),
  };
}

/** Entity ids by USCC, for firms just created (to attach the queue items waiting for them). */
export async function entityIdsByUscc(tx: postgres.TransactionSql, usccs: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx<{ id: number; uscc: string }[]>`select id::float8 as id, uscc from entities where uscc = any(${[...usccs]}::text[])`;
  return new Map(rows.map((r) => [r.uscc, r.id]));
}

/** Open unmatched-queue items that named one of these USCCs (waiting for the firm to register). */
export async function findQueuedForUsccs(
  tx: postgres.TransactionSql,
  usccs: readonly string[],
): Promise<{ id: number; departmentId: number; payload: unknown; uscc: string }[]> {
  if (usccs.length === 0) return [];
  // jsonb as text: the pool's JSON parser differs once Drizzle has wrapped it (see append-audit.ts).
  const rows = await tx<{ id: number; departmentId: number; payload: string; uscc: string }[]>`
    select id::float8 as id, department_id as "departmentId", payload::text as payload, identity_value as uscc
    from intake_unmatched
    where resolved_at is null and identity_field in ('uscc', 'taxNo') and identity_value = any(${[...usccs]}::text[])
    for update`;
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown }));
}

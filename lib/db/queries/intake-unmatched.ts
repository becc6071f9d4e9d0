// The unmatched queue as staff see it (their department's items, or all for admins), keyset-paged.
// No personal data: payloads are record items (the public fields of a record).
import { getSql } from '../client';

export interface UnmatchedItem {
  id: number;
  departmentId: number;
  departmentCode: string;
  departmentName: string;
  sourceRef: string;
  reason: string;
  identityField: string;
  identityValue: string;
  candidateCount: number;
  kind: string;
  title: string;
  decisionDate: string;
  entityName: string | null;
  createdAt: string;
}

/** Open queue items, newest first, after the keyset cursor `beforeId`; `departmentId` null = all. */
export async function listUnmatched(options: { departmentId: number | null; beforeId?: number; limit?: number }): Promise<UnmatchedItem[]> {
  const sql = getSql();
  const limit = Math.min(options.limit ?? 50, 200);
  return sql<UnmatchedItem[]>`
    select u.id::float8 as id, u.department_id as "departmentId", d.code as "departmentCode", d.name_zh_cn as "departmentName",
           u.source_ref as "sourceRef", u.reason, u.identity_field as "identityField", u.identity_value as "identityValue",
           u.candidate_count::int as "candidateCount", u.payload->>'kind' as kind, u.payload->>'title' as title,
           u.payload->>'decision_date' as "decisionDate", u.payload->>'entity_name' as "entityName", u.created_at::text as "createdAt"
    from intake_unmatched u join departments d on d.id = u.department_id
    where u.resolved_at is null
      ${options.departmentId === null ? sql`` : sql`and u.department_id = ${options.departmentId}`}
      ${options.beforeId ? sql`and u.id < ${options.beforeId}` : sql``}
    order by u.id desc
    limit ${limit}`;
}

/** One open queue item with its payload (jsonb read as text: see append-audit.ts). */
export async function getUnmatched(id: number): Promise<(UnmatchedItem & { payload: Record<string, unknown> }) | undefined> {
  const sql = getSql();
  const [row] = await sql<(UnmatchedItem & { payload: string })[]>`
    select u.id::float8 as id, u.department_id as "departmentId", d.code as "departmentCode", d.name_zh_cn as "departmentName",
           u.source_ref as "sourceRef", u.reason, u.identity_field as "identityField", u.identity_value as "identityValue",
           u.candidate_count::int as "candidateCount", u.payload->>'kind' as kind, u.payload->>'title' as title,
           u.payload->>'decision_date' as "decisionDate", u.payload->>'entity_name' as "entityName", u.created_at::text as "createdAt",
           u.payload::text as payload
    from intake_unmatched u join departments d on d.id = u.department_id
    where u.id = ${id} and u.resolved_at is null`;
  return row ? { ...row, payload: JSON.parse(row.payload) as Record<string, unknown> } : undefined;
}

export interface EntityCandidate {
  id: number;
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  districtCode: string;
  establishedOn: string;
}

/** Firms a queue item may belong to: same normalised name, same registration number or organisation code, or the code typed by staff. */
export async function findMatchCandidates(keys: {
  nameNormalized?: string | null;
  regNo?: string | null;
  orgCode?: string | null;
  code?: string | null;
}): Promise<EntityCandidate[]> {
  const sql = getSql();
  const conditions = [
    keys.nameNormalized ? sql`name_normalized = ${keys.nameNormalized}` : null,
    keys.regNo ? sql`reg_no = ${keys.regNo}` : null,
    keys.orgCode ? sql`substr(uscc, 9, 9) = ${keys.orgCode}` : null,
    keys.code ? sql`uscc = ${keys.code} or reg_no = ${keys.code}` : null,
  ].filter((c) => c !== null);
  if (conditions.length === 0) return [];
  const where = conditions.reduce((acc, c) => sql`${acc} or (${c})`, sql`false`);
  return sql<EntityCandidate[]>`
    select id::float8 as id, uscc, name, legal_representative as "legalRepresentative", address, district_code as "districtCode",
           established_on as "establishedOn"
    from entities where ${where}
    order by name, uscc limit 50`;
}

/** Departments an admin may import for (code and Chinese name). */
export async function listDepartmentsForIntake(): Promise<{ code: string; name: string }[]> {
  return getSql()<{ code: string; name: string }[]>`select code, name_zh_cn as name from departments order by name_zh_cn limit 500`;
}

/** How many queue items are open (for a department, or all). */
export async function countUnmatched(departmentId: number | null): Promise<number> {
  const sql = getSql();
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from intake_unmatched where resolved_at is null
    ${departmentId === null ? sql`` : sql`and department_id = ${departmentId}`}`;
  return row?.n ?? 0;
}

/** A firm by id, for matching a queued item to it (id and USCC), or undefined. */
export async function getEntityRef(id: number): Promise<{ id: number; uscc: string } | undefined> {
  const [entity] = await getSql()<{ id: number; uscc: string }[]>`select id::float8 as id, uscc from entities where id = ${id}`;
  return entity;
}

/** A department an import may be filed for, by code, or undefined. */
export async function getDepartmentByCode(code: string): Promise<{ id: number; code: string; name: string } | undefined> {
  const [row] = await getSql()<{ id: number; code: string; name: string }[]>`select id, code, name_zh_cn as name from departments where code = ${code}`;
  return row;
}

/** What support items refer to, resolved in three look-ups: firms by USCC, published policies by id, departments by code. */
export async function resolveSupportReferences(refs: { usccs: readonly string[]; policyIds: readonly number[]; departmentCodes: readonly string[] }) {
  const sql = getSql();
  const [entities, policies, departments] = await Promise.all([
    refs.usccs.length ? sql<{ id: number; uscc: string }[]>`select id::int as id, uscc from entities where uscc = any(${[...refs.usccs]}::text[])` : [],
    refs.policyIds.length ? sql<{ id: number }[]>`select id from policies where id = any(${[...refs.policyIds]}::int[]) and status <> 'draft'` : [],
    refs.departmentCodes.length
      ? sql<{ id: number; code: string }[]>`select id, code from departments where code = any(${[...refs.departmentCodes]}::text[])`
      : [],
  ]);
  return { entities, policies, departments };
}

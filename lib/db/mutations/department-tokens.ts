// Department API tokens: create (with the department when it is new) and revoke.
// No 'server-only': scripts/intake-token.ts runs these.
import { getSql } from '../client';
import { appendAudit } from './append-audit';

export interface DepartmentInput {
  code: string;
  nameZhCn?: string;
  nameZhTw?: string;
  nameEn?: string;
  /** When given, sets whether the department is a registration authority. */
  isRegistrar?: boolean;
}

/** A department that does not exist yet was given no name (its code would be shown as its name). */
export class DepartmentNameRequiredError extends Error {
  constructor(readonly code: string) {
    super(`Department ${code} does not exist yet: give its name (--department-name) to create it.`);
  }
}

/** Creates the department if needed and stores a token's hash; returns the department and token ids. */
export async function insertDepartmentToken(
  department: DepartmentInput,
  token: { name: string; prefix: string; hash: string },
): Promise<{ departmentId: number; tokenId: number; createdDepartment: boolean }> {
  return getSql().begin(async (tx) => {
    const nameZhCn = department.nameZhCn?.trim() || null;
    // Provenance shows the department's name to the public, never its code: a department this call
    // would create must come with its name (an existing one keeps the name it has).
    const [known] = await tx<{ id: number }[]>`select id from departments where code = ${department.code}`;
    if (!known && !nameZhCn) throw new DepartmentNameRequiredError(department.code);
    const names = {
      zhCn: nameZhCn ?? department.code,
      zhTw: department.nameZhTw?.trim() || nameZhCn || department.code,
      en: department.nameEn?.trim() || nameZhCn || department.code,
    };
    const [dept] = await tx<{ id: number; created: boolean }[]>`
      insert into departments (code, name_zh_cn, name_zh_tw, name_en, is_registrar)
      values (${department.code}, ${names.zhCn}, ${names.zhTw}, ${names.en}, ${department.isRegistrar ?? false})
      on conflict (code) do update set
        name_zh_cn = case when ${nameZhCn}::text is null then departments.name_zh_cn else excluded.name_zh_cn end,
        name_zh_tw = case when ${nameZhCn}::text is null then departments.name_zh_tw else excluded.name_zh_tw end,
        is_registrar = case when ${department.isRegistrar ?? null}::boolean is null then departments.is_registrar else excluded.is_registrar end
      returning id, (xmax = 0) as created`;
    const [row] = await tx<{ id: number }[]>`
      insert into department_tokens (department_id, name, prefix, token_hash)
      values (${dept!.id}, ${token.name}, ${token.prefix}, ${token.hash}) returning id`;
    await appendAudit(tx, {
      actorType: 'system',
      actorId: 'intake-token',
      action: 'intake.token_create',
      subjectType: 'department',
      subjectId: department.code,
      details: { tokenId: row!.id, prefix: token.prefix, name: token.name, createdDepartment: dept!.created, isRegistrar: department.isRegistrar ?? null },
    });
    return { departmentId: dept!.id, tokenId: row!.id, createdDepartment: dept!.created };
  }) as Promise<{ departmentId: number; tokenId: number; createdDepartment: boolean }>;
}

/** Revokes live tokens by id or by prefix; returns the ids revoked. */
export async function revokeDepartmentTokens(idOrPrefix: string): Promise<number[]> {
  return getSql().begin(async (tx) => {
    const byId = /^\d+$/.test(idOrPrefix) ? Number(idOrPrefix) : null;
    const rows = await tx<{ id: number; prefix: string; code: string }[]>`
      update department_tokens t set revoked_at = now() from departments d
      where d.id = t.department_id and t.revoked_at is null
        and (${byId}::int is not null and t.id = ${byId}::int or ${byId}::int is null and t.prefix = ${idOrPrefix})
      returning t.id, t.prefix, d.code`;
    for (const r of rows) {
      await appendAudit(tx, {
        actorType: 'system',
        actorId: 'intake-token',
        action: 'intake.token_revoke',
        subjectType: 'department',
        subjectId: r.code,
        details: { tokenId: r.id, prefix: r.prefix },
      });
    }
    return rows.map((r) => r.id);
  }) as Promise<number[]>;
}

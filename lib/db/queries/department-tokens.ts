// Department API tokens: look-up by hash (authentication) and listing (the token command).
// No 'server-only': scripts/intake-token.ts lists tokens too.
import { getSql } from '../client';

export interface TokenOwner {
  tokenId: number;
  departmentId: number;
  departmentCode: string;
  isRegistrar: boolean;
}

/** The department holding the live (not revoked) token with this SHA-256, if any. */
export async function findTokenOwner(tokenHash: string): Promise<TokenOwner | undefined> {
  const [row] = await getSql()<TokenOwner[]>`
    select t.id as "tokenId", d.id as "departmentId", d.code as "departmentCode", d.is_registrar as "isRegistrar"
    from department_tokens t join departments d on d.id = t.department_id
    where t.token_hash = ${tokenHash} and t.revoked_at is null`;
  return row;
}

export interface TokenListing {
  id: number;
  departmentCode: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Every token (newest first), optionally of one department; never the hashes. */
export async function listDepartmentTokens(departmentCode?: string): Promise<TokenListing[]> {
  const sql = getSql();
  return sql<TokenListing[]>`
    select t.id, d.code as "departmentCode", t.name, t.prefix, t.created_at::text as "createdAt", t.revoked_at::text as "revokedAt"
    from department_tokens t join departments d on d.id = t.department_id
    ${departmentCode ? sql`where d.code = ${departmentCode}` : sql``}
    order by t.id desc
    limit 1000`;
}

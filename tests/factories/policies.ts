// Test factory for support policies: a policy through the same mutation staff use, with a unique
// title part so search finds exactly it. No 'server-only' imports: usable from Vitest and Playwright.
import crypto from 'node:crypto';
import { getSql } from '../../lib/db/client';
import { enqueuePolicyChanges } from '../../lib/db/mutations/policies-outbox';
import { uniqueNamePart } from './entities';

export interface PolicySpec {
  title?: string;
  department?: string;
  category?: string;
  sizes?: string[];
  industries?: string[];
  districts?: string[];
  validFrom?: string;
  validTo?: string | null;
  status?: 'draft' | 'published' | 'withdrawn';
}

/** Inserts a policy with its outbox row (the worker indexes it); returns id and title. */
export async function createPolicy(spec: PolicySpec = {}): Promise<{ id: number; title: string }> {
  const sql = getSql();
  const title = spec.title ?? `济南市${uniqueNamePart()}小微企业贷款贴息办法`;
  const [dept] = await sql<{ id: number }[]>`select id from departments where code = ${spec.department ?? 'jnhrss'}`;
  if (!dept) throw new Error(`department ${spec.department ?? 'jnhrss'} is missing (seed first)`);
  return sql.begin(async (tx) => {
    const [row] = await tx<{ id: number }[]>`
      insert into policies (title, issuing_department_id, doc_no, issued_on, published_on, category, eligible_sizes, eligible_industries,
        eligible_districts, benefits, valid_from, valid_to, status)
      values (${title}, ${dept.id}, ${`测试〔2025〕${crypto.randomInt(1e6)}号`}, ${spec.validFrom ?? '2024-01-01'}, ${spec.validFrom ?? '2024-01-01'},
        ${spec.category ?? 'finance_credit'}, ${spec.sizes ?? []}::enterprise_size[], ${spec.industries ?? []}::text[], ${spec.districts ?? []}::text[],
        '测试扶持内容：贷款贴息。', ${spec.validFrom ?? '2024-01-01'}, ${spec.validTo === undefined ? null : spec.validTo}, ${spec.status ?? 'published'})
      returning id`;
    await enqueuePolicyChanges(tx, [row!.id]);
    return { id: row!.id, title };
  });
}

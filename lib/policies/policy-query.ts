// One zod schema for the policy search filters, shared by /{locale}/policies and GET /api/v1/policies.
import { z } from 'zod';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '../domain/policies';
import { districtCodeSchema, industryCodeSchema, departmentCodeSchema } from '../reference/code-schemas';
import { parseUrlQuery } from '../parse-url-query';

export const POLICY_PAGE_SIZE = 20;

export const policyQuerySchema = z.object({
  q: z.string().trim().max(100, 'at most 100 characters').optional().default(''),
  category: z.enum(POLICY_CATEGORIES, { error: 'unknown category' }).optional(),
  department: departmentCodeSchema.optional(),
  /** Validity on today: in_force, expired or upcoming; absent = all published. */
  status: z.enum(POLICY_VALIDITY, { error: 'in_force, expired or upcoming' }).optional(),
  district: districtCodeSchema.optional(),
  industry: industryCodeSchema.optional(),
  page: z.coerce.number().int().min(1).max(250).optional().default(1),
  limit: z.coerce.number().int().min(1).max(50).optional().default(POLICY_PAGE_SIZE),
});

export type PolicyQuery = z.infer<typeof policyQuerySchema>;

/** Parses filters from URL parameters (blank = absent); AppError bad_parameter names the first bad one. */
export function parsePolicyQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): PolicyQuery {
  return parseUrlQuery(policyQuerySchema, input);
}

/** The query string of a policy query (stable order, defaults omitted). */
export function policyQueryString(q: PolicyQuery, overrides: Partial<PolicyQuery> = {}): string {
  const m = { ...q, ...overrides };
  const params = new URLSearchParams();
  if (m.q) params.set('q', m.q);
  for (const key of ['category', 'department', 'status', 'district', 'industry'] as const) if (m[key]) params.set(key, m[key]!);
  if (m.page > 1) params.set('page', String(m.page));
  if (m.limit !== POLICY_PAGE_SIZE) params.set('limit', String(m.limit));
  const s = params.toString();
  return s ? `?${s}` : '';
}

// One zod schema for the policy search filters, shared by /{locale}/policies and GET /api/v1/policies.
import { z } from 'zod';
import { POLICY_CATEGORIES, POLICY_VALIDITY } from '../domain/policies';
import { AppError } from '../errors';

export const POLICY_PAGE_SIZE = 20;

export const policyQuerySchema = z.object({
  q: z.string().trim().max(100, 'at most 100 characters').optional().default(''),
  category: z.enum(POLICY_CATEGORIES, { error: 'unknown category' }).optional(),
  department: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'a department code')
    .optional(),
  /** Validity on today: in_force, expired or upcoming; absent = all published. */
  status: z.enum(POLICY_VALIDITY, { error: 'in_force, expired or upcoming' }).optional(),
  district: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit division code')
    .optional(),
  industry: z
    .string()
    .regex(/^[A-T]\d{2}$/, 'a GB/T 4754 code such as F52')
    .optional(),
  page: z.coerce.number().int().min(1).max(250).optional().default(1),
  limit: z.coerce.number().int().min(1).max(50).optional().default(POLICY_PAGE_SIZE),
});

export type PolicyQuery = z.infer<typeof policyQuerySchema>;

/** Parses filters from URL parameters (blank = absent); AppError bad_parameter names the first bad one. */
export function parsePolicyQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): PolicyQuery {
  const raw: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const parsed = policyQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_parameter', { param: String(issue?.path[0] ?? ''), detail: issue?.message ?? 'invalid' });
  }
  return parsed.data;
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

// One zod schema for search parameters, shared by the search page and the JSON API.
import { z } from 'zod';
import { CREDIT_LEVELS, ENTITY_TYPES } from '../domain/vocabulary';
import { districtCodeSchema, industryCodeSchema } from '../reference/code-schemas';
import { parseWith } from '../parse-url-query';

const levelList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(CREDIT_LEVELS)).max(4));

export const searchParamsSchema = z.object({
  q: z.string().max(500).optional().default(''),
  level: levelList.optional().default([]),
  district: districtCodeSchema.optional(),
  industry: industryCodeSchema.optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional().default(1),
  limit: z.coerce.number().int().min(1).max(50).optional().default(20),
});

export type SearchQuery = z.infer<typeof searchParamsSchema>;

/** Parses URL search parameters; throws AppError bad_parameter naming the first bad one. */
export function parseSearchParams(input: URLSearchParams | Record<string, string | string[] | undefined>): SearchQuery {
  const raw: Record<string, string | string[]> = {};
  const entries = input instanceof URLSearchParams ? [...input.keys()].map((k) => [k, input.getAll(k)] as const) : Object.entries(input);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || list.every((v) => v === '')) continue;
    raw[key] = key === 'level' ? list : (list[0] ?? '');
  }
  return parseWith(searchParamsSchema, raw);
}

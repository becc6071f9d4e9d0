// One zod schema for list filters, shared by the list pages, the exports, the JSON API and the list
// query in lib/db. Pure.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { districtCodeSchema, industryCodeSchema, departmentCodeSchema } from '../reference/code-schemas';

const isoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');

export const LIST_STATUSES = ['current', 'removed', 'all'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/**
 * Pages reach at most this many entries deep: an OFFSET query reads and drops every row before the
 * page, so `page=100000&limit=500` made PostgreSQL walk 50 million rows. The exports (CSV, JSON
 * Lines) hold the whole selection.
 */
export const MAX_LIST_DEPTH = 10_000;

export const listQuerySchema = z
  .object({
    status: z.enum(LIST_STATUSES).optional().default('current'),
    district: districtCodeSchema.optional(),
    industry: industryCodeSchema.optional(),
    authority: departmentCodeSchema.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(['newest', 'oldest']).optional().default('newest'),
    page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
    limit: z.coerce.number().int().min(1).max(500).optional().default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((q) => q.page * q.limit <= MAX_LIST_DEPTH, {
    message: `pages reach the first ${MAX_LIST_DEPTH.toLocaleString('en')} entries at most (page × limit); narrow the filters, or download the whole selection with format=csv or format=jsonl`,
    path: ['page'],
  });

export type ListQuery = z.infer<typeof listQuerySchema>;

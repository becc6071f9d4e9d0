// One zod schema for the 双公示 filters, shared by the pages, the exports, the JSON API and the
// query in lib/db. Keyset paging: `after` is the cursor of the previous page's last entry
// (decision date and record id), never an offset. Pure.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { DUAL_KINDS, type DualSlug } from '../domain/dual-publicity';
import { SEVERITIES } from '../domain/vocabulary';
import { departmentCodeSchema, districtCodeSchema, industryCodeSchema } from '../reference/code-schemas';

const isoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');

export const DUAL_PAGE_SIZE = 50;
export const DUAL_MAX_LIMIT = 200;

/** A keyset cursor: the decision date and the record id of the last entry shown, e.g. 2026-03-05_81234. */
export interface DualCursor {
  date: string;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})_(\d{1,18})$/;

/** The cursor written in URLs. */
export function formatDualCursor(c: DualCursor): string {
  return `${c.date}_${c.id}`;
}

const cursorSchema = z.string().transform((value, ctx): DualCursor => {
  const m = CURSOR.exec(value);
  if (!m || !isIsoDate(m[1]!)) {
    ctx.addIssue({ code: 'custom', message: 'a cursor as YYYY-MM-DD_id (the "next" link of the previous page)' });
    return z.NEVER;
  }
  return { date: m[1]!, id: m[2]! };
});

/** The filter schema of one list (penalties also take a severity). */
export function dualQuerySchema(slug: DualSlug) {
  return z
    .object({
      department: departmentCodeSchema.optional(),
      district: districtCodeSchema.optional(),
      industry: industryCodeSchema.optional(),
      kind: z.enum(DUAL_KINDS[slug] as unknown as [string, ...string[]]).optional(),
      severity: slug === 'penalties' ? z.enum(SEVERITIES).optional() : z.undefined({ error: 'penalties only' }).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      after: cursorSchema.optional(),
      limit: z.coerce.number().int().min(1).max(DUAL_MAX_LIMIT).optional().default(DUAL_PAGE_SIZE),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });
}

export type DualQuery = z.infer<ReturnType<typeof dualQuerySchema>>;

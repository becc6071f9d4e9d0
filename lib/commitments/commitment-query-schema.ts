// One zod schema for the commitments list's filters, shared by the page, the JSON API, the exports
// and the query in lib/db. Pure. Paging is by keyset (`after`, the last entry's date and id), never
// by offset, so the 1,000th page costs what the first does.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { COMMITMENT_STATUSES, decodeCommitmentCursor, PROCEDURE_CODE } from '../domain/commitments';
import { departmentCodeSchema } from '../reference/code-schemas';

const isoDate = z.string().refine(isIsoDate, 'a date as YYYY-MM-DD');

export const commitmentQuerySchema = z
  .object({
    procedure: z.string().regex(PROCEDURE_CODE, 'a procedure code').optional(),
    department: departmentCodeSchema.optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    after: z
      .string()
      .transform((v, ctx) => decodeCommitmentCursor(v) ?? (ctx.addIssue({ code: 'custom', message: 'a cursor from a "next page" link' }), z.NEVER))
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).optional().default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" must not be after "to"', path: ['from'] });

export type CommitmentQuery = z.infer<typeof commitmentQuerySchema>;

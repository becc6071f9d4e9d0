// The one schema of a 12345 complaint-figures item, shared by the API (POST
// /api/v1/intake/complaints) and the template import: a firm (the same identities as a record
// item), a calendar month and its received and resolved counts. Messages are codes translated per
// request (IntakeErrors.*). Pure: "today" comes in as an argument.
import { z } from 'zod';
import { IDENTITY_FIELDS } from '../domain/intake';
import { MAX_MONTHLY_COMPLAINTS, parseComplaintMonth, type StagedComplaint } from '../domain/complaints';
import { identityShape, stageIdentity } from './record-schema';

const count = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidCount') })
  .int('invalidCount')
  .min(0, 'invalidCount')
  .max(MAX_MONTHLY_COMPLAINTS, 'invalidCount');

/** The complaint item schema for a collection day `today` (YYYY-MM-DD, China Standard Time). */
export function complaintItemSchema(today: string) {
  return z
    .strictObject(
      {
        sourceRef: z
          .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidValue') })
          .trim()
          .min(1, 'required')
          .max(100, 'tooLong'),
        ...identityShape,
        month: z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidMonth') }).transform((value, ctx) => {
          const start = parseComplaintMonth(value);
          if (start === null) {
            ctx.addIssue({ code: 'custom', message: 'invalidMonth' });
            return z.NEVER;
          }
          return start;
        }),
        received: count,
        resolved: count,
      },
      { error: 'unknownField' },
    )
    .superRefine((item, ctx) => {
      if (!IDENTITY_FIELDS.some((f) => item[f] !== undefined)) ctx.addIssue({ code: 'custom', path: ['uscc'], message: 'missingIdentity' });
      // A month that has not begun has no figures; the current month may be sent (and re-sent).
      if (item.month > today) ctx.addIssue({ code: 'custom', path: ['month'], message: 'futureMonth', params: { month: today.slice(0, 7) } });
      // Only between two valid counts (zod runs this refinement after a count's own issue too).
      if (item.received >= 0 && Number.isInteger(item.received) && item.resolved > item.received) {
        ctx.addIssue({
          code: 'custom',
          path: ['resolved'],
          message: 'resolvedAboveReceived',
          params: { resolved: String(item.resolved), received: String(item.received) },
        });
      }
    });
}

export type { StagedComplaint };

export type ComplaintItem = z.infer<ReturnType<typeof complaintItemSchema>>;

/** Turns a valid item into its staged form. */
export function stageComplaintItem(item: ComplaintItem, index: number): StagedComplaint {
  return {
    index,
    sourceRef: item.sourceRef,
    ...stageIdentity(item),
    periodStart: item.month,
    received: item.received,
    resolved: item.resolved,
  };
}

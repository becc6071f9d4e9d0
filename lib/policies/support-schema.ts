// The one schema of a support-received item pushed by a department (POST /api/v1/intake/support).
// Messages are codes, translated per request (SupportErrors.*). Pure: "today" is an argument.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { fieldsWithPersonalIdNumber, normalizeCode, validateUscc } from '../uscc';

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidValue') })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong');

/** A support item for a collection day `today` (YYYY-MM-DD). */
export function supportItemSchema(today: string) {
  return z
    .strictObject(
      {
        sourceRef: text(100),
        uscc: z
          .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidUscc') })
          .transform((s) => normalizeCode(s))
          .refine((s) => validateUscc(s).ok, 'invalidUscc'),
        year: z.number({ error: 'invalidYear' }).int('invalidYear').min(2000, 'invalidYear').max(2100, 'invalidYear').optional(),
        // At most PostgreSQL's integer: a larger id cannot name a policy (and would fail the look-up).
        policyId: z.number({ error: 'unknownPolicy' }).int('unknownPolicy').positive('unknownPolicy').max(2_147_483_647, 'unknownPolicy').optional(),
        policyBasis: text(500).optional(),
        content: text(1000),
        amountCny: z.number({ error: 'invalidAmount' }).min(0, 'invalidAmount').max(1e12, 'invalidAmount').optional(),
        implementingDepartment: z
          .string({ error: 'unknownDepartment' })
          .regex(/^[a-z0-9-]{2,40}$/, 'unknownDepartment')
          .optional(),
        grantedOn: z
          .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidDate') })
          .trim()
          .refine(isIsoDate, 'invalidDate')
          .refine((d) => d <= today, 'futureDate'),
      },
      { error: 'unknownField' },
    )
    .superRefine((item, ctx) => {
      if (item.policyId === undefined && item.policyBasis === undefined) ctx.addIssue({ code: 'custom', path: ['policyBasis'], message: 'basisRequired' });
      if (item.year !== undefined && item.year !== Number(item.grantedOn.slice(0, 4)))
        ctx.addIssue({ code: 'custom', path: ['year'], message: 'yearMismatch' });
    })
    .transform((item) => ({
      ...item,
      year: item.year ?? Number(item.grantedOn.slice(0, 4)),
      amountCny: item.amountCny === undefined ? null : Math.round(item.amountCny * 100) / 100,
    }));
}

export type SupportItem = z.output<ReturnType<typeof supportItemSchema>>;

export const SUPPORT_ISSUE_CODES = [
  'required',
  'tooLong',
  'invalidValue',
  'unknownField',
  'notAnObject',
  'invalidUscc',
  'invalidYear',
  'yearMismatch',
  'invalidDate',
  'futureDate',
  'invalidAmount',
  'basisRequired',
  'unknownPolicy',
  'unknownDepartment',
  'unknownEntity',
  'duplicateSourceRef',
  'personalIdNumber',
] as const;
export type SupportIssueCode = (typeof SUPPORT_ISSUE_CODES)[number];

export interface SupportIssue {
  index: number;
  field: string;
  code: SupportIssueCode;
}

const KNOWN = new Set<string>(SUPPORT_ISSUE_CODES);

/** Validates items; returns the valid ones (with their index) and one issue per bad field. */
export function validateSupportItems(items: readonly unknown[], today: string): { valid: { index: number; item: SupportItem }[]; issues: SupportIssue[] } {
  const schema = supportItemSchema(today);
  const valid: { index: number; item: SupportItem }[] = [];
  const issues: SupportIssue[] = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.push({ index, field: 'item', code: 'notAnObject' });
      return;
    }
    // A natural person's ID number in any text field refuses the item, naming the field.
    const personal = fieldsWithPersonalIdNumber(raw as Record<string, unknown>);
    for (const field of personal) issues.push({ index, field, code: 'personalIdNumber' });
    const parsed = schema.safeParse(raw);
    if (!parsed.success || personal.length > 0) {
      if (parsed.success) return;
      const fields = new Set<string>(personal);
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            if (fields.has(key)) continue;
            fields.add(key);
            issues.push({ index, field: key, code: 'unknownField' });
          }
          continue;
        }
        const field = String(issue.path[0] ?? 'item');
        if (fields.has(field)) continue;
        fields.add(field);
        issues.push({ index, field, code: (KNOWN.has(issue.message) ? issue.message : 'invalidValue') as SupportIssueCode });
      }
      return;
    }
    if (seen.has(parsed.data.sourceRef)) {
      issues.push({ index, field: 'sourceRef', code: 'duplicateSourceRef' });
      return;
    }
    seen.add(parsed.data.sourceRef);
    valid.push({ index, item: parsed.data });
  });
  return { valid, issues };
}

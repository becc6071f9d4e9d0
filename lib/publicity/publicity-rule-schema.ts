// The staff form of a new publicity catalogue version (issue 17 part 1): one zod schema, messages as
// codes (AdminCatalogue.errors.*). Pure: "today" comes in as an argument.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { RECORD_KINDS, SEVERITIES } from '../domain/vocabulary';

/** The form's fields in page order (the error summary follows it). */
export const PUBLICITY_RULE_FIELDS = [
  'kind',
  'severity',
  'minMonths',
  'maxMonths',
  'collectionWorkingDays',
  'countsTowardLevel',
  'repairBeforeMax',
  'effectiveFrom',
  'note',
] as const;

const months = (required: boolean) =>
  z
    .string()
    .trim()
    .refine((s) => (s === '' ? !required : /^\d{1,3}$/.test(s) && Number(s) <= 240), { message: 'invalidNumber' })
    .transform((s) => (s === '' ? null : Number(s)));

/** A new version effective after `today` (a version for today or earlier would change published records). */
export function publicityRuleSchema(today: string) {
  return z
    .object({
      kind: z.enum(RECORD_KINDS, { error: 'invalidKind' }),
      severity: z
        .union([z.literal(''), z.enum(SEVERITIES)], { error: 'invalidValue' })
        .optional()
        .transform((s) => (s ? s : null)),
      minMonths: months(false),
      maxMonths: months(false),
      collectionWorkingDays: z
        .string()
        .trim()
        .refine((s) => /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 60, { message: 'invalidDays' })
        .transform(Number),
      countsTowardLevel: z
        .string()
        .optional()
        .transform((s) => s === 'yes'),
      repairBeforeMax: z
        .string()
        .optional()
        .transform((s) => s === 'yes'),
      effectiveFrom: z
        .string({ error: 'required' })
        .trim()
        .min(1, 'required')
        .refine((s) => isIsoDate(s), { message: 'invalidDate' }),
      note: z.string().trim().max(500, 'invalidValue').optional().default(''),
    })
    .superRefine((v, ctx) => {
      if (v.kind === 'penalty' && v.severity === null) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'severityRequired' });
      if (v.kind !== 'penalty' && v.severity !== null) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'severityNotPenalty' });
      if (v.minMonths !== null && v.maxMonths !== null && v.minMonths > v.maxMonths)
        ctx.addIssue({ code: 'custom', path: ['minMonths'], message: 'minAboveMax' });
      if (v.maxMonths === 0) ctx.addIssue({ code: 'custom', path: ['maxMonths'], message: 'invalidNumber' });
      if (isIsoDate(v.effectiveFrom) && v.effectiveFrom <= today) ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'notFuture' });
    });
}

export type PublicityRuleInput = z.output<ReturnType<typeof publicityRuleSchema>>;

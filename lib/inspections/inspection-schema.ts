// The schemas of the inspections area: a plan (the admin form) and one result (the admin form and
// POST /api/v1/intake/inspection-results). Messages are codes, translated where they are shown
// (AdminInspections.errors.* and IntakeErrors.*). Pure: "today" comes in as an argument.
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/vocabulary';
import { INSPECTION_RESULTS } from '../domain/inspections';
import { isIsoDate } from '../intake/record-schema';
import { normalizeCode } from '../uscc';

const isoDate = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidDate') })
  .trim()
  .refine(isIsoDate, 'invalidDate');
const requiredText = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'tooLong');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .optional()
    .transform((s) => (s ? s : null));
/** A form's repeated or comma-separated field as a list of trimmed non-empty strings. */
const list = (pattern: RegExp) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split(/[,，\s]+/)).map((s) => s.trim()).filter(Boolean)))
    .refine((items) => items.every((s) => pattern.test(s)) && items.length <= 50, 'invalidValue');

/** A plan as the admin form posts it. */
export const inspectionPlanSchema = z
  .object({
    title: requiredText(200),
    itemIds: list(/^[1-9]\d{0,8}$/)
      .transform((ids) => [...new Set(ids.map(Number))])
      .refine((ids) => ids.length > 0, 'required'),
    districts: list(/^\d{6}$/),
    industries: list(/^[A-T](\d{2,4})?$/),
    entityTypes: list(new RegExp(`^(${ENTITY_TYPES.join('|')})$`)),
    sampleMode: z.enum(['count', 'share'], { error: 'required' }),
    sampleValue: z.string({ error: 'required' }).trim().min(1, 'required'),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .transform((v, ctx) => {
    const n = Number(v.sampleValue);
    const count = v.sampleMode === 'count' && Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : null;
    const share = v.sampleMode === 'share' && Number.isFinite(n) && n > 0 && n <= 100 && /^\d+(\.\d{1,2})?$/.test(v.sampleValue) ? n : null;
    if (count === null && share === null) ctx.addIssue({ code: 'custom', path: ['sampleValue'], message: 'invalidSample' });
    if (v.periodEnd < v.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'endBeforeStart' });
    return {
      title: v.title,
      itemIds: v.itemIds,
      districts: v.districts,
      industries: v.industries,
      entityTypes: v.entityTypes,
      firmCount: count,
      sharePercent: share,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
    };
  });
export type InspectionPlanInput = z.output<typeof inspectionPlanSchema>;

/** One result for a firm on a plan, checked against the collection day `today`. */
export function inspectionResultSchema(today: string) {
  return z
    .object({
      planId: z.coerce.number({ error: 'invalidValue' }).int('invalidValue').min(1, 'invalidValue').max(2_147_483_647, 'invalidValue'),
      uscc: z
        .string({ error: 'invalidUscc' })
        .transform((s) => normalizeCode(s))
        .refine((s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s), 'invalidUscc'),
      result: z.enum(INSPECTION_RESULTS, { error: 'invalidResult' }),
      inspectedOn: isoDate.refine((d) => d <= today, 'futureDate'),
      correctionDeadline: z
        .string()
        .trim()
        .optional()
        .transform((s) => (s ? s : null))
        .refine((s) => s === null || isIsoDate(s), 'invalidDate'),
      findings: optionalText(2000),
      docNo: optionalText(100),
    })
    .superRefine((v, ctx) => {
      if (v.result === 'correction_ordered' && v.correctionDeadline === null)
        ctx.addIssue({ code: 'custom', path: ['correctionDeadline'], message: 'deadlineRequired' });
      if (v.result === 'correction_ordered' && v.correctionDeadline !== null && v.correctionDeadline <= v.inspectedOn)
        ctx.addIssue({ code: 'custom', path: ['correctionDeadline'], message: 'deadlineBeforeInspection' });
    });
}
export type InspectionResultInput = z.output<ReturnType<typeof inspectionResultSchema>>;

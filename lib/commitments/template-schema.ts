// The staff form of a commitment template (告知承诺书), as one zod schema. Pure. Messages are codes of
// AdminCommitments.errors.*.
import { z } from 'zod';
import { PROCEDURE_CODE } from '../domain/commitments';
import { isoDate, optionalDate, optionalText, requiredText as text } from '../forms/schema-fields';

export const commitmentTemplateSchema = z
  .object({
    templateId: z
      .string()
      .regex(/^[1-9]\d{0,8}$/, 'notFound')
      .transform(Number)
      .optional(),
    procedureCode: z.string({ error: 'required' }).trim().toLowerCase().regex(PROCEDURE_CODE, 'invalidProcedureCode'),
    department: z.string({ error: 'required' }).trim().min(1, 'required'),
    titleZhCn: text(200),
    titleZhTw: text(200),
    titleEn: text(300),
    textZhCn: text(10_000),
    textZhTw: text(10_000),
    textEn: text(20_000),
    legalBasis: optionalText(2000),
    effectiveFrom: isoDate,
    effectiveTo: optionalDate,
  })
  .refine((t) => t.effectiveTo === null || t.effectiveTo >= t.effectiveFrom, { message: 'endBeforeStart', path: ['effectiveTo'] });

export type CommitmentTemplateForm = z.infer<typeof commitmentTemplateSchema>;

/** The form's fields in page order (the error summary follows it). */
export const TEMPLATE_FIELDS = [
  'procedureCode',
  'department',
  'titleZhCn',
  'titleZhTw',
  'titleEn',
  'textZhCn',
  'textZhTw',
  'textEn',
  'legalBasis',
  'effectiveFrom',
  'effectiveTo',
] as const;

// The staff form of a commitment template (告知承诺书), as one zod schema. Pure. Messages are codes of
// AdminCommitments.errors.*.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { PROCEDURE_CODE } from '../domain/commitments';

const text = (max: number) => z.string({ error: 'required' }).trim().min(1, 'required').max(max, 'tooLong');
const date = z.string({ error: 'required' }).trim().refine(isIsoDate, 'invalidDate');

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
    legalBasis: z.string().trim().max(2000, 'tooLong').optional().default(''),
    effectiveFrom: date,
    effectiveTo: z
      .string()
      .trim()
      .refine((v) => v === '' || isIsoDate(v), 'invalidDate')
      .optional()
      .default(''),
  })
  .refine((t) => t.effectiveTo === '' || t.effectiveTo >= t.effectiveFrom, { message: 'endBeforeStart', path: ['effectiveTo'] });

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

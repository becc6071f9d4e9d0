// The one schema of a registration item (POST /api/v1/intake/entities, registration authorities
// only). Messages are codes translated per request (IntakeErrors.*). Pure: "today" is an argument.
import { z } from 'zod';
import { ENTITY_STATUSES, ENTITY_TYPES } from '../domain/vocabulary';
import { normalizeCode, validateUscc } from '../uscc';
import { isIsoDate } from './record-schema';

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidValue') })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong');
const names = z.array(z.string({ error: 'invalidValue' }).trim().min(1, 'invalidValue').max(200, 'tooLong'), { error: 'invalidValue' }).max(20, 'tooLong');

/** The registration item schema for the day `today` (YYYY-MM-DD). */
export function entityItemSchema(today: string) {
  return z
    .strictObject(
      {
        uscc: z
          .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidUscc') })
          .transform((s) => normalizeCode(s))
          .refine((s) => validateUscc(s).ok, 'invalidUscc'),
        regNo: z
          .string({ error: 'invalidRegNo' })
          .transform((s) => normalizeCode(s))
          .refine((s) => /^\d{15}$/.test(s), 'invalidRegNo')
          .optional(),
        name: text(200),
        type: z.enum(ENTITY_TYPES, { error: 'invalidEntityType' }),
        legalRepresentative: text(100),
        registeredCapital: z
          .union(
            [
              z.number(),
              z
                .string()
                .trim()
                .regex(/^\d+(\.\d{1,4})?$/)
                .transform(Number),
            ],
            { error: 'invalidCapital' },
          )
          .refine((n) => Number.isFinite(n) && n >= 0 && n < 1e13, 'invalidCapital')
          .optional(),
        establishedOn: z
          .string({ error: (issue) => (issue.input === undefined ? 'required' : 'invalidDate') })
          .trim()
          .refine(isIsoDate, 'invalidDate')
          .refine((d) => d <= today, { message: 'futureDate', params: { today } }),
        // 营业期限: from a date, to a date or "indefinite" (长期); both or neither.
        businessTermFrom: z.string({ error: 'invalidDate' }).trim().refine(isIsoDate, 'invalidDate').optional(),
        businessTermTo: z
          .string({ error: 'invalidBusinessTermTo' })
          .trim()
          .refine((s) => s === INDEFINITE_TERM || isIsoDate(s), 'invalidBusinessTermTo')
          .optional(),
        address: text(500),
        districtCode: z
          .string({ error: 'invalidDistrict' })
          .trim()
          .regex(/^\d{6}$/, 'invalidDistrict'),
        industryCode: z
          .string({ error: 'invalidIndustry' })
          .trim()
          .regex(/^[A-T]\d{2}$/, 'invalidIndustry')
          .optional(),
        status: z.enum(ENTITY_STATUSES, { error: 'invalidEntityStatus' }),
        formerNames: names.optional(),
        aliases: names.optional(),
        /** A branch's head office (总公司), by its USCC; absent = not a branch. Known firms only (else a warning). */
        headOfficeUscc: z
          .string({ error: 'invalidUscc' })
          .transform((s) => normalizeCode(s))
          .refine((s) => validateUscc(s).ok, 'invalidUscc')
          .optional(),
      },
      { error: 'unknownField' },
    )
    .refine((e) => e.headOfficeUscc === undefined || e.headOfficeUscc !== e.uscc, { message: 'headOfficeSelf', path: ['headOfficeUscc'] })
    .superRefine((item, ctx) => {
      if (item.businessTermFrom && !item.businessTermTo) ctx.addIssue({ code: 'custom', path: ['businessTermTo'], message: 'businessTermIncomplete' });
      if (!item.businessTermFrom && item.businessTermTo) ctx.addIssue({ code: 'custom', path: ['businessTermFrom'], message: 'businessTermIncomplete' });
      const to = item.businessTermTo;
      if (item.businessTermFrom && to && to !== INDEFINITE_TERM && to < item.businessTermFrom)
        ctx.addIssue({ code: 'custom', path: ['businessTermTo'], message: 'businessTermEndsBeforeStart' });
    });
}

/** The value of `businessTermTo` for a business term without end (长期). */
export const INDEFINITE_TERM = 'indefinite';

export type EntityItem = z.infer<ReturnType<typeof entityItemSchema>>;

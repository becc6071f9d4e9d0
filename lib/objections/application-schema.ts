// The one schema of the objection and repair forms, shared by the browser checks and the server
// (which always re-parses). Error messages are codes; the form translates them (ApplicationErrors.*).
import { z } from 'zod';
import { issuesFromZod, type FieldIssue } from '../forms/action-result';
import { APPLICANT_TYPES, EVIDENCE_LIMITS, OBJECTION_REASONS } from '../domain/objections';
import { REPAIR_APPLICANT_ROLES, REPAIR_ROUTES } from '../domain/repair';
import { isStorableText } from '../domain/storable-text';
import { isWellFormedUscc, normalizeCode } from '../uscc';

// U+0000 cannot be stored (PostgreSQL): said first, before what else is wrong with the field.
const storable = z.string().refine(isStorableText, { message: 'invalidCharacters', abort: true });
const trimmed = storable.transform((s) => s.trim());

/** Mainland mobile or landline (with area code), digits, spaces and dashes allowed. */
const PHONE = /^(?:\+?86[\s-]?)?(?:1[3-9]\d{9}|0\d{2,3}[\s-]?\d{7,8})$/;

const common = {
  applicantType: z.enum(APPLICANT_TYPES, { error: 'applicantTypeRequired' }),
  applicantName: trimmed.pipe(z.string().min(1, 'nameRequired').max(100, 'nameTooLong')),
  applicantUscc: trimmed,
  phone: trimmed,
  email: trimmed,
  description: storable
    .transform((s) => s.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, 'descriptionRequired').max(EVIDENCE_LIMITS.descriptionMax, 'descriptionTooLong')),
  declaration: z.literal('yes', { error: 'declarationRequired' }),
};

function refineContact<T extends { applicantType: string; applicantUscc: string; phone: string; email: string }>(value: T, ctx: z.RefinementCtx) {
  if (!value.phone && !value.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'contactRequired' });
  if (value.phone && !PHONE.test(value.phone.replace(/\s/g, ''))) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'phoneInvalid' });
  if (value.email && !z.email().safeParse(value.email).success) ctx.addIssue({ code: 'custom', path: ['email'], message: 'emailInvalid' });
  if (value.applicantType === 'company') {
    if (!value.applicantUscc) ctx.addIssue({ code: 'custom', path: ['applicantUscc'], message: 'usccRequired' });
    else if (!isWellFormedUscc(normalizeCode(value.applicantUscc))) ctx.addIssue({ code: 'custom', path: ['applicantUscc'], message: 'usccInvalid' });
  }
}

export const objectionFormSchema = z.object({ ...common, reason: z.enum(OBJECTION_REASONS, { error: 'reasonRequired' }) }).superRefine(refineContact);

/**
 * A repair request is made for the firm: the applicant says in which role they act (and uploads the
 * document that shows it, checked by staff), and chooses the routes of repair they take.
 */
export const repairFormSchema = z
  .object({
    ...common,
    actingRole: z.enum(REPAIR_APPLICANT_ROLES, { error: 'actingRoleRequired' }),
    routes: z
      .array(z.enum(REPAIR_ROUTES, { error: 'routesRequired' }), { error: 'routesRequired' })
      .min(1, 'routesRequired')
      .transform((r) => [...new Set(r)]),
    commitment: z.literal('yes', { error: 'commitmentRequired' }),
  })
  .superRefine(refineContact);

export type ObjectionForm = z.infer<typeof objectionFormSchema>;
export type RepairForm = z.infer<typeof repairFormSchema>;

/** The form's fields in page order (the error summary lists errors in this order). */
export const FORM_FIELD_ORDER = [
  'applicantType',
  'applicantName',
  'applicantUscc',
  'phone',
  'email',
  'reason',
  'actingRole',
  'description',
  'routes',
  'evidence',
  'authorisation',
  'commitment',
  'declaration',
] as const;
export type FormField = (typeof FORM_FIELD_ORDER)[number];

/** An issue of the form (FieldIssue with the form's own fields); codes are ApplicationErrors.* keys. */
export type FieldError = FieldIssue<FormField>;

/** Zod issues → one error per field (the first), in page order. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return issuesFromZod(error, { order: FORM_FIELD_ORDER }) as FieldError[];
}

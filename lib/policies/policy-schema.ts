// The one schema of a support policy, shared by the staff form (through policyFormToInput) and the
// server, which always re-parses. Messages are codes, translated per request (PolicyErrors.*). Pure.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { issuesFromZod, type FieldIssue } from '../forms/action-result';
import { isoDate, optionalDate, optionalText, requiredText as text } from '../forms/schema-fields';
import { CREDIT_CONDITIONS, ENTERPRISE_SIZES, POLICY_CATEGORIES } from '../domain/policies';

const httpUrl = z
  .string({ error: 'invalidUrl' })
  .trim()
  .max(2000, 'tooLong')
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'invalidUrl');

export const policyLinkSchema = z.object({ label: text(200), url: httpUrl });
export const policyAttachmentSchema = z.object({
  name: text(200),
  url: httpUrl,
  mediaType: optionalText(100),
  bytes: z
    .number({ error: 'invalidValue' })
    .int('invalidValue')
    .min(0, 'invalidValue')
    .nullish()
    .transform((n) => n ?? null),
});

/** A policy as staff enter it. `issuingDepartment` is a department code, resolved by the server. */
export const policyInputSchema = z
  .object({
    title: text(300),
    issuingDepartment: z
      .string({ error: 'departmentRequired' })
      .trim()
      .min(1, 'departmentRequired')
      .regex(/^[a-z0-9-]{2,40}$/, 'unknownDepartment'),
    docNo: optionalText(200),
    issuedOn: isoDate,
    /** When the department published it; defaults to today when the policy is published. */
    publishedOn: optionalDate,
    category: z.enum(POLICY_CATEGORIES, { error: 'unknownCategory' }),
    /** Who the support is closed to on credit grounds; a form without the field keeps the default. */
    creditCondition: z.enum(CREDIT_CONDITIONS, { error: 'invalidValue' }).default('no_blacklist'),
    sizes: z
      .array(z.enum(ENTERPRISE_SIZES, { error: 'invalidSize' }), { error: 'invalidValue' })
      .max(2, 'tooMany')
      .default([]),
    industries: z
      .array(
        z
          .string({ error: 'invalidIndustry' })
          .trim()
          .toUpperCase()
          .regex(/^[A-T](\d{2})?$/, 'invalidIndustry'),
        { error: 'invalidValue' },
      )
      .max(100, 'tooMany')
      .default([]),
    districts: z
      .array(
        z
          .string({ error: 'invalidDistrict' })
          .trim()
          .regex(/^\d{6}$/, 'invalidDistrict'),
        { error: 'invalidValue' },
      )
      .max(50, 'tooMany')
      .default([]),
    benefits: text(5000),
    applySteps: optionalText(5000),
    applyMaterials: optionalText(5000),
    applyWhere: optionalText(1000),
    validFrom: isoDate,
    validTo: optionalDate,
    links: z.array(policyLinkSchema, { error: 'invalidValue' }).max(20, 'tooMany').default([]),
    attachments: z.array(policyAttachmentSchema, { error: 'invalidValue' }).max(20, 'tooMany').default([]),
    status: z.enum(['draft', 'published'], { error: 'invalidValue' }).default('published'),
  })
  .superRefine((p, ctx) => {
    if (p.validTo && p.validTo < p.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'endBeforeStart' });
    if (p.publishedOn && p.publishedOn < p.issuedOn) ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: 'publishedBeforeIssued' });
  })
  .transform((p) => ({ ...p, sizes: [...new Set(p.sizes)], industries: [...new Set(p.industries)], districts: [...new Set(p.districts)] }));

export type PolicyInput = z.output<typeof policyInputSchema>;

/** Every message code a policy issue can carry (PolicyErrors.<code>). */
export const POLICY_ISSUE_CODES = [
  'required',
  'tooLong',
  'tooMany',
  'invalidValue',
  'invalidDate',
  'invalidUrl',
  'invalidSize',
  'invalidIndustry',
  'invalidDistrict',
  'unknownCategory',
  'departmentRequired',
  'unknownDepartment',
  'notOwnDepartment',
  'endBeforeStart',
  'publishedBeforeIssued',
] as const;
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];

/** An issue of the policy form: `field` is the top-level field (form control name). */
export interface PolicyIssue extends FieldIssue {
  code: PolicyIssueCode;
}

const KNOWN = new Set<string>(POLICY_ISSUE_CODES);

/** Parses raw input; returns the policy or one issue per field (the first), in field order. */
export function parsePolicyInput(raw: unknown): { ok: true; policy: PolicyInput } | { ok: false; issues: PolicyIssue[] } {
  const parsed = policyInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, policy: parsed.data };
  const seen = new Map(issuesFromZod(parsed.error, { codes: KNOWN, fallback: 'invalidValue', root: 'title' }).map((i) => [i.field, i as PolicyIssue]));
  // Zod skips the cross-field checks while any field is invalid; run them on the raw dates so a
  // person sees every problem at once, not one round at a time.
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const day = (v: unknown) => (typeof v === 'string' && isIsoDate(v.trim()) ? v.trim() : null);
  const [from, to, issued, published] = [day(r.validFrom), day(r.validTo), day(r.issuedOn), day(r.publishedOn)];
  if (from && to && to < from && !seen.has('validTo')) seen.set('validTo', { field: 'validTo', code: 'endBeforeStart' });
  if (issued && published && published < issued && !seen.has('publishedOn')) seen.set('publishedOn', { field: 'publishedOn', code: 'publishedBeforeIssued' });
  return { ok: false, issues: [...seen.values()] };
}

/** Lines of "label | url" (or a bare url) → [{label, url}]; blank lines skipped. */
function parseLinkLines(value: string): { label: string; url: string }[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.lastIndexOf('|');
      return bar < 0 ? { label: line, url: line } : { label: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
    });
}

/** Splits a free-text list of codes ("F52, C, 370102") on commas, spaces and ideographic commas. */
function splitCodes(value: string): string[] {
  return value
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The staff form's fields → the schema's raw input (no validation here: the schema does it). */
export function policyFormToInput(form: FormData): Record<string, unknown> {
  const str = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    title: str('title'),
    issuingDepartment: str('issuingDepartment'),
    docNo: str('docNo'),
    issuedOn: str('issuedOn'),
    publishedOn: str('publishedOn'),
    category: str('category'),
    creditCondition: str('creditCondition') || undefined,
    sizes: form.getAll('sizes').filter((v): v is string => typeof v === 'string'),
    industries: splitCodes(str('industries') ?? ''),
    districts: form.getAll('districts').filter((v): v is string => typeof v === 'string'),
    benefits: str('benefits'),
    applySteps: str('applySteps'),
    applyMaterials: str('applyMaterials'),
    applyWhere: str('applyWhere'),
    validFrom: str('validFrom'),
    validTo: str('validTo'),
    links: parseLinkLines(str('links') ?? ''),
    attachments: parseLinkLines(str('attachments') ?? '').map((l) => ({ name: l.label, url: l.url })),
    status: str('status') === 'draft' ? 'draft' : 'published',
  };
}

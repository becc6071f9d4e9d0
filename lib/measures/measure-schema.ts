// The one schema of a catalogue measure (激励/惩戒) as staff enter it, shared by the create and edit
// forms; the server always re-parses. Messages are codes (MeasureErrors.*). Pure.
import { z } from 'zod';
import { isIsoDate } from '../credit';
import { MEASURE_KINDS } from '../domain/measures';
import { CREDIT_LEVELS, LISTING_KINDS } from '../domain/vocabulary';
import { issuesFromZod, type FieldIssue } from '../forms/action-result';
import { isoDate, optionalDate, requiredText } from '../forms/schema-fields';

/** Every message code a measure issue can carry (MeasureErrors.<code>). */
export const MEASURE_ISSUE_CODES = [
  'required',
  'tooLong',
  'tooMany',
  'invalidValue',
  'invalidDate',
  'invalidCode',
  'codeTaken',
  'unknownDepartment',
  'notOwnDepartment',
  'appliesToNobody',
  'endBeforeStart',
  'supportOnlyPunitive',
  'notFound',
] as const;
export type MeasureIssueCode = (typeof MEASURE_ISSUE_CODES)[number];

/** The form's fields in the order they appear (the error summary follows it). */
export const MEASURE_FIELDS = [
  'code',
  'kind',
  'levels',
  'listKinds',
  'titleZhCn',
  'titleZhTw',
  'titleEn',
  'descriptionZhCn',
  'descriptionZhTw',
  'descriptionEn',
  'legalBasisZh',
  'legalBasisEn',
  'department',
  'effectiveFrom',
  'effectiveTo',
  'excludesSupport',
] as const;

const checked = z
  .union([z.literal('on'), z.literal('true'), z.literal('1'), z.literal(''), z.boolean()], { error: 'invalidValue' })
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

export const measureInputSchema = z
  .object({
    /** The stable slug (anchor on /measures, id in reports); fixed once created. */
    code: z
      .string({ error: 'required' })
      .trim()
      .toLowerCase()
      .min(1, 'required')
      .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'invalidCode'),
    kind: z.enum(MEASURE_KINDS, { error: 'invalidValue' }),
    levels: z
      .array(z.enum(CREDIT_LEVELS, { error: 'invalidValue' }), { error: 'invalidValue' })
      .max(4, 'tooMany')
      .default([]),
    listKinds: z
      .array(z.enum(LISTING_KINDS, { error: 'invalidValue' }), { error: 'invalidValue' })
      .max(LISTING_KINDS.length, 'tooMany')
      .default([]),
    titleZhCn: requiredText(200),
    titleZhTw: requiredText(200),
    titleEn: requiredText(300),
    descriptionZhCn: requiredText(4000),
    descriptionZhTw: requiredText(4000),
    descriptionEn: requiredText(6000),
    legalBasisZh: requiredText(1000),
    legalBasisEn: requiredText(1500),
    /** A department code; blank = every department implements it (admins only). */
    department: z
      .string({ error: 'invalidValue' })
      .trim()
      .regex(/^([a-z0-9-]{2,40})?$/, 'unknownDepartment')
      .optional()
      .transform((s) => (s ? s : null)),
    effectiveFrom: isoDate,
    effectiveTo: optionalDate,
    /** Takes financial subsidies and government support away (the eligibility guide reads it). */
    excludesSupport: checked,
  })
  .transform((m) => ({ ...m, levels: [...new Set(m.levels)], listKinds: [...new Set(m.listKinds)] }));

export type MeasureInput = z.output<typeof measureInputSchema>;

const KNOWN = new Set<string>(MEASURE_ISSUE_CODES);

/** Parses raw input; returns the measure or one issue per field, in the form's order, cross-field checks included. */
export function parseMeasureInput(raw: unknown): { ok: true; measure: MeasureInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = measureInputSchema.safeParse(raw);
  const issues = new Map<string, FieldIssue>(
    parsed.success ? [] : issuesFromZod(parsed.error, { codes: KNOWN, fallback: 'invalidValue', root: 'code' }).map((i) => [i.field, i]),
  );
  // Cross-field checks run on the raw values too, so every problem shows at once.
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]);
  const day = (v: unknown) => (typeof v === 'string' && isIsoDate(v.trim()) ? v.trim() : null);
  const [from, to] = [day(r.effectiveFrom), day(r.effectiveTo)];
  const add = (field: string, code: MeasureIssueCode) => {
    if (!issues.has(field)) issues.set(field, { field, code });
  };
  if (list(r.levels).length === 0 && list(r.listKinds).length === 0) add('levels', 'appliesToNobody');
  if (from && to && to < from) add('effectiveTo', 'endBeforeStart');
  if (r.kind === 'incentive' && (r.excludesSupport === 'on' || r.excludesSupport === true)) add('excludesSupport', 'supportOnlyPunitive');
  if (parsed.success && issues.size === 0) return { ok: true, measure: parsed.data };
  const order: readonly string[] = MEASURE_FIELDS;
  return { ok: false, issues: [...issues.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
}

/** The staff form's fields → the schema's raw input (validation is the schema's). */
export function measureFormToInput(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of MEASURE_FIELDS) {
    if (name === 'levels' || name === 'listKinds') out[name] = form.getAll(name).filter((v): v is string => typeof v === 'string');
    else {
      const v = form.get(name);
      if (typeof v === 'string') out[name] = v;
    }
  }
  return out;
}

// The one schema of an intake record item, shared by the API (POST /api/v1/intake/records), the
// template import (CSV/XLSX rows mapped to these fields) and the staff queue. Messages are codes,
// translated per request (IntakeErrors.*). Pure: "today" comes in as an argument.
import { z } from 'zod';
import { LISTING_KINDS, RECORD_KINDS, SEVERITIES } from '../domain/vocabulary';
import { COMMITMENT_STATUSES, PROCEDURE_CODE } from '../domain/commitments';
import { IDENTITY_FIELDS, type StagedRecord } from '../domain/intake';
import type { StagedIdentity } from '../domain/complaints';
import { normalizeEntityName } from '../domain/entity-name';
import { fieldsWithPersonalIdNumber, isPersonalIdNumber, normalizeCode, validateUscc } from '../uscc';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD (year 0001 or later: PostgreSQL has no year 0). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value.startsWith('0000')) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidValue') })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong');
const optionalText = (max: number) => text(max).optional();
const isoDate = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidDate') })
  .trim()
  .refine(isIsoDate, 'invalidDate');
const code = (pattern: RegExp, message: string) =>
  z
    .string({ error: 'invalidValue' })
    .transform((s) => normalizeCode(s))
    .refine((s) => pattern.test(s), message);

/** Blank strings and nulls count as absent (CSV cells, optional JSON fields sent as ""). */
export function dropBlankFields(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    out[key] = value;
  }
  return out;
}

const LISTING: readonly string[] = LISTING_KINDS;

/**
 * The identity fields every intake item about a firm may carry (records, complaint figures): at
 * least one is required (`missingIdentity`); they are matched in IDENTITY_FIELDS order.
 */
export const identityShape = {
  uscc: z
    .string({ error: 'invalidUscc' })
    .transform((s) => normalizeCode(s))
    .refine((s) => validateUscc(s).ok, 'invalidUscc')
    .optional(),
  regNo: code(/^\d{15}$/, 'invalidRegNo').optional(),
  orgCode: code(/^[0-9A-Z]{8}-?[0-9X]$/, 'invalidOrgCode')
    .transform((s) => s.replace('-', ''))
    .optional(),
  // 18 characters: a USCC used as the tax number (since 2015); 15: the old tax registration
  // number (division code + organisation code). Other lengths belong to natural persons and
  // are refused rather than stored.
  // An 18-digit ID number is a natural person's, never a firm's tax number.
  taxNo: code(/^(?:[0-9A-Z]{15}|[0-9A-Z]{18})$/, 'invalidTaxNo')
    .superRefine((s, ctx) => {
      if (s.length === 18 && isPersonalIdNumber(s)) ctx.addIssue({ code: 'custom', message: 'personalIdNumber', params: { field: 'taxNo' } });
    })
    .optional(),
  entityName: z.string({ error: 'invalidValue' }).trim().min(2, 'invalidValue').max(200, 'tooLong').optional(),
};

/** The record item schema for a collection day `today` (YYYY-MM-DD, China Standard Time). */
export function recordItemSchema(today: string) {
  const notFuture = (field: string) => (value: string | undefined, ctx: z.RefinementCtx) => {
    if (value && value > today) ctx.addIssue({ code: 'custom', path: [field], message: 'futureDate', params: { today } });
  };
  return z
    .strictObject(
      {
        sourceRef: text(100),
        ...identityShape,
        kind: z.enum(RECORD_KINDS, { error: 'unknownKind' }),
        title: text(500),
        docNo: optionalText(200),
        decisionDate: isoDate,
        producedOn: isoDate.optional(),
        severity: z.enum(SEVERITIES, { error: 'invalidSeverity' }).optional(),
        publicityEnd: isoDate.optional(),
        listedOn: isoDate.optional(),
        removedOn: isoDate.optional(),
        removalReason: optionalText(1000),
        grounds: optionalText(2000),
        content: optionalText(10_000),
        legalBasis: optionalText(2000),
        // department_blacklist: the department's list (issue 17 part 3).
        listName: optionalText(200),
        // Credit commitments (信用承诺): the procedure's template code, the status, and when broken the
        // sourceRef of the department's broken_commitment record. A status change is the item re-sent.
        procedure: z.string({ error: 'invalidProcedure' }).trim().toLowerCase().regex(PROCEDURE_CODE, 'invalidProcedure').optional(),
        status: z.enum(COMMITMENT_STATUSES, { error: 'invalidCommitmentStatus' }).optional(),
        brokenCommitmentRef: optionalText(100),
      },
      { error: 'unknownField' },
    )
    .superRefine((item, ctx) => {
      if (!IDENTITY_FIELDS.some((f) => item[f] !== undefined)) ctx.addIssue({ code: 'custom', path: ['uscc'], message: 'missingIdentity' });
      notFuture('decisionDate')(item.decisionDate, ctx);
      notFuture('producedOn')(item.producedOn, ctx);
      notFuture('listedOn')(item.listedOn, ctx);
      notFuture('removedOn')(item.removedOn, ctx);
      if (item.producedOn && item.producedOn < item.decisionDate) ctx.addIssue({ code: 'custom', path: ['producedOn'], message: 'beforeDecision' });
      if (item.publicityEnd && item.publicityEnd < item.decisionDate) ctx.addIssue({ code: 'custom', path: ['publicityEnd'], message: 'beforeDecision' });
      if (item.kind === 'penalty' && !item.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'severityRequired' });
      if (item.kind !== 'penalty' && item.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'severityNotPenalty' });
      const listing = LISTING.includes(item.kind);
      for (const field of ['listedOn', 'removedOn', 'removalReason', 'grounds'] as const) {
        if (!listing && item[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'listingOnly' });
      }
      if (item.kind === 'department_blacklist') {
        if (!item.listName) ctx.addIssue({ code: 'custom', path: ['listName'], message: 'listNameRequired' });
        if (!item.legalBasis) ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'required' });
      } else if (item.listName !== undefined) ctx.addIssue({ code: 'custom', path: ['listName'], message: 'listNameBlacklistOnly' });
      for (const field of ['procedure', 'status', 'brokenCommitmentRef'] as const) {
        if (item.kind !== 'credit_commitment' && item[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'commitmentOnly' });
      }
      if (item.brokenCommitmentRef !== undefined && item.status !== 'broken')
        ctx.addIssue({ code: 'custom', path: ['brokenCommitmentRef'], message: 'brokenRefNeedsBroken' });
      const listed = item.listedOn ?? item.decisionDate;
      if (listing && item.removedOn && item.removedOn < listed) ctx.addIssue({ code: 'custom', path: ['removedOn'], message: 'removedBeforeListed' });
    });
}

export type RecordItem = z.infer<ReturnType<typeof recordItemSchema>>;

/** The identity of a parsed item, as staged for matching (tax numbers become USCC or organisation-code keys). */
export function stageIdentity(item: IdentityItem): StagedIdentity {
  let uscc = item.uscc ?? null;
  let orgCode = item.orgCode ?? null;
  if (!uscc && item.taxNo?.length === 18 && validateUscc(item.taxNo).ok) uscc = item.taxNo;
  // An old 15-character tax registration number is the division code (6) + the organisation code (9).
  if (!orgCode && item.taxNo?.length === 15) orgCode = item.taxNo.slice(6);
  const identityField = IDENTITY_FIELDS.find((f) => item[f] !== undefined) ?? 'entityName';
  return {
    uscc,
    regNo: item.regNo ?? null,
    orgCode,
    nameNormalized: item.entityName ? normalizeEntityName(item.entityName) : null,
    identityField,
    identityValue: String(item[identityField] ?? ''),
    entityName: item.entityName ?? null,
  };
}

/** The identity fields of a parsed item. */
export type IdentityItem = Partial<Record<(typeof IDENTITY_FIELDS)[number], string>>;

/** Turns a valid item into its staged form (tax numbers become USCC or organisation-code keys). */
export function stageRecordItem(item: RecordItem, index: number): StagedRecord {
  const listing = LISTING.includes(item.kind);
  return {
    index,
    sourceRef: item.sourceRef,
    ...stageIdentity(item),
    kind: item.kind,
    title: item.title,
    docNo: item.docNo ?? null,
    // Listings: the decision date is the date listed.
    decisionDate: listing && item.listedOn ? item.listedOn : item.decisionDate,
    // A record without a production date was produced when it was decided.
    producedOn: item.producedOn ?? item.decisionDate,
    severity: item.severity ?? null,
    publicityEnd: item.publicityEnd ?? null,
    grounds: item.grounds ?? null,
    removedOn: item.removedOn ?? null,
    removalReason: item.removalReason ?? null,
    content: item.content ?? null,
    legalBasis: item.legalBasis ?? null,
    listName: item.listName ?? null,
    procedureCode: item.procedure ?? null,
    commitmentStatus: item.kind === 'credit_commitment' ? (item.status ?? 'pending') : null,
    brokenRecordRef: item.brokenCommitmentRef ?? null,
  };
}

/** The soft warnings of a valid item (a USCC failing its checksum is accepted, as early pilot codes do). */
export function recordItemWarnings(item: RecordItem): { field: string; code: string }[] {
  const warnings: { field: string; code: string }[] = [];
  for (const field of ['uscc', 'taxNo'] as const) {
    const value = item[field];
    if (value && value.length === 18) {
      const v = validateUscc(value);
      if (v.ok && v.warnings.length > 0) warnings.push({ field, code: 'usccChecksum' });
    }
  }
  return warnings;
}

/** One problem with one item: which item, which field, and a message code with its values. */
export interface ItemIssue {
  index: number;
  field: string;
  code: string;
  params?: Record<string, string>;
}

/** Zod issues of one item → one issue per field (the first). */
export function itemIssues(error: z.ZodError, index: number): ItemIssue[] {
  const seen = new Map<string, ItemIssue>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) if (!seen.has(key)) seen.set(key, { index, field: key, code: 'unknownField' });
      continue;
    }
    const field = String(issue.path[0] ?? 'item');
    if (seen.has(field)) continue;
    const params = (issue as { params?: Record<string, string> }).params;
    const known = KNOWN_CODES.has(issue.message) ? issue.message : 'invalidValue';
    seen.set(field, { index, field, code: known, ...(params ? { params } : {}) });
  }
  return [...seen.values()];
}

/** One raw item parsed with an item schema (blank fields dropped); on a problem its issues go to `issues` and the answer is null. */
export function parseItem<T>(schema: z.ZodType<T>, raw: unknown, index: number, issues: ItemIssue[]): T | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({ index, field: 'item', code: 'notAnObject' });
    return null;
  }
  const fields = dropBlankFields(raw) as Record<string, unknown>;
  // A natural person's ID number in any text field refuses the item, naming the field (it would
  // otherwise be stored and could be published); the field's other problems are not repeated.
  const personal = fieldsWithPersonalIdNumber(fields);
  for (const field of personal) issues.push({ index, field, code: 'personalIdNumber', params: { field } });
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    issues.push(...itemIssues(parsed.error, index).filter((i) => !personal.includes(i.field)));
    return null;
  }
  return personal.length > 0 ? null : parsed.data;
}

/** Every message code an item issue can carry (IntakeErrors.<code>). */
export const ITEM_ISSUE_CODES = [
  'required',
  'tooLong',
  'invalidValue',
  'unknownField',
  'invalidDate',
  'futureDate',
  'beforeDecision',
  'unknownKind',
  'invalidUscc',
  'invalidRegNo',
  'invalidOrgCode',
  'invalidTaxNo',
  'missingIdentity',
  'invalidSeverity',
  'severityRequired',
  'severityNotPenalty',
  'listingOnly',
  'removedBeforeListed',
  'duplicateSourceRef',
  'duplicateUscc',
  'notOwnRecord',
  'notAnObject',
  'invalidEntityType',
  'invalidEntityStatus',
  'invalidDistrict',
  'invalidIndustry',
  'invalidCapital',
  'usccChecksum',
  'personalIdNumber',
  'invalidMonth',
  'futureMonth',
  'invalidCount',
  'resolvedAboveReceived',
  'duplicateMonth',
  'firmNotFound',
  'firmAmbiguous',
  'invalidBusinessTermTo',
  'businessTermIncomplete',
  'businessTermEndsBeforeStart',
  'publicityTooShort',
  'publicityTooLong',
  'notInCatalogue',
  'listNameRequired',
  'listNameBlacklistOnly',
  'invalidProcedure',
  'unknownProcedure',
  'invalidCommitmentStatus',
  'commitmentOnly',
  'brokenRefNeedsBroken',
] as const;
const KNOWN_CODES: ReadonlySet<string> = new Set(ITEM_ISSUE_CODES);

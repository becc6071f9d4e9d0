// The one contract of every form: what a Server Action answers (ActionResult), how it names what is
// wrong (FieldIssue), and the state a form round-trips through useActionState (FormState). Pure: the
// public forms, the staff forms (lib/forms/staff-action.ts) and client components all import it.
import { z } from 'zod';

/** The `field` of an issue about the whole form (shown in the error summary, linked to no field). */
export const FORM_LEVEL = 'form';

/**
 * What is wrong with one field (`field` is the control's id and name) or with the whole form
 * (`field: 'form'`). `code` is a message key of the form's namespace; `params` fill its placeholders.
 */
export interface FieldIssue<F extends string = string> {
  field: F | typeof FORM_LEVEL;
  code: string;
  params?: Record<string, string | number>;
}

/** A refused action: one issue per field at most, in page order, form-level issues first. */
export interface ActionFailure<F extends string = string> {
  ok: false;
  errors: FieldIssue<F>[];
}

/** What an action answers: `ok` with its data beside it, or the issues. */
export type ActionResult<T extends object = object, F extends string = string> = ({ ok: true } & T) | ActionFailure<F>;

/** A refusal of the whole form with one message (e.g. `csrf`, `rateLimited` with `{ seconds }`). */
export function formFailure(code: string, params?: Record<string, string | number>): ActionFailure<never> {
  return { ok: false, errors: [params ? { field: FORM_LEVEL, code, params } : { field: FORM_LEVEL, code }] };
}

/**
 * The state a form keeps between its Server Action's answers: the answers to show again (never
 * cleared after a refusal), the issues, and `version`, bumped on every answer so that the form
 * re-mounts with those answers (React resets a form after its action).
 */
export interface FormState<V = Record<string, string>, F extends string = string> {
  version: number;
  values: V;
  errors: FieldIssue<F>[];
}

/**
 * The previous state as a Server Action receives it: from the browser, editable like any other
 * input, so parsed before anything else is looked at. Only its version is read.
 */
export const previousStateSchema = z.object({ version: z.number().int().min(0).max(1_000_000) });

/** The version of the answer to `previous` (as posted; 1 when it is not a state of the form's). */
export function nextVersion(previous: unknown): number {
  const parsed = previousStateSchema.safeParse(previous);
  return parsed.success ? parsed.data.version + 1 : 1;
}

/** Orders issues as the fields stand on the page; form-level issues first, unknown fields last. */
export function sortIssues<I extends FieldIssue>(issues: readonly I[], order: readonly string[]): I[] {
  const rank = (field: string) => (field === FORM_LEVEL ? -1 : order.includes(field) ? order.indexOf(field) : order.length);
  return [...issues].sort((a, b) => rank(a.field) - rank(b.field));
}

/**
 * Zod issues → one FieldIssue per field (the first), by the top-level key of its path. A message
 * that is not one of `codes` (when given) becomes `fallback`; an issue with no path is about `root`.
 */
export function issuesFromZod(
  error: z.ZodError,
  options: { codes?: ReadonlySet<string>; fallback?: string; root?: string; order?: readonly string[] } = {},
): FieldIssue[] {
  const seen = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? options.root ?? FORM_LEVEL);
    if (seen.has(field)) continue;
    const code = !options.codes || options.codes.has(issue.message) ? issue.message : (options.fallback ?? 'invalidValue');
    seen.set(field, { field, code });
  }
  const issues = [...seen.values()];
  return options.order ? sortIssues(issues, options.order) : issues;
}

/** A form's text fields by name (the first value of each; files and absent names left out). */
export function textFieldsOf(form: FormData, names?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names ?? new Set(form.keys())) {
    const value = form.get(name);
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** A form's fields by name, as a schema reads them: one value, or an array where a name repeats. */
export function fieldsOf(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name);
    out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

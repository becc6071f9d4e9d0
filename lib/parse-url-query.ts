// Reading a URL's query into a zod schema, shared by every filter parser (lists, policies, directory,
// search): blank parameters count as absent, and the first bad one becomes AppError bad_parameter.
import type { z } from 'zod';
import { AppError } from './errors';

export type UrlQueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first non-blank value of each parameter (a repeated parameter keeps its first value). */
export function firstValues(input: UrlQueryInput): Record<string, string> {
  const raw: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v !== undefined && v !== '') raw[key] = v;
  }
  return raw;
}

/** Parses `raw` with `schema`; throws AppError bad_parameter naming the first bad parameter. */
export function parseWith<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_parameter', { param: String(issue?.path[0] ?? ''), detail: issue?.message ?? 'invalid' });
  }
  return parsed.data;
}

/** Parses URL parameters with `schema` (blank = absent, first value of a repeated one). */
export function parseUrlQuery<S extends z.ZodType>(schema: S, input: UrlQueryInput): z.output<S> {
  return parseWith(schema, firstValues(input));
}

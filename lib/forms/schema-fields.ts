// Zod field builders shared by the staff forms' schemas (policies, measures). Messages are issue
// codes, translated per request by each form's error namespace. Pure.
import { z } from 'zod';
import { isIsoDate } from '../credit';

/** Required trimmed text of at most `max` characters: `required`, `tooLong` or `invalidValue`. */
export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidValue') })
    .trim()
    .min(1, 'required')
    .max(max, 'tooLong');

/** Optional trimmed text; blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'invalidValue' })
    .trim()
    .max(max, 'tooLong')
    .transform((s) => (s === '' ? null : s))
    .nullish()
    .transform((s) => s ?? null);

/** A required YYYY-MM-DD date: `required` or `invalidDate`. */
export const isoDate = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalidDate') })
  .trim()
  .min(1, 'required')
  .refine(isIsoDate, 'invalidDate');

/** An optional YYYY-MM-DD date; blank becomes null. */
export const optionalDate = z
  .string({ error: 'invalidDate' })
  .trim()
  .transform((s) => (s === '' ? null : s))
  .nullish()
  .transform((s) => s ?? null)
  .refine((s) => s === null || isIsoDate(s), 'invalidDate');

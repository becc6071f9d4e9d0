// The filters of GET /api/v1/measures: whom the measures apply to (a level, a list) and their kind.
// The list may be named by its record kind (serious_illegal_listing) or its page slug (serious-illegal).
import { z } from 'zod';
import { MEASURE_KINDS, isMeasureInForce, type MeasureScope } from '../domain/measures';
import { CREDIT_LEVELS, LISTING_KINDS, LIST_SLUGS, type CreditLevel, type ListingKind } from '../domain/vocabulary';
import { AppError } from '../errors';
import { LIST_KINDS, isListSlug } from '../lists/list-definitions';

export const measureQuerySchema = z.object({
  level: z.enum(CREDIT_LEVELS, { error: 'green, yellow, red or black' }).optional(),
  list: z.enum([...LISTING_KINDS, ...LIST_SLUGS], { error: 'a list kind (serious_illegal_listing …) or a list slug (serious-illegal …)' }).optional(),
  kind: z.enum(MEASURE_KINDS, { error: 'incentive or punitive' }).optional(),
});

export interface MeasureQuery {
  level?: CreditLevel;
  /** The record kinds of the list asked for; absent = any. */
  listKinds?: readonly ListingKind[];
  kind?: MeasureScope['kind'];
}

/** Parses the filters (blank = absent); AppError bad_parameter names the first bad one. */
export function parseMeasureQuery(params: URLSearchParams): MeasureQuery {
  const raw = Object.fromEntries([...params.entries()].filter(([key, v]) => v !== '' && key in measureQuerySchema.shape));
  const parsed = measureQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_parameter', { param: String(issue?.path[0] ?? ''), detail: issue?.message ?? 'invalid' });
  }
  const { level, list, kind } = parsed.data;
  const listKinds = list === undefined ? undefined : isListSlug(list) ? LIST_KINDS[list] : [list as ListingKind];
  return { level, listKinds, kind };
}

/**
 * The measures in force on `today` that match the query: of the kind asked, and naming the level
 * or one of the list's kinds (with both, either, as for a firm of that level on that list).
 */
export function filterMeasures<T extends MeasureScope>(catalogue: readonly T[], query: MeasureQuery, today: string): T[] {
  return catalogue.filter((m) => {
    if (!isMeasureInForce(m, today)) return false;
    if (query.kind !== undefined && m.kind !== query.kind) return false;
    if (query.level === undefined && query.listKinds === undefined) return true;
    const byLevel = query.level !== undefined && m.levels.includes(query.level);
    const byList = query.listKinds !== undefined && m.listKinds.some((k) => query.listKinds!.includes(k));
    return byLevel || byList;
  });
}

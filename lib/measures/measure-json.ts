// A measure as GET /api/v1/measures answers it, in the request's language.
import type { Locale } from '../domain/vocabulary';
import type { MeasureRow } from '../db/queries/measures';
import { legalBasisIn } from './localize-measure';

/** The public JSON of one measure; `anchor` is its place in the catalogue page. */
export function measureJson(m: MeasureRow, locale: Locale, origin: string) {
  return {
    code: m.code,
    kind: m.kind,
    levels: m.levels,
    lists: m.listKinds,
    title: m.title[locale],
    description: m.description[locale],
    legalBasis: legalBasisIn(m, locale),
    department: m.department === null ? null : { code: m.department.code, name: m.department[locale] },
    effectiveFrom: m.effectiveFrom,
    effectiveTo: m.effectiveTo,
    excludesSupport: m.excludesSupport,
    version: m.version,
    updatedAt: m.updatedAt,
    url: `${origin}/${locale}/measures#${m.code}`,
  };
}

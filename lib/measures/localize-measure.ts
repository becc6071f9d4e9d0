// A measure in one language: what the page, the API and the report print.
import type { Locale } from '../domain/vocabulary';
import type { MeasureRow } from '../db/queries/measures';

/** The legal basis as cited in a locale (both Chinese locales cite the notices in their original wording). */
export function legalBasisIn(measure: Pick<MeasureRow, 'legalBasis'>, locale: Locale): string {
  return locale === 'en' ? measure.legalBasis.en : measure.legalBasis.zh;
}

/** The implementing department's name in a locale; null when every department implements it. */
export function departmentIn(measure: Pick<MeasureRow, 'department'>, locale: Locale): string | null {
  return measure.department === null ? null : measure.department[locale];
}

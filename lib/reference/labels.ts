// Labels of reference codes (districts, industries) in each locale, and the filters' options; unknown codes show as-is.
import type { Locale } from '../domain/vocabulary';
import { DISTRICT_BY_CODE, JINAN_DISTRICTS } from './districts';
import { INDUSTRIES, INDUSTRY_BY_CODE } from './industries';

/** The name of a GB/T 2260 division in a locale. */
export function districtName(code: string, locale: Locale): string {
  return DISTRICT_BY_CODE.get(code)?.name[locale] ?? code;
}

/** The name of a GB/T 4754 industry division in a locale. */
export function industryName(code: string, locale: Locale): string {
  const industry = INDUSTRY_BY_CODE.get(code);
  return industry ? `${industry.name[locale]}（${code}）` : code;
}

/** One option of a filter's <select>: a code and its label. */
export interface ReferenceOption {
  value: string;
  label: string;
}

/** The city's districts as filter options, named in a locale. */
export function districtOptions(locale: Locale): ReferenceOption[] {
  return JINAN_DISTRICTS.map((d) => ({ value: d.code, label: d.name[locale] }));
}

/** The industry divisions as filter options, named in a locale with their code. */
export function industryOptions(locale: Locale): ReferenceOption[] {
  return INDUSTRIES.map((i) => ({ value: i.code, label: `${i.name[locale]}（${i.code}）` }));
}

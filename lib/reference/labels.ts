// Labels of reference codes (districts, industries) in each locale; unknown codes show as-is.
import type { Locale } from '../domain/vocabulary';
import { DISTRICT_BY_CODE } from './districts';
import { INDUSTRY_BY_CODE } from './industries';

/** The name of a GB/T 2260 division in a locale. */
export function districtName(code: string, locale: Locale): string {
  return DISTRICT_BY_CODE.get(code)?.name[locale] ?? code;
}

/** The name of a GB/T 4754 industry division in a locale. */
export function industryName(code: string, locale: Locale): string {
  const industry = INDUSTRY_BY_CODE.get(code);
  return industry ? `${industry.name[locale]}（${code}）` : code;
}

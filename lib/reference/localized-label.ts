// A label in every locale of the site, and how to read it.
import type { Locale } from '../domain/vocabulary';

/** A label in every locale of the site. */
export interface LocalizedLabel {
  'zh-CN': string;
  'zh-TW': string;
  en: string;
}

/** The label of a district, industry or department in a locale. */
export function labelIn(label: LocalizedLabel, locale: Locale): string {
  return label[locale];
}

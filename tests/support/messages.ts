// The UI messages for test support code that Playwright loads: its ESM loader refuses the bare JSON
// imports of lib/i18n/messages/index.ts (Next and Vitest accept them), so this reads the same files
// through require, merged in the same order. tests/unit/i18n-messages.test.ts keeps the two equal.
import { createRequire } from 'node:module';
import { createTranslator } from 'next-intl';
import { LOCALES, type Locale } from '../../lib/domain/vocabulary';
import { deepMerge, type MessageTree } from '../../lib/i18n/messages/merge';

export type { MessageTree };

const require = createRequire(import.meta.url);
/** The core file, then each area's, in lib/i18n/messages/index.ts's order. */
const AREAS = [
  '',
  'intake/',
  'objections/',
  'admin/',
  'policies/',
  'reports/',
  'measures/',
  'network/',
  'rule-sets/',
  'complaints/',
  'catalogue/',
  'dual-publicity/',
  'inspections/',
  'commitments/',
  'errors/',
  'fallback/',
];

export const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    AREAS.reduce<MessageTree>((acc, area) => deepMerge(acc, require(`../../lib/i18n/messages/${area}${locale}.json`) as MessageTree), {}),
  ]),
) as Record<Locale, MessageTree>;

/** As lib/i18n/messages' translator. */
export function translator(locale: Locale, namespace: string): (key: string, values?: Record<string, string | number | Date>) => string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number | Date>) => string)(key, values);
}

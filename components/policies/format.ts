// Formatting helpers of the policies area (dates, amounts, reasons), locale-aware, no data access.
import type { MatchReason } from '@/lib/domain/policies';
import type { Locale } from '@/lib/domain/vocabulary';
import { districtName, industryName } from '@/lib/reference/labels';
import { INDUSTRY_SECTIONS } from '@/lib/reference/industries';
import { formatMediumDate, formatYuanAmount } from '@/components/entity/format';

/** A calendar date in the locale's medium style. */
export function formatDay(iso: string, locale: Locale): string {
  return formatMediumDate(iso, locale);
}

/** An amount in yuan. */
export function formatYuan(amount: number, locale: Locale): string {
  return formatYuanAmount(amount, locale);
}

/** An industry code (division F52 or section F) in words. */
export function industryLabel(code: string, locale: Locale): string {
  if (code.length === 1) return INDUSTRY_SECTIONS.get(code)?.[locale] ?? code;
  return industryName(code, locale);
}

/** The value a reason refers to, in words (size labels come from the caller's translations). */
export function reasonValue(reason: MatchReason, locale: Locale, sizeLabel: (size: string) => string): string {
  if (!reason.value) return '';
  if (reason.dimension === 'size') return sizeLabel(reason.value);
  if (reason.dimension === 'industry') return industryLabel(reason.value, locale);
  return districtName(reason.value, locale);
}

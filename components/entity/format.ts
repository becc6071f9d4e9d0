// Date and amount formatting for 'YYYY-MM-DD' calendar dates (no time zone drift: noon in Shanghai)
// and yuan amounts. Intl formatters are costly to build (tens of microseconds each, a few percent
// of a profile's render when built per date): one per locale and style, kept for the process.
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00+08:00`);
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** A calendar date in the locale's medium style ("2026年12月3日", "Dec 3, 2026"). */
export function formatMediumDate(iso: string, locale: string): string {
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' })).format(calendarDate(iso));
}

/** An amount in yuan, with up to two decimals. */
export function formatYuanAmount(amount: number, locale: string): string {
  return cached(
    `cny:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2, minimumFractionDigits: 0 }),
  ).format(amount);
}

/** A whole number with the locale's grouping. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale));
}

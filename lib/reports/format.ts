// Dates and times as the report and the verify page print them (Asia/Shanghai, the locale's words).
import type { Locale } from '../domain/vocabulary';

const TIME_ZONE = 'Asia/Shanghai';
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar date 'YYYY-MM-DD' in words ("15 March 2026", "2026年3月15日"); noon in Shanghai, so no day drift. */
export function formatCalendarDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE })));
  return format.format(new Date(`${iso}T12:00:00+08:00`));
}

/** An instant (ISO 8601) as a date and time in Shanghai, with the zone named. */
export function formatInstant(iso: string, locale: Locale): string {
  let format = timeFormats.get(locale);
  if (!format)
    timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: TIME_ZONE, hour12: false })));
  return format.format(new Date(iso));
}

// Calendar dates as day numbers (days since 1970-01-01, UTC) for fast generation; ISO strings on output.

const MS_PER_DAY = 86_400_000;
const isoCache: string[] = [];

/** The day number of an ISO date 'YYYY-MM-DD'. */
export function dayOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Invalid ISO date: ${JSON.stringify(isoDate)}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

/** The ISO date 'YYYY-MM-DD' of a day number (memoised: the generator formats the same days often). */
export function isoOf(day: number): string {
  const cached = day >= 0 ? isoCache[day] : undefined;
  if (cached !== undefined) return cached;
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (day >= 0 && day < 100_000) isoCache[day] = iso;
  return iso;
}

/** The calendar year of a day number. */
export function yearOf(day: number): number {
  return Number(isoOf(day).slice(0, 4));
}

/** Adds calendar months; the day of month is clamped to the target month's length (Jan 31 + 1 → Feb 28/29). */
export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / MS_PER_DAY);
}

/** The first day of the month containing the day. */
export function monthStartOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY);
}

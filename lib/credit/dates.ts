// Pure ISO date ('YYYY-MM-DD') arithmetic in UTC; no local time zone is ever involved.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parse(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`Invalid ISO date (expected YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid ISO date (no such day): ${JSON.stringify(isoDate)}`);
  }
  return { year, month, day };
}

/** Whether the string is a real calendar date in 'YYYY-MM-DD' form, year 0001 or later (PostgreSQL has no year 0). */
export function isIsoDate(value: string): boolean {
  if (value.startsWith('0000')) return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws a clear Error unless the string is a real calendar date in 'YYYY-MM-DD' form. */
export function assertIsoDate(value: string): void {
  parse(value);
}

/** Shifts a date by whole years; Feb 29 becomes Feb 28 when the target year is not leap. */
export function addYears(isoDate: string, years: number): string {
  const { year, month, day } = parse(isoDate);
  const targetYear = year + years;
  const targetDay = month === 2 && day === 29 && !isLeapYear(targetYear) ? 28 : day;
  return format(targetYear, month, targetDay);
}

/** Goes back whole years; Feb 29 becomes Feb 28 when the target year is not leap. */
export function subtractYears(isoDate: string, years: number): string {
  return addYears(isoDate, -years);
}

/** Shifts a date by whole days (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  const { year, month, day } = parse(isoDate);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

// Date formatting for 'YYYY-MM-DD' calendar dates (no time zone drift: noon in Shanghai).
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00+08:00`);
}

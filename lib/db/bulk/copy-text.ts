// PostgreSQL COPY text format (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format"):
// the fields and rows of bulk loads, shared by the seeder and the intake staging table.

const NEEDS_COPY_ESCAPE = /[\\\t\n\r]/;
const COPY_ESCAPES = /[\\\t\n\r]/g;
const COPY_ESCAPE_OF: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes a string for one field of COPY text format: backslash, tab, newline and carriage return. */
export function escapeCopyText(value: string): string {
  return NEEDS_COPY_ESCAPE.test(value) ? value.replace(COPY_ESCAPES, (char) => COPY_ESCAPE_OF[char] ?? char) : value;
}

/** One COPY field: \N for null, t/f for booleans, numbers as written, strings escaped. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return escapeCopyText(value);
}

/** A text[] field: every element quoted ('{"a","b"}'), quotes and backslashes escaped, then COPY-escaped. */
export function copyTextArray(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  const literal = `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
  return escapeCopyText(literal);
}

/** A jsonb field: JSON text, COPY-escaped (JSON's own backslashes are doubled). */
export function copyJson(value: unknown): string {
  return escapeCopyText(JSON.stringify(value));
}

/** One COPY text row (tab-separated fields, newline-terminated). */
export function copyRow(fields: readonly string[]): string {
  return `${fields.join('\t')}\n`;
}

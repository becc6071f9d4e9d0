// Text PostgreSQL can store: its `text` and `jsonb` types refuse U+0000, and a lone UTF-16
// surrogate (which JSON can carry as "\ud800") has no UTF-8 form. Either would reach the database
// as an error (a 500) unless input is checked first. Pure.

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the string as text. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * The path (`records[3].title`) of the first string or object key in a parsed JSON value that
 * PostgreSQL cannot store, or null when there is none.
 */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (!isStorableText(key)) return path;
      const found = findUnstorableText(child, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A name a client chose (an uploaded file's) made storable and short: control characters (U+0000
 * included) dropped, lone surrogates replaced by U+FFFD, cut to `max` code points (never inside a
 * surrogate pair), `fallback` when nothing is left.
 */
export function toStorableName(value: string, max: number, fallback: string): string {
  const cleaned = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/[\u0000-\u001f\u007f]/g, '');
  const cut = Array.from(cleaned).slice(0, max).join('');
  return cut.trim() === '' ? fallback : cut;
}

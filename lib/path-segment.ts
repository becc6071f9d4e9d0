// Route parameters as Next passes them may still hold percent-encoding (`%25E0` arrives as `%E0`):
// decoding them must never throw, or a typo in a link becomes a 500.

/** The segment with its percent-encoding decoded, or null when that encoding is malformed. */
export function decodePathSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

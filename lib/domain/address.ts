// Registered addresses compared as the register writes them, give or take typing: the same
// address typed with full-width digits, extra spaces or the traditional 號 must match, but a
// different room (…1201室 against …1202室) is a different address, so nothing is dropped.
// The SQL function normalize_address (migration 0015) does exactly this; an integration test
// (tests/integration/network.test.ts) holds the two to the same answers.

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, folded to half-width. */
function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * The comparison key of a registered address: full-width → half-width, every whitespace
 * removed, 號 → 号, Latin letters upper-cased (A座 = a座). Trailing room numbers are kept.
 */
export function normalizeAddress(address: string): string {
  // ASCII letters only, as SQL upper() does under the database's C ctype.
  return toHalfWidth(address)
    .replace(/\s+/g, '')
    .replaceAll('號', '号')
    .replace(/[a-z]/g, (c) => c.toUpperCase());
}

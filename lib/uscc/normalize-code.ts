// Normalisation of user-entered codes (USCC, registration number, organisation code).

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const WHITESPACE = /[\s\u3000]+/g;

/** Trim, convert full-width ASCII to half-width, remove all whitespace and uppercase. */
export function normalizeCode(input: string): string {
  return input
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(WHITESPACE, '')
    .toUpperCase();
}

// Report numbers and verification codes (pure). A number is the issue date (China Standard Time)
// and 16 random Crockford base32 characters (80 bits): unguessable, so a report's page can be
// public without listing every firm's reports. The verification code (6 characters, 30 bits) is
// printed beside it; the verify form asks for both, so a mistyped number is not taken for another.
import { randomBytes } from 'node:crypto';

/** Crockford's base32: digits and capitals without I, L, O and U. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const RANDOM_LENGTH = 16;
const CODE_LENGTH = 6;
const REPORT_NO = /^(\d{8})-([0-9A-HJKMNP-TV-Z]{16})$/;
const CODE = /^[0-9A-HJKMNP-TV-Z]{6}$/;

/** `length` random Crockford characters (5 bits each, from fresh random bytes). */
function randomCrockford(length: number): string {
  const bytes = randomBytes(Math.ceil((length * 5) / 8));
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      bits -= 5;
      out += CROCKFORD_ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** A new report number, e.g. `20260315-7K3M9Q2XH4B8N6TD`, dated `issuedAt` in China Standard Time. */
export function newReportNo(issuedAt: Date): string {
  const date = new Date(issuedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `${date}-${randomCrockford(RANDOM_LENGTH)}`;
}

/** A new six-character verification code. */
export function newVerificationCode(): string {
  return randomCrockford(CODE_LENGTH);
}

/** Crockford decoding of what a person typed: upper case, no spaces, O → 0, I and L → 1. */
function normalizeTyped(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00a0]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The report number in `input` as issued, or null when it cannot be one. */
export function parseReportNo(input: string): string | null {
  const typed = normalizeTyped(input.slice(0, 64)).replace(/[‐-―−]/g, '-');
  const match = REPORT_NO.exec(typed) ?? REPORT_NO.exec(`${typed.slice(0, 8)}-${typed.slice(8)}`);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** The verification code in `input` as issued, or null when it cannot be one. */
export function parseVerificationCode(input: string): string | null {
  const typed = normalizeTyped(input.slice(0, 32));
  return CODE.test(typed) ? typed : null;
}

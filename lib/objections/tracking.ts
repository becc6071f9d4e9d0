// Tracking numbers and access codes of objections and repair requests.
import { createHmac, randomInt } from 'node:crypto';
import type { ApplicationKind } from '../domain/objections';

// Crockford base32: no I, L, O, U, so a code read aloud or typed from paper is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Weighted sum mod 32 with odd weights: an odd weight times a difference of 1..31 is never 0 mod 32,
 * so every single mistyped character is caught (and many swaps).
 */
function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += ALPHABET.indexOf(body[i]!) * (2 * i + 1);
  return ALPHABET[sum % 32]!;
}

/**
 * `YY` (异议) or `XF` (修复) + the date + 7 random characters (32^7 ≈ 3.4e10 a day, so numbers
 * cannot be enumerated) + a check character, e.g. YY20261122K7M2QXA4. The access code, not this
 * number, is the secret; the check character lets the status page reject a typo at once.
 */
export function newTrackingNo(kind: ApplicationKind, today: string): string {
  let random = '';
  for (let i = 0; i < 7; i += 1) random += ALPHABET[randomInt(ALPHABET.length)];
  const body = `${today.replaceAll('-', '')}${random}`;
  return `${kind === 'objection' ? 'YY' : 'XF'}${body}${checkChar(body)}`;
}

export const TRACKING_NO_PATTERN = /^(YY|XF)\d{8}[0-9A-HJKMNP-TV-Z]{8}$/;

/** Well-formed and its check character matches. */
export function isValidTrackingNo(value: string): boolean {
  return TRACKING_NO_PATTERN.test(value) && checkChar(value.slice(2, -1)) === value.slice(-1);
}

/**
 * The access code of a submission: an HMAC of `binding` (the form instance, the submitting
 * browser's id and the content, lib/objections/submit-application.ts), so a true repeat of the
 * same submission can show the same code again; only its argon2 hash is stored. 10 characters,
 * shown as two groups of five.
 */
export function accessCodeFor(secret: string, binding: string): string {
  const digest = createHmac('sha256', secret).update(`access-code:${binding}`).digest();
  let code = '';
  for (let i = 0; i < 10; i += 1) code += ALPHABET[digest[i]! % 32];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what people type: any case, spaces or dashes, O for 0, I/L for 1. */
export function normalizeAccessCode(input: string): string {
  const clean = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.length === 10 ? `${clean.slice(0, 5)}-${clean.slice(5)}` : clean;
}

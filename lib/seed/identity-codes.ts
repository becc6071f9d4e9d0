// Collision-free identity codes for the seed: organisation-code bodies and old registration numbers
// come from keyed bijections of the entity index, so two indices never share a code.
import { USCC_ALPHABET, computeRegNoCheckDigit, usccCharValue } from '../uscc';
import { hash32 } from './random';

const BASE31_SPACE_6 = 31 ** 6; // 887,503,681 'MA'-style bodies
const DECIMAL_SPACE_8 = 100_000_000; // 8-digit numeric bodies and registration-number serials

/** The largest entity count the codes stay unique for (the 8-digit spaces). */
export const MAX_SEED_ENTITIES = DECIMAL_SPACE_8;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * A keyed bijection of [0, space) onto itself: an affine step (multiplier below 2^20 so the product
 * stays an exact double) followed by two carry passes over the base-`radix` digits, which are
 * invertible and spread neighbouring indices over every digit.
 */
export function permuteIndex(index: number, space: number, radix: number, digits: number, key: number): number[] {
  if (!Number.isInteger(index) || index < 0 || index >= space) {
    throw new RangeError(`index ${index} is outside 0..${space - 1}`);
  }
  let multiplier = (hash32(key, 1) % 0xf_0000) + 0x1_0001;
  while (gcd(multiplier, space) !== 1) multiplier += 1;
  const offset = hash32(key, 2) % space;
  let value = (((multiplier * index) % space) + offset) % space;
  const out: number[] = new Array<number>(digits);
  for (let k = 0; k < digits; k += 1) {
    out[k] = value % radix;
    value = Math.floor(value / radix);
  }
  const salt = hash32(key, 3);
  for (let k = 1; k < digits; k += 1) {
    out[k] = ((out[k] as number) + (out[k - 1] as number) + ((salt >>> k) & 7)) % radix;
  }
  for (let k = digits - 2; k >= 0; k -= 1) {
    out[k] = ((out[k] as number) + (out[k + 1] as number)) % radix;
  }
  return out;
}

/** An organisation-code body: 'MA'/'MJ' + 6 symbols for codes issued since 2015, 8 digits for older ones. */
export function orgCodeBodyOf(index: number, seed: number, style: 'MA' | 'MJ' | 'numeric'): string {
  if (style === 'numeric') {
    return permuteIndex(index, DECIMAL_SPACE_8, 10, 8, hash32(seed, 0x0c0de)).join('');
  }
  const digits = permuteIndex(index, BASE31_SPACE_6, 31, 6, hash32(seed, 0xb0d1));
  return style + digits.map((d) => USCC_ALPHABET.charAt(d)).join('');
}

/** A 15-digit registration number (注册号): authority code + 8-digit serial + MOD 11,10 check digit. */
export function regNoOf(index: number, seed: number, authorityCode: string): string {
  const serial = permuteIndex(index, DECIMAL_SPACE_8, 10, 8, hash32(seed, 0x4e90)).join('');
  const first14 = `${authorityCode}${serial}`;
  return first14 + computeRegNoCheckDigit(first14);
}

/**
 * Whether the index gets a genuine-style legacy code whose check character fails: 1 in 1,000 among
 * the first 3,000 indices (so every seed of 3,000 or more has three), then 1 in 2,000.
 */
export function isLegacyCodeIndex(index: number): boolean {
  return index < 3_000 ? index % 1_000 === 137 : index % 2_000 === 137;
}

/** A USCC with a wrong final check character, as some early pilot codes have. */
export function breakCheckChar(uscc: string): string {
  const value = usccCharValue(uscc.charAt(17)) ?? 0;
  return uscc.slice(0, 17) + USCC_ALPHABET.charAt((value + 1 + (value % 7)) % 31);
}

// GB 32100-2015 unified social credit code (USCC): alphabet and weights.

/** The 31 USCC symbols in value order (no I, O, S, V, Z). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Length of a USCC. */
export const USCC_LENGTH = 18;

/** Modulus of the USCC check character (the alphabet size). */
export const USCC_MODULUS = 31;

/** Weights of positions 1-17 for the USCC check character: 3^(i-1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Weights of the 8 body characters of a GB 11714 organisation code. */
export const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration department codes allowed at position 1 (9 market regulation, 1 机构编制, 5 民政, Y other). */
export const USCC_DEPARTMENTS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'Y'];

const USCC_VALUES: ReadonlyMap<string, number> = new Map([...USCC_ALPHABET].map((char, index) => [char, index] as const));

/** Value of a USCC symbol (its index in the alphabet), or undefined when not a USCC symbol. */
export function usccCharValue(char: string): number | undefined {
  return USCC_VALUES.get(char);
}

/** USCC symbol for a value 0-30, or undefined when out of range. */
export function usccCharForValue(value: number): string | undefined {
  return Number.isInteger(value) ? USCC_ALPHABET[value] : undefined;
}

/** Value of an organisation code character (0-9 as digits, A=10 .. Z=35), or undefined. */
export function orgCodeCharValue(char: string): number | undefined {
  if (char.length !== 1) return undefined;
  if (char >= '0' && char <= '9') return char.charCodeAt(0) - 48;
  if (char >= 'A' && char <= 'Z') return char.charCodeAt(0) - 55;
  return undefined;
}

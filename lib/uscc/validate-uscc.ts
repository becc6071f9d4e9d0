// Validation of GB 32100-2015 unified social credit codes.
import { ORG_CODE_WEIGHTS, USCC_LENGTH, USCC_MODULUS, USCC_WEIGHTS, orgCodeCharValue, usccCharForValue, usccCharValue } from './alphabet';
import { normalizeCode } from './normalize-code';
import { isPersonalIdNumber } from './personal-id';

/**
 * A problem found in a USCC: empty, length, charset and personal_id (the code is a natural person's
 * GB 11643 ID number) are hard; checksum and org_code_check are soft.
 */
export type UsccIssue = 'empty' | 'length' | 'charset' | 'personal_id' | 'checksum' | 'org_code_check';

/** Result of validating a USCC; `code` is always the normalised input. */
export type UsccValidation = { ok: true; code: string; warnings: UsccIssue[] } | { ok: false; code: string; error: UsccIssue; position?: number };

const WELL_FORMED_USCC = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/** Whether the normalised input is 18 characters from the USCC alphabet (checksums not checked). */
export function isWellFormedUscc(s: string): boolean {
  return WELL_FORMED_USCC.test(normalizeCode(s));
}

/** Check character (position 18) for the first 17 USCC characters; throws RangeError on bad input. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) {
    throw new RangeError(`Expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    const value = usccCharValue(first17.charAt(i));
    const weight = USCC_WEIGHTS[i];
    if (value === undefined || weight === undefined) {
      throw new RangeError(`Invalid USCC character at position ${i + 1}`);
    }
    sum += value * weight;
  }
  const check = (USCC_MODULUS - (sum % USCC_MODULUS)) % USCC_MODULUS;
  const char = usccCharForValue(check);
  if (char === undefined) throw new RangeError('Unreachable check value');
  return char;
}

/** GB 11714 check character for an 8-character organisation code body ([0-9A-Z]); throws RangeError on bad input. */
export function computeOrgCodeCheckChar(first8: string): string {
  if (first8.length !== ORG_CODE_WEIGHTS.length) {
    throw new RangeError(`Expected 8 characters, got ${first8.length}`);
  }
  let sum = 0;
  for (let i = 0; i < first8.length; i += 1) {
    const value = orgCodeCharValue(first8.charAt(i));
    const weight = ORG_CODE_WEIGHTS[i];
    if (value === undefined || weight === undefined) {
      throw new RangeError(`Invalid organisation code character at position ${i + 1}`);
    }
    sum += value * weight;
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Validate a USCC: hard errors reject, checksum problems only warn (early pilot codes fail them). */
export function validateUscc(input: string): UsccValidation {
  const code = normalizeCode(input);
  if (code.length === 0) return { ok: false, code, error: 'empty' };
  if (code.length !== USCC_LENGTH) return { ok: false, code, error: 'length' };
  for (let i = 0; i < code.length; i += 1) {
    if (usccCharValue(code.charAt(i)) === undefined) {
      return { ok: false, code, error: 'charset', position: i + 1 };
    }
  }
  // An 18-digit ID number fits the USCC alphabet and would pass as an early pilot code with a bad
  // checksum; it is never a firm's code, so it is refused whatever its USCC checksum says.
  if (isPersonalIdNumber(code)) return { ok: false, code, error: 'personal_id' };
  const warnings: UsccIssue[] = [];
  if (computeUsccCheckChar(code.slice(0, 17)) !== code.charAt(17)) warnings.push('checksum');
  if (computeOrgCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) warnings.push('org_code_check');
  return { ok: true, code, warnings };
}

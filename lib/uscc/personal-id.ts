// Natural persons' resident identity numbers (GB 11643-1999): the site must never store or publish
// one (DOMAIN.md, Privacy), so intake items and staff forms are checked for them before anything is
// saved, and an 18-character code that is an ID number is never taken for a USCC or tax number.
// Pure.
//
// 18-digit form: 6-digit division code, birth date YYYYMMDD, 3-digit sequence, and an ISO 7064
// MOD 11-2 check character (0-9 or X). 15-digit form (issued before 1999): division code, birth
// date YYMMDD (19YY), 3-digit sequence, no check digit. Division codes start with 1-8 (GB/T 2260
// provinces), which also keeps every USCC of a market-regulation firm (first character 9) out.
import { isValidRegNoChecksum } from './reg-no';

/** ISO 7064 MOD 11-2 weights of the first 17 digits (2^(18-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for (Σ digit·weight) mod 11. */
const CHECK_CHARS = '10X98765432';

/** Earliest birth year an ID number can carry (the oldest living holders). */
const EARLIEST_BIRTH_YEAR = 1880;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The ISO 7064 MOD 11-2 check character of 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Whether `value` (exactly; case of the X ignored) is a natural person's ID number: 18 digits with a
 * real birth date (not after `today`, YYYY-MM-DD, when given) and a correct check character, or the
 * 15-digit old form with a real 19YY birth date.
 */
export function isPersonalIdNumber(value: string, today?: string): boolean {
  const v = value.toUpperCase();
  if (!/^[1-8]\d{5}(?:\d{11}[\dX]|\d{9})$/.test(v)) return false;
  const long = v.length === 18;
  const birth = long ? v.slice(6, 14) : `19${v.slice(6, 12)}`;
  const year = Number(birth.slice(0, 4));
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, Number(birth.slice(4, 6)), Number(birth.slice(6, 8)))) return false;
  if (today && `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}` > today) return false;
  return !long || idCheckChar(v.slice(0, 17)) === v.charAt(17);
}

// A run of 15 or 18 characters that is not part of a longer run of digits or Latin letters (a
// longer document number, a USCC's letters around it). Full-width digits are folded first.
const CANDIDATE = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** Folds full-width digits and Ｘ to ASCII (people paste ID numbers typed in a Chinese IME). */
function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Whether a free text contains a natural person's ID number anywhere (alone or inside other text).
 * A 15-digit run that carries a valid 注册号 check digit (GB/T 17107) is read as the registration
 * number a penalty decision quotes, not as an old ID number (which has no check digit to tell them
 * apart); 18-digit numbers are told apart by their own check character.
 */
export function containsPersonalIdNumber(text: string): boolean {
  if (text.length < 15) return false;
  for (const match of foldWidth(text).matchAll(CANDIDATE)) {
    const candidate = match[1]!;
    if (isPersonalIdNumber(candidate) && !(candidate.length === 15 && isValidRegNoChecksum(candidate))) return true;
  }
  return false;
}

/**
 * Code fields with formats of their own that a 15-digit old ID number could collide with (a 注册号,
 * an organisation code, a 15-character tax number): not scanned; their schemas refuse an 18-digit
 * ID number themselves. A USCC is scanned (an ID number there is refused by name).
 */
export const CODE_FIELDS: readonly string[] = ['regNo', 'orgCode', 'taxNo'];

/**
 * The names of the string fields of a parsed item or form (top level, and strings inside arrays)
 * that contain an ID number, in the object's order; `skip` names fields not to look at.
 */
export function fieldsWithPersonalIdNumber(values: Record<string, unknown>, skip: readonly string[] = CODE_FIELDS): string[] {
  const found: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (skip.includes(field)) continue;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    if (texts.some(containsPersonalIdNumber)) found.push(field);
  }
  return found;
}

// Old 15-digit business registration numbers (注册号), check digit per GB/T 17107 (ISO 7064 MOD 11,10).

const FOURTEEN_DIGITS = /^\d{14}$/;
const FIFTEEN_DIGITS = /^\d{15}$/;

function mod1110Product(digits: string): number {
  let p = 10;
  for (const char of digits) {
    const s = (p % 11) + Number(char);
    p = (s % 10 || 10) * 2;
  }
  return p;
}

/** ISO 7064 MOD 11,10 check digit for the first 14 digits of a registration number; throws RangeError on bad input. */
export function computeRegNoCheckDigit(first14: string): string {
  if (!FOURTEEN_DIGITS.test(first14)) throw new RangeError('Expected 14 digits');
  return String((11 - (mod1110Product(first14) % 11)) % 10);
}

/** Whether a 15-digit registration number carries a valid ISO 7064 MOD 11,10 check digit. */
export function isValidRegNoChecksum(regNo: string): boolean {
  if (!FIFTEEN_DIGITS.test(regNo)) return false;
  const p = mod1110Product(regNo.slice(0, 14));
  return ((p % 11) + Number(regNo.charAt(14))) % 10 === 1;
}

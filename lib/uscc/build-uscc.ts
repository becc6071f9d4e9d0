// Construction of valid USCCs from their parts (seed data and tests).
import { usccCharValue } from './alphabet';
import { computeOrgCodeCheckChar, computeUsccCheckChar } from './validate-uscc';

/** Parts of a USCC before check characters: department (1), category (1), division (6 digits), org code body (8). */
export type UsccParts = {
  department: string;
  category: string;
  divisionCode: string;
  orgCodeBody: string;
};

function assertUsccChars(value: string, length: number, label: string): void {
  if (value.length !== length || [...value].some((char) => usccCharValue(char) === undefined)) {
    throw new RangeError(`${label} must be ${length} USCC character(s), got "${value}"`);
  }
}

/** Build an 18-character USCC with a correct organisation code check digit and check character. */
export function buildUscc(parts: UsccParts): string {
  const department = parts.department.toUpperCase();
  const category = parts.category.toUpperCase();
  const orgCodeBody = parts.orgCodeBody.toUpperCase();
  assertUsccChars(department, 1, 'department');
  assertUsccChars(category, 1, 'category');
  if (!/^\d{6}$/.test(parts.divisionCode)) {
    throw new RangeError(`divisionCode must be 6 digits, got "${parts.divisionCode}"`);
  }
  assertUsccChars(orgCodeBody, 8, 'orgCodeBody');
  const first17 = `${department}${category}${parts.divisionCode}${orgCodeBody}${computeOrgCodeCheckChar(orgCodeBody)}`;
  return `${first17}${computeUsccCheckChar(first17)}`;
}

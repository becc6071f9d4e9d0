// Tell a USCC from an old registration number (注册号) and an organisation code.
import { normalizeCode } from './normalize-code';
import { isWellFormedUscc } from './validate-uscc';

/** Kind of identifier a user typed. */
export type CodeKind = 'uscc' | 'reg_no' | 'org_code' | 'unknown';

/** A classified, normalised code (organisation codes without their hyphen). */
export type ClassifiedCode = { kind: CodeKind; code: string };

const REG_NO = /^\d{15}$/;
const ORG_CODE = /^([0-9A-Z]{8})-?([0-9X])$/;

/** Classify a normalised code as USCC (18), registration number (15 digits), organisation code (8+1, optional hyphen) or unknown. */
export function classifyCode(input: string): ClassifiedCode {
  const code = normalizeCode(input);
  if (isWellFormedUscc(code)) return { kind: 'uscc', code };
  if (REG_NO.test(code)) return { kind: 'reg_no', code };
  const org = ORG_CODE.exec(code);
  if (org) return { kind: 'org_code', code: `${org[1] ?? ''}${org[2] ?? ''}` };
  return { kind: 'unknown', code };
}

// Pure GB 32100-2015 unified social credit code (USCC) utilities: public API.
export {
  ORG_CODE_WEIGHTS,
  USCC_ALPHABET,
  USCC_DEPARTMENTS,
  USCC_LENGTH,
  USCC_MODULUS,
  USCC_WEIGHTS,
  orgCodeCharValue,
  usccCharForValue,
  usccCharValue,
} from './alphabet';
export { normalizeCode } from './normalize-code';
export type { UsccIssue, UsccValidation } from './validate-uscc';
export {
  computeOrgCodeCheckChar,
  computeUsccCheckChar,
  isWellFormedUscc,
  validateUscc,
} from './validate-uscc';
export type { ClassifiedCode, CodeKind } from './classify-code';
export { classifyCode } from './classify-code';
export { computeRegNoCheckDigit, isValidRegNoChecksum } from './reg-no';
export type { UsccParts } from './build-uscc';
export { buildUscc } from './build-uscc';

import { describe, expect, it } from 'vitest';
import {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  buildUscc,
  classifyCode,
  computeOrgCodeCheckChar,
  computeRegNoCheckDigit,
  computeUsccCheckChar,
  isValidRegNoChecksum,
  isWellFormedUscc,
  normalizeCode,
  validateUscc,
} from '../../lib/uscc';

// Real, publicly published codes that pass both the USCC and the org code checks.
const REAL_VALID_CODES = ['91440300708461136T', '9144030071526726XG', '91330100716105852F', '914403001922038216', '91370000163044841F'];

/** Replace the character at a 1-based position. */
function replaceAt(code: string, position: number, char: string): string {
  return `${code.slice(0, position - 1)}${char}${code.slice(position)}`;
}

/** A different USCC alphabet symbol than the given one. */
function otherSymbol(char: string): string {
  return char === '0' ? '1' : '0';
}

/** Deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random: () => number, chars: string, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += chars.charAt(Math.floor(random() * chars.length));
  return out;
}

describe('alphabet', () => {
  it('has 31 symbols without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const banned of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(banned);
  });

  it('uses weights 3^(i-1) mod 31', () => {
    expect(USCC_WEIGHTS).toHaveLength(17);
    USCC_WEIGHTS.forEach((weight, i) => expect(weight).toBe(3 ** i % 31));
  });
});

describe('normalizeCode', () => {
  it('trims, removes whitespace including U+3000 and uppercases', () => {
    expect(normalizeCode('  9144 0300\t7084\u300061136t \n')).toBe('91440300708461136T');
  });

  it('converts full-width ASCII to half-width', () => {
    expect(normalizeCode('９１４４０３００７０８４６１１３６ｔ')).toBe('91440300708461136T');
    expect(normalizeCode('１２３４５６７８－Ｘ')).toBe('12345678-X');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeCode(' \u3000 ')).toBe('');
  });
});

describe('validateUscc', () => {
  it.each(REAL_VALID_CODES)('accepts the real code %s without warnings', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, code, warnings: [] });
  });

  it('matches the check characters of real codes', () => {
    for (const code of REAL_VALID_CODES) {
      expect(computeUsccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
      expect(computeOrgCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });

  it('normalises before validating', () => {
    const result = validateUscc(' ９１４４０３００７０８４６１１３６ｔ ');
    expect(result).toEqual({ ok: true, code: '91440300708461136T', warnings: [] });
  });

  it('rejects empty input', () => {
    expect(validateUscc('')).toEqual({ ok: false, code: '', error: 'empty' });
    expect(validateUscc(' \u3000\t')).toEqual({ ok: false, code: '', error: 'empty' });
  });

  it('rejects a wrong length', () => {
    expect(validateUscc('91440300708461136')).toMatchObject({ ok: false, error: 'length' });
    expect(validateUscc('91440300708461136T0')).toMatchObject({ ok: false, error: 'length' });
  });

  it.each(['I', 'O', 'S', 'V', 'Z', '-', '*', '中'])('rejects the forbidden character %s with its position', (bad) => {
    expect(validateUscc(replaceAt('91440300708461136T', 5, bad))).toMatchObject({
      ok: false,
      error: 'charset',
      position: 5,
    });
  });

  it('reports the first offending position', () => {
    expect(validateUscc('9144030070846113ZO')).toMatchObject({
      ok: false,
      error: 'charset',
      position: 17,
    });
    expect(validateUscc('O1440300708461136T')).toMatchObject({
      ok: false,
      error: 'charset',
      position: 1,
    });
  });

  it('warns (does not reject) on a wrong check character', () => {
    const code = replaceAt('91440300708461136T', 18, '0');
    expect(validateUscc(code)).toEqual({ ok: true, code, warnings: ['checksum'] });
  });

  it('warns on a wrong organisation code check digit', () => {
    // Change the org code check digit (position 17) and fix up position 18.
    const first17 = replaceAt('91440300708461136T', 17, '7').slice(0, 17);
    const code = `${first17}${computeUsccCheckChar(first17)}`;
    expect(validateUscc(code)).toEqual({ ok: true, code, warnings: ['org_code_check'] });
  });

  it('keeps a legacy pilot code that fails both checks, with warnings', () => {
    const legacy = '91110000100000589B';
    expect(validateUscc(legacy)).toEqual({
      ok: true,
      code: legacy,
      warnings: ['checksum', 'org_code_check'],
    });
  });

  it('detects any single-character substitution as a checksum warning', () => {
    for (const code of REAL_VALID_CODES) {
      for (let position = 1; position <= 17; position += 1) {
        const changed = replaceAt(code, position, otherSymbol(code.charAt(position - 1)));
        const result = validateUscc(changed);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.warnings).toContain('checksum');
      }
    }
  });
});

describe('isWellFormedUscc', () => {
  it('accepts 18 alphabet characters after normalising, checksum ignored', () => {
    expect(isWellFormedUscc('91440300708461136T')).toBe(true);
    expect(isWellFormedUscc(' 91440300708461136t ')).toBe(true);
    expect(isWellFormedUscc('914403007084611360')).toBe(true);
  });

  it('rejects bad length or characters', () => {
    expect(isWellFormedUscc('')).toBe(false);
    expect(isWellFormedUscc('91440300708461136')).toBe(false);
    expect(isWellFormedUscc('9144030070846113IT')).toBe(false);
    expect(isWellFormedUscc('../../etc/passwd00')).toBe(false);
  });
});

describe('check character computation', () => {
  it('throws on bad input', () => {
    expect(() => computeUsccCheckChar('123')).toThrow(RangeError);
    expect(() => computeUsccCheckChar('9144030070846113I')).toThrow(RangeError);
    expect(() => computeOrgCodeCheckChar('1234567')).toThrow(RangeError);
    expect(() => computeOrgCodeCheckChar('1234567-')).toThrow(RangeError);
  });

  it('maps org code remainders 10 to X and 11 to 0', () => {
    // 71526726 -> X (real code 9144030071526726XG).
    expect(computeOrgCodeCheckChar('71526726')).toBe('X');
    // 00000000 -> sum 0 -> 11 -> '0'.
    expect(computeOrgCodeCheckChar('00000000')).toBe('0');
  });

  it('values org code letters A=10..Z=35', () => {
    // 'Z' (35) at weight 3: 105 mod 11 = 6 -> 5.
    expect(computeOrgCodeCheckChar('Z0000000')).toBe('5');
  });
});

describe('buildUscc', () => {
  it('rebuilds real codes from their parts', () => {
    for (const code of REAL_VALID_CODES) {
      expect(
        buildUscc({
          department: code.charAt(0),
          category: code.charAt(1),
          divisionCode: code.slice(2, 8),
          orgCodeBody: code.slice(8, 16),
        }),
      ).toBe(code);
    }
  });

  it('round-trips many random inputs through validateUscc', () => {
    const random = rng(32100);
    for (let i = 0; i < 2000; i += 1) {
      const code = buildUscc({
        department: pick(random, '123456789ABCDEFGY', 1),
        category: pick(random, '123', 1),
        divisionCode: pick(random, '0123456789', 6),
        orgCodeBody: pick(random, USCC_ALPHABET, 8),
      });
      expect(code).toHaveLength(18);
      expect(isWellFormedUscc(code)).toBe(true);
      expect(validateUscc(code)).toEqual({ ok: true, code, warnings: [] });
      expect(classifyCode(code)).toEqual({ kind: 'uscc', code });
    }
  });

  it('rejects invalid parts', () => {
    const parts = { department: '9', category: '1', divisionCode: '440300', orgCodeBody: '70846113' };
    expect(() => buildUscc({ ...parts, department: '' })).toThrow(RangeError);
    expect(() => buildUscc({ ...parts, category: 'I' })).toThrow(RangeError);
    expect(() => buildUscc({ ...parts, divisionCode: '44030' })).toThrow(RangeError);
    expect(() => buildUscc({ ...parts, divisionCode: '44030A' })).toThrow(RangeError);
    expect(() => buildUscc({ ...parts, orgCodeBody: '7084611' })).toThrow(RangeError);
    expect(() => buildUscc({ ...parts, orgCodeBody: '7084611O' })).toThrow(RangeError);
  });
});

describe('registration numbers (注册号)', () => {
  it('computes a check digit that validates', () => {
    const first14 = '44030110000001';
    const regNo = `${first14}${computeRegNoCheckDigit(first14)}`;
    expect(isValidRegNoChecksum(regNo)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    const first14 = '44030110000001';
    const check = Number(computeRegNoCheckDigit(first14));
    expect(isValidRegNoChecksum(`${first14}${(check + 1) % 10}`)).toBe(false);
  });

  it('has exactly one valid check digit for random prefixes', () => {
    const random = rng(17107);
    for (let i = 0; i < 500; i += 1) {
      const first14 = pick(random, '0123456789', 14);
      const valid = [...'0123456789'].filter((d) => isValidRegNoChecksum(`${first14}${d}`));
      expect(valid).toEqual([computeRegNoCheckDigit(first14)]);
    }
  });

  it('rejects malformed input', () => {
    expect(isValidRegNoChecksum('')).toBe(false);
    expect(isValidRegNoChecksum('12345678901234')).toBe(false);
    expect(isValidRegNoChecksum('1234567890123A5')).toBe(false);
    expect(() => computeRegNoCheckDigit('1234567890123')).toThrow(RangeError);
  });
});

describe('classifyCode', () => {
  it('classifies an 18-character USCC', () => {
    expect(classifyCode(' 91440300708461136t')).toEqual({ kind: 'uscc', code: '91440300708461136T' });
  });

  it('classifies a 15-digit registration number', () => {
    expect(classifyCode('440301 100000012')).toEqual({ kind: 'reg_no', code: '440301100000012' });
  });

  it('classifies a 9-character organisation code, with or without hyphen', () => {
    expect(classifyCode('70846113-6')).toEqual({ kind: 'org_code', code: '708461136' });
    expect(classifyCode('708461136')).toEqual({ kind: 'org_code', code: '708461136' });
    expect(classifyCode('７１５２６７２６－ｘ')).toEqual({ kind: 'org_code', code: '71526726X' });
  });

  it('returns unknown for anything else', () => {
    expect(classifyCode('')).toEqual({ kind: 'unknown', code: '' });
    expect(classifyCode('hello world')).toEqual({ kind: 'unknown', code: 'HELLOWORLD' });
    expect(classifyCode('9144030070846113IT')).toMatchObject({ kind: 'unknown' });
    expect(classifyCode('7084611-36')).toMatchObject({ kind: 'unknown' });
    expect(classifyCode('1234567890123456')).toMatchObject({ kind: 'unknown' });
  });
});

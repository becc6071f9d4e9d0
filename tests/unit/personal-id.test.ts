// The detector of natural persons' ID numbers (GB 11643-1999) in codes and free text (issue 17 part 9).
import { describe, expect, it } from 'vitest';
import { containsPersonalIdNumber, fieldsWithPersonalIdNumber, idCheckChar, isPersonalIdNumber, validateUscc } from '../../lib/uscc';
import { complaintItemSchema } from '../../lib/intake/complaint-schema';
import { validateSupportItems } from '../../lib/policies/support-schema';
import { parseItem, recordItemSchema, type ItemIssue } from '../../lib/intake/record-schema';

// Valid 18-digit numbers (the standard's own example ends in X) and an old 15-digit one that is no 注册号.
const WITH_X = '11010519491231002X';
const VALID = ['440524188001010014', '370102198506150013', '320106199912319997'];
const OLD_FORM = '110105491231003';
const REAL_USCCS = ['91440300708461136T', '9144030071526726XG', '914403001922038216', '91370000163044841F'];

describe('isPersonalIdNumber', () => {
  it('computes the ISO 7064 MOD 11-2 check character, X for 10', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(idCheckChar('37010219850615001')).toBe('3');
  });

  it('accepts valid 18-digit numbers, the X check digit in either case, and the 15-digit old form', () => {
    for (const id of [WITH_X, WITH_X.toLowerCase(), ...VALID, OLD_FORM]) expect(isPersonalIdNumber(id), id).toBe(true);
  });

  it('refuses a wrong check digit, an impossible birth date, a birth after today and other lengths', () => {
    expect(isPersonalIdNumber('110105194912310021')).toBe(false); // check should be X
    expect(isPersonalIdNumber('370102198502300013')).toBe(false); // 30 February
    expect(isPersonalIdNumber('370102203001010016', '2026-12-03')).toBe(false);
    expect(isPersonalIdNumber('11010519491231002')).toBe(false);
    expect(isPersonalIdNumber('970102198506150013')).toBe(false); // no province starts with 9
  });

  it('never takes a real USCC for an ID number', () => {
    for (const code of REAL_USCCS) expect(isPersonalIdNumber(code), code).toBe(false);
  });
});

describe('containsPersonalIdNumber', () => {
  it('finds an ID number embedded in Chinese text, with or without spaces or full-width digits', () => {
    expect(containsPersonalIdNumber(`当事人张某（公民身份号码${WITH_X}）未按规定办理`)).toBe(true);
    expect(containsPersonalIdNumber(`经营者李某，身份证：${VALID[1]}，住所济南市`)).toBe(true);
    expect(containsPersonalIdNumber('身份证号３７０１０２１９８５０６１５００１３')).toBe(true);
    expect(containsPersonalIdNumber(`旧证号${OLD_FORM}。`)).toBe(true);
  });

  it('is not triggered by a USCC, a phone number, a 注册号 or a long document number with a bad check', () => {
    expect(containsPersonalIdNumber(`统一社会信用代码${REAL_USCCS[2]}的企业`)).toBe(false);
    expect(containsPersonalIdNumber('联系电话13805311234、0531-86012345')).toBe(false);
    expect(containsPersonalIdNumber('注册号110105491231002')).toBe(false); // valid GB/T 17107 check digit
    expect(containsPersonalIdNumber('济文〔2026〕370102199001011235号')).toBe(false); // check should be 1
    expect(containsPersonalIdNumber('编号3701021985061500131')).toBe(false); // 19 digits: part of a longer number
    expect(containsPersonalIdNumber('')).toBe(false);
  });

  it('names the fields that hold one, skipping code fields with formats of their own', () => {
    expect(fieldsWithPersonalIdNumber({ title: '处罚', content: `张某${WITH_X}`, tags: ['a', VALID[0]!], regNo: OLD_FORM })).toEqual(['content', 'tags']);
  });
});

describe('an 18-digit ID number is never a USCC or a tax number', () => {
  it('is refused by the USCC validation (not accepted as a pilot code with a bad checksum)', () => {
    expect(validateUscc(WITH_X)).toEqual({ ok: false, code: WITH_X, error: 'personal_id' });
    for (const code of REAL_USCCS) expect(validateUscc(code).ok, code).toBe(true);
  });

  it('is refused in intake items, naming the field', () => {
    const issues: ItemIssue[] = [];
    const base = { sourceRef: 'r1', kind: 'honour', title: '守合同重信用', decisionDate: '2026-01-05' };
    expect(parseItem(recordItemSchema('2026-12-03'), { ...base, taxNo: VALID[0] }, 0, issues)).toBeNull();
    expect(parseItem(recordItemSchema('2026-12-03'), { ...base, uscc: WITH_X }, 1, issues)).toBeNull();
    expect(parseItem(recordItemSchema('2026-12-03'), { ...base, uscc: REAL_USCCS[0], legalBasis: `见${VALID[2]}` }, 2, issues)).toBeNull();
    expect(issues).toEqual([
      { index: 0, field: 'taxNo', code: 'personalIdNumber', params: { field: 'taxNo' } },
      { index: 1, field: 'uscc', code: 'personalIdNumber', params: { field: 'uscc' } },
      { index: 2, field: 'legalBasis', code: 'personalIdNumber', params: { field: 'legalBasis' } },
    ]);
    const complaintIssues: ItemIssue[] = [];
    parseItem(complaintItemSchema('2026-12-03'), { sourceRef: 'c', uscc: WITH_X, month: '2026-11', received: 1, resolved: 1 }, 0, complaintIssues);
    expect(complaintIssues.map((i) => [i.field, i.code])).toEqual([['uscc', 'personalIdNumber']]);
  });

  it('is refused in support-received items too, naming the field', () => {
    const item = {
      sourceRef: 's1',
      uscc: REAL_USCCS[0],
      grantedOn: '2026-03-05',
      policyBasis: '济政发〔2026〕1号',
      content: `补贴发放至经营者${VALID[1]}账户`,
    };
    expect(validateSupportItems([item], '2026-12-03')).toEqual({ valid: [], issues: [{ index: 0, field: 'content', code: 'personalIdNumber' }] });
  });
});

// Months of the 12345 complaint figures and the complaint item schema's rules (issue 17 part 4).
import { describe, expect, it } from 'vitest';
import { normalizeMonthCell, parseComplaintMonth } from '../../lib/domain/complaints';
import { complaintItemSchema } from '../../lib/intake/complaint-schema';
import { parseItem, type ItemIssue } from '../../lib/intake/record-schema';

describe('parseComplaintMonth', () => {
  it('reads YYYY-MM as the first day of the month', () => {
    expect(parseComplaintMonth('2026-03')).toBe('2026-03-01');
    expect(parseComplaintMonth(' 2025-12 ')).toBe('2025-12-01');
  });

  it('refuses anything else', () => {
    for (const bad of ['2026-3', '2026-13', '2026-00', '2026/03', '2026-03-01', '202603', '1899-12', 'March 2026', '']) {
      expect(parseComplaintMonth(bad), bad).toBeNull();
    }
  });

  it('normalises the month cells people type in a template, and leaves the rest for the schema to refuse', () => {
    expect(normalizeMonthCell('2026-3')).toBe('2026-03');
    expect(normalizeMonthCell('2026/3')).toBe('2026-03');
    expect(normalizeMonthCell('2026年3月')).toBe('2026-03');
    expect(normalizeMonthCell('2026-03-01')).toBe('2026-03');
    expect(normalizeMonthCell('三月')).toBe('三月');
  });
});

describe('complaintItemSchema', () => {
  const today = '2026-12-03';
  const parse = (item: Record<string, unknown>) => {
    const issues: ItemIssue[] = [];
    const parsed = parseItem(complaintItemSchema(today), { sourceRef: 'c1', uscc: '91440300708461136T', ...item }, 0, issues);
    return { parsed, issues: issues.map((i) => [i.field, i.code]) };
  };

  it('takes the current month and earlier ones', () => {
    expect(parse({ month: '2026-12', received: 4, resolved: 2 }).parsed).toMatchObject({ month: '2026-12-01', received: 4, resolved: 2 });
    expect(parse({ month: '2024-12', received: 0, resolved: 0 }).issues).toEqual([]);
  });

  it('refuses a future month, a bad month, resolved above received, and counts that are not whole numbers', () => {
    expect(parse({ month: '2027-01', received: 1, resolved: 0 }).issues).toEqual([['month', 'futureMonth']]);
    expect(parse({ month: '2026-1', received: 1, resolved: 0 }).issues).toEqual([['month', 'invalidMonth']]);
    expect(parse({ month: '2026-11', received: 4, resolved: 5 }).issues).toEqual([['resolved', 'resolvedAboveReceived']]);
    expect(parse({ month: '2026-11', received: -1, resolved: 0 }).issues).toEqual([['received', 'invalidCount']]);
    expect(parse({ month: '2026-11', received: '4', resolved: 1.5 }).issues).toEqual([
      ['received', 'invalidCount'],
      ['resolved', 'invalidCount'],
    ]);
    expect(parse({ month: '2026-11', received: 1, resolved: 0, kind: 'penalty' }).issues).toEqual([['kind', 'unknownField']]);
  });

  it('needs an identity', () => {
    const issues: ItemIssue[] = [];
    parseItem(complaintItemSchema(today), { sourceRef: 'c1', month: '2026-11', received: 1, resolved: 0 }, 0, issues);
    expect(issues.map((i) => i.code)).toEqual(['missingIdentity']);
  });
});

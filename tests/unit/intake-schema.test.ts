// The shared intake item schema (API and template import): identities, dates, kinds and the
// spreadsheet habits the importer accepts.
import { describe, expect, it } from 'vitest';
import { validateRecordItems } from '../../lib/intake/ingest-records';
import { normaliseImportValue } from '../../lib/intake/import-records';
import { buildUscc } from '../../lib/uscc';

const TODAY = '2026-11-20';
const uscc = buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: 'MA3C4D5E' });
const base = { sourceRef: 'r1', kind: 'licence', title: '食品经营许可', decisionDate: '2026-11-02' };

describe('record item schema', () => {
  it('maps tax numbers to match keys: 18 characters as a USCC, 15 as division + organisation code', () => {
    const { staged, issues } = validateRecordItems(
      [
        { ...base, taxNo: uscc },
        { ...base, sourceRef: 'r2', taxNo: `370102${uscc.slice(8, 17)}` },
        { ...base, sourceRef: 'r3', orgCode: `${uscc.slice(8, 16)}-${uscc.charAt(16)}` },
        { ...base, sourceRef: 'r4', entityName: '济南（测试） 有限公司' },
      ],
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(staged[0]).toMatchObject({ uscc, identityField: 'taxNo' });
    expect(staged[1]).toMatchObject({ uscc: null, orgCode: uscc.slice(8, 17) });
    expect(staged[2]).toMatchObject({ orgCode: uscc.slice(8, 17), identityField: 'orgCode' });
    expect(staged[3]).toMatchObject({ nameNormalized: '济南(测试)有限公司', producedOn: '2026-11-02' });
  });

  it('refuses a 20-character tax number (a natural person’s ID) rather than storing it', () => {
    const { issues } = validateRecordItems([{ ...base, taxNo: '37010219900101123X01' }], TODAY);
    expect(issues).toEqual([{ index: 0, field: 'taxNo', code: 'invalidTaxNo' }]);
  });

  it('warns, not rejects, on a USCC that fails its checksum', () => {
    const bad = `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`;
    const { staged, warnings } = validateRecordItems([{ ...base, uscc: bad }], TODAY);
    expect(staged).toHaveLength(1);
    expect(warnings).toEqual([{ index: 0, field: 'uscc', code: 'usccChecksum' }]);
  });

  it('checks listing-only fields, removal order and production before decision', () => {
    const { issues } = validateRecordItems(
      [
        { ...base, uscc, removedOn: '2026-11-05' },
        { ...base, uscc, sourceRef: 'r2', kind: 'abnormal_listing', listedOn: '2026-11-05', removedOn: '2026-11-03' },
        { ...base, uscc, sourceRef: 'r3', producedOn: '2026-11-01' },
        { ...base, uscc, sourceRef: 'r4', kind: 'honour', severity: 'minor' },
      ],
      TODAY,
    );
    expect(issues.map((i) => [i.index, i.field, i.code])).toEqual([
      [0, 'removedOn', 'listingOnly'],
      [1, 'removedOn', 'removedBeforeListed'],
      [2, 'producedOn', 'beforeDecision'],
      [3, 'severity', 'severityNotPenalty'],
    ]);
  });
});

describe('import value normalisation', () => {
  it('reads spreadsheet dates, Chinese kind labels and severity words', () => {
    expect(normaliseImportValue('decisionDate', '2026/3/5')).toBe('2026-03-05');
    expect(normaliseImportValue('decisionDate', '2026年3月5日')).toBe('2026-03-05');
    expect(normaliseImportValue('decisionDate', '2026-13-45')).toBe('2026-13-45');
    expect(normaliseImportValue('decisionDate', '46086')).toBe('2026-03-05'); // Excel serial day
    expect(normaliseImportValue('kind', '行政处罚')).toBe('penalty');
    expect(normaliseImportValue('kind', 'licence')).toBe('licence');
    expect(normaliseImportValue('severity', '严重')).toBe('serious');
  });

  it('settles the publicity end from the catalogue: the maximum when none is sent, refused outside the bounds', () => {
    const penalty = { ...base, uscc, kind: 'penalty', decisionDate: '2026-01-15' };
    const { staged, issues } = validateRecordItems(
      [
        { ...penalty, severity: 'serious' },
        { ...penalty, sourceRef: 'r2', severity: 'minor' },
        { ...penalty, sourceRef: 'r3', severity: 'general', publicityEnd: '2027-01-15' },
        { ...penalty, sourceRef: 'r4', severity: 'specific_serious', publicityEnd: '2027-01-14' },
        { ...base, uscc, sourceRef: 'r5', kind: 'abnormal_listing' },
      ],
      TODAY,
    );
    expect(staged.map((r) => [r.sourceRef, r.publicityEnd])).toEqual([
      ['r1', '2029-01-14'],
      ['r2', '2026-04-14'],
      ['r5', null],
    ]);
    expect(issues).toEqual([
      { index: 2, field: 'publicityEnd', code: 'publicityTooLong', params: { date: '2027-01-14' } },
      { index: 3, field: 'publicityEnd', code: 'publicityTooShort', params: { date: '2029-01-14' } },
    ]);
  });

  it('takes a department blacklist with its list name and legal basis, and a list name nowhere else', () => {
    const blacklist = { ...base, uscc, kind: 'department_blacklist', title: '列入黑名单', legalBasis: '《办法》第十条' };
    const { staged, issues } = validateRecordItems(
      [
        { ...blacklist, listName: '住房城乡建设领域失信黑名单', grounds: '拖欠工资' },
        { ...blacklist, sourceRef: 'r2' },
        { ...blacklist, sourceRef: 'r3', listName: '某名单', legalBasis: undefined },
        { ...base, uscc, sourceRef: 'r4', kind: 'abnormal_listing', listName: '某名单' },
      ],
      TODAY,
    );
    expect(staged).toEqual([expect.objectContaining({ sourceRef: 'r1', listName: '住房城乡建设领域失信黑名单', grounds: '拖欠工资', publicityEnd: null })]);
    expect(issues.map((i) => [i.index, i.field, i.code])).toEqual([
      [1, 'listName', 'listNameRequired'],
      [2, 'legalBasis', 'required'],
      [3, 'listName', 'listNameBlacklistOnly'],
    ]);
  });
});

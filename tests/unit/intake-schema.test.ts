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
});

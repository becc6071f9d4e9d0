import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { copyField, copyJson, copyTextArray, escapeCopyText } from '../../lib/db/bulk/copy-text';
import { rateEntity } from '../../lib/credit';
import { CREDIT_LEVELS, RECORD_KINDS } from '../../lib/domain/vocabulary';
import type { CreditLevel, RecordKind } from '../../lib/domain/vocabulary';
import { generateEntity } from '../../lib/seed/generate-entity';
import type { GeneratedEntity } from '../../lib/seed/generate-entity';
import { breakCheckChar, isLegacyCodeIndex, permuteIndex } from '../../lib/seed/identity-codes';
import { DEPARTMENT_BY_CODE } from '../../lib/reference/departments';
import { DISTRICT_BY_CODE, JINAN_DISTRICT_CODES } from '../../lib/reference/districts';
import { INDUSTRY_BY_CODE } from '../../lib/reference/industries';
import { createEntityRng } from '../../lib/seed/random';
import { isValidRegNoChecksum, validateUscc } from '../../lib/uscc';

const TODAY = '2026-11-22';

function generate(index: number, seed = 1, today = TODAY): GeneratedEntity {
  return generateEntity(index, createEntityRng(seed, index), today);
}

/** Generates the first n entities of a seed once per test file (they are pure and deterministic). */
const cache = new Map<string, GeneratedEntity[]>();
function city(n: number, seed = 1): GeneratedEntity[] {
  const key = `${n}:${seed}`;
  let entities = cache.get(key);
  if (!entities) {
    entities = Array.from({ length: n }, (_, index) => generate(index, seed));
    cache.set(key, entities);
  }
  return entities;
}

const NOT_GENERATED: readonly RecordKind[] = [
  'department_blacklist',
  'judicial_assistance',
  'administrative_enforcement',
  'broken_commitment',
  'refused_correction',
];

describe('generateEntity determinism', () => {
  it('gives identical output for the same seed, index and date, whatever was generated before', () => {
    for (const index of [0, 1, 137, 2_999, 123_456]) {
      expect(generate(index)).toEqual(generate(index));
    }
    const forward = [5, 6, 7].map((i) => generate(i));
    const backward = [7, 6, 5].map((i) => generate(i)).reverse();
    expect(backward).toEqual(forward);
  });

  it('gives different output for a different seed', () => {
    let differentNames = 0;
    for (let index = 0; index < 50; index += 1) {
      const a = generate(index, 1);
      const b = generate(index, 2);
      expect(a.entity.uscc).not.toBe(b.entity.uscc);
      if (a.entity.name !== b.entity.name) differentNames += 1;
    }
    expect(differentNames).toBeGreaterThan(40);
  });

  it('rates on the given date', () => {
    const entity = generate(10, 1, '2025-06-30').entity;
    expect(entity.ratedOn).toBe('2025-06-30');
    for (const record of generate(10, 1, '2025-06-30').records) {
      expect(record.decisionDate <= '2025-06-30').toBe(true);
      expect(record.collectedOn <= '2025-06-30').toBe(true);
    }
  });
});

describe('identity codes', () => {
  it('permuteIndex is a bijection on a small space', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000; i += 1) seen.add(permuteIndex(i, 1_000, 10, 3, 42).join(''));
    expect(seen.size).toBe(1_000);
  });

  it('every USCC is valid except the deliberate legacy ones, which fail only the checksum', () => {
    const entities = city(20_000);
    let legacy = 0;
    for (const [index, { entity }] of entities.entries()) {
      const result = validateUscc(entity.uscc);
      expect(result.ok, entity.uscc).toBe(true);
      if (!result.ok) continue;
      if (isLegacyCodeIndex(index)) {
        legacy += 1;
        expect(entity.usccChecksumValid).toBe(false);
        expect(result.warnings).toContain('checksum');
      } else {
        expect(entity.usccChecksumValid).toBe(true);
        expect(result.warnings).toEqual([]);
      }
      expect(entity.uscc.slice(2, 8)).toBe(entity.districtCode);
    }
    expect(legacy).toBeGreaterThanOrEqual(3);
    expect(city(3_000).filter((g) => !g.entity.usccChecksumValid)).toHaveLength(3);
    expect(breakCheckChar('91370102MA3C4XXX1K')).not.toBe('91370102MA3C4XXX1K');
  });

  it('USCCs and registration numbers are unique over 20,000 indices', () => {
    const entities = city(20_000);
    const usccs = new Set(entities.map((g) => g.entity.uscc));
    expect(usccs.size).toBe(entities.length);
    const regNos = entities.map((g) => g.entity.regNo).filter((r): r is string => r !== null);
    expect(new Set(regNos).size).toBe(regNos.length);
    expect(regNos.length / entities.length).toBeGreaterThan(0.5);
    expect(regNos.length / entities.length).toBeLessThan(0.7);
    for (const regNo of regNos) expect(isValidRegNoChecksum(regNo), regNo).toBe(true);
  });
});

describe('generated city', () => {
  it('uses real Jinan divisions, known industries and departments', () => {
    expect(JINAN_DISTRICT_CODES).toContain('370102');
    expect(DISTRICT_BY_CODE.get('370126')?.name['zh-CN']).toBe('商河县');
    for (const { entity, records } of city(3_000)) {
      expect(DISTRICT_BY_CODE.has(entity.districtCode)).toBe(true);
      expect(INDUSTRY_BY_CODE.has(entity.industryCode)).toBe(true);
      for (const record of records) {
        expect(DEPARTMENT_BY_CODE.has(record.departmentCode)).toBe(true);
        expect(record.decisionDate <= record.producedOn).toBe(true);
        expect(record.producedOn <= record.collectedOn).toBe(true);
        if (record.removedOn !== null) expect(record.removedOn >= record.decisionDate).toBe(true);
        if (record.kind === 'penalty') {
          expect(record.severity).not.toBeNull();
          expect(record.publicityEnd).not.toBeNull();
          if (record.publicityEnd! < TODAY) expect(record.status).toBe('expired');
        } else {
          expect(record.severity).toBeNull();
        }
      }
    }
  });

  it('produces every record kind over 3,000 entities, with unique source references', () => {
    const kinds = new Map<RecordKind, number>();
    const refs = new Set<string>();
    let total = 0;
    for (const { records } of city(3_000)) {
      for (const record of records) {
        kinds.set(record.kind, (kinds.get(record.kind) ?? 0) + 1);
        refs.add(`${record.departmentCode}/${record.sourceRef}`);
        total += 1;
      }
    }
    // The kinds of issue 17 (department blacklists, judicial assistance, administrative enforcement,
    // broken commitments, refusals to correct) arrive through intake; the generator does not make them yet.
    const generated = RECORD_KINDS.filter((k) => !NOT_GENERATED.includes(k));
    for (const kind of generated) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    for (const kind of NOT_GENERATED) expect(kinds.get(kind) ?? 0, kind).toBe(0);
    expect(refs.size).toBe(total);
  });

  it('has all four levels over 3,000 entities, green the majority, and stores the engine rating', () => {
    const counts: Record<CreditLevel, number> = { green: 0, yellow: 0, red: 0, black: 0 };
    for (const { entity, records, complaints } of city(3_000)) {
      counts[entity.creditLevel] += 1;
      const rating = rateEntity(
        {
          entityStatus: entity.status,
          records: records.map((r) => ({ ...r, id: String(r.id) })),
          complaints: complaints.map((c) => ({ periodStart: c.periodStart, count: c.complaints, resolved: c.resolved })),
        },
        TODAY,
      );
      expect(rating.level).toBe(entity.creditLevel);
      expect(rating.reasons).toEqual(entity.creditReasons);
    }
    for (const level of CREDIT_LEVELS) expect(counts[level], level).toBeGreaterThan(0);
    expect(counts.green / 3_000).toBeGreaterThan(0.78);
    expect(counts.green / 3_000).toBeLessThan(0.92);
    expect(counts.black / 3_000).toBeLessThan(0.04);
  });

  it('gives complaint months to about 5% of firms, never more resolved than received', () => {
    const withComplaints = city(3_000).filter((g) => g.complaints.length > 0);
    expect(withComplaints.length / 3_000).toBeGreaterThan(0.02);
    expect(withComplaints.length / 3_000).toBeLessThan(0.1);
    for (const { complaints } of withComplaints) {
      for (const month of complaints) {
        expect(month.resolved).toBeLessThanOrEqual(month.complaints);
        expect(month.periodStart.endsWith('-01')).toBe(true);
      }
    }
  });
});

describe('COPY text escaping', () => {
  it('escapes backslash, tab, newline and carriage return', () => {
    expect(escapeCopyText('plain 文本')).toBe('plain 文本');
    expect(escapeCopyText('a\\b')).toBe('a\\\\b');
    expect(escapeCopyText('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(escapeCopyText('\\N')).toBe('\\\\N');
    expect(escapeCopyText('\\.')).toBe('\\\\.');
    expect(escapeCopyText('C:\\new\\table')).toBe('C:\\\\new\\\\table');
  });

  it('writes NULL, booleans and numbers', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(42)).toBe('42');
    expect(copyField('')).toBe('');
  });

  it('writes text arrays as quoted literals, escaped twice', () => {
    expect(copyTextArray([])).toBe('{}');
    expect(copyTextArray(['华通', '华通科技'])).toBe('{"华通","华通科技"}');
    expect(copyTextArray(['say "hi"', 'a,b', '{x}'])).toBe('{"say \\\\"hi\\\\"","a,b","{x}"}');
    expect(copyTextArray(['back\\slash'])).toBe('{"back\\\\\\\\slash"}');
    expect(copyTextArray(['line\nbreak\ttab'])).toBe('{"line\\nbreak\\ttab"}');
    expect(copyTextArray(['NULL'])).toBe('{"NULL"}');
  });

  it('writes jsonb as JSON text with its backslashes doubled', () => {
    expect(copyJson([])).toBe('[]');
    expect(copyJson({ a: 'x\ny', b: '"q"\\' })).toBe('{"a":"x\\\\ny","b":"\\\\"q\\\\"\\\\\\\\"}');
  });
});

describe('seed output', () => {
  // Pinned so that moving code around the generator (reference data, geography, sections) cannot
  // change a seeded city unnoticed; change the hash only with a deliberate change of the generator
  // (last: the business term, issue 17 part 8, derived from the index so no other value moved; and
  // issue 17 part 5, the complaint month holding the window's start counts: ratings and review dates;
  // and issue 18 part 3: records carry procedureCode and commitmentStatus, null except on commitments).
  it('is byte-identical for the same seed', () => {
    const hash = createHash('sha256');
    for (let index = 0; index < 500; index += 1) hash.update(JSON.stringify(generate(index, 1)));
    // Changed deliberately by issue 17: simple-procedure (minor) penalties no longer count toward the level.
    expect(hash.digest('hex')).toBe('fcb50fb220549aa0d03ff53aa82a2a398271e3dfe8b55044177dbd5a8f13c91d');
  });
});

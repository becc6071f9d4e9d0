// The 双随机 draw (lib/domain/inspections.ts): deterministic for a seed and a snapshot, different
// for different seeds, and exactly the algorithm the plan page documents (re-implemented here from
// the documented steps with a plain array); the sample rule and the result schema's rules.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawPlan, INSPECTORS_PER_FIRM, partialShuffle, sampleSize, SeededWords, snapshotHasher } from '@/lib/domain/inspections';
import { inspectionPlanSchema, inspectionResultSchema } from '@/lib/inspections/inspection-schema';
import { redraw } from '@/lib/inspections/redraw';

/** The documented algorithm, written from the plan page's four steps with nothing shared. */
function documentedDraw(seed: string, size: number, count: number, pool: number) {
  const words: number[] = [];
  let block = 0;
  const nextWord = () => {
    if (words.length === 0) {
      const d = createHash('sha256').update(`${seed}:${block++}`).digest();
      for (let k = 0; k < 8; k++) words.push(d.readUInt32BE(4 * k));
    }
    return words.shift()!;
  };
  const random = (m: number) => {
    for (;;) {
      const w = nextWord();
      if (w < Math.floor(2 ** 32 / m) * m) return w % m;
    }
  };
  const shuffle = (n: number, take: number) => {
    const a = Array.from({ length: n }, (_, i) => i);
    const out: number[] = [];
    for (let i = 0; i < take; i++) {
      const j = i + random(n - i);
      [a[i], a[j]] = [a[j]!, a[i]!];
      out.push(a[i]!);
    }
    return out;
  };
  const firms = shuffle(size, count);
  const inspectors = firms.map(() => shuffle(pool, Math.min(2, pool)));
  return { firms, inspectors };
}

describe('the seeded word stream', () => {
  it('is SHA-256 of "seed:i" read as big-endian 32-bit words', () => {
    const words = new SeededWords('abc');
    const first = createHash('sha256').update('abc:0').digest();
    const second = createHash('sha256').update('abc:1').digest();
    const read = Array.from({ length: 9 }, () => words.next());
    expect(read.slice(0, 8)).toEqual(Array.from({ length: 8 }, (_, k) => first.readUInt32BE(4 * k)));
    expect(read[8]).toBe(second.readUInt32BE(0));
  });

  it('gives integers below the bound', () => {
    const words = new SeededWords('bounds');
    for (const bound of [1, 2, 3, 7, 1_000_003, 2 ** 32]) for (let i = 0; i < 50; i++) expect(words.below(bound)).toBeLessThan(bound);
    expect(() => words.below(0)).toThrow(RangeError);
  });
});

describe('the draw', () => {
  it('is the same for the same seed and snapshot size', () => {
    expect(drawPlan('0f1e2d3c', 5_000, 40, 9)).toEqual(drawPlan('0f1e2d3c', 5_000, 40, 9));
  });

  it('differs for different seeds', () => {
    const a = drawPlan('seed-a', 5_000, 40, 9).firmPositions;
    const b = drawPlan('seed-b', 5_000, 40, 9).firmPositions;
    expect(a).not.toEqual(b);
    expect(a.filter((p) => b.includes(p)).length).toBeLessThan(10);
  });

  it('is the documented algorithm, firms and inspectors', () => {
    for (const [seed, size, count, pool] of [
      ['published-seed', 1_000, 50, 9],
      ['x', 17, 17, 3],
      ['y', 3, 5, 1],
      ['z', 250, 10, 0],
    ] as const) {
      const expected = documentedDraw(seed, size, Math.min(count, size), pool);
      const got = drawPlan(seed, size, count, pool);
      expect(got.firmPositions).toEqual(expected.firms);
      expect(got.inspectorPositions).toEqual(expected.inspectors);
    }
  });

  it('draws distinct positions in range, and distinct inspectors per firm', () => {
    const { firmPositions, inspectorPositions } = drawPlan('distinct', 300, 300, 5);
    expect(new Set(firmPositions).size).toBe(300);
    expect(Math.max(...firmPositions)).toBe(299);
    for (const team of inspectorPositions) {
      expect(team).toHaveLength(INSPECTORS_PER_FIRM);
      expect(new Set(team).size).toBe(INSPECTORS_PER_FIRM);
    }
  });

  it('holds memory for the sample, not the population', () => {
    const positions = partialShuffle(new SeededWords('big'), 3_000_000, 100);
    expect(positions).toHaveLength(100);
    expect(positions.every((p) => p >= 0 && p < 3_000_000)).toBe(true);
  });

  it('re-runs from a snapshot list to the same firms and the sha256sum of the list', () => {
    const snapshot = Array.from({ length: 120 }, (_, i) => `91370100MA${String(i).padStart(8, '0')}`);
    const plan = { seed: 'abc123', firmCount: 10, sharePercent: null, inspectorPoolSize: 4 };
    const a = redraw(plan, snapshot);
    expect(a.drawn).toEqual(drawPlan('abc123', 120, 10, 4).firmPositions.map((p) => snapshot[p]));
    expect(a.sha256).toBe(
      createHash('sha256')
        .update(snapshot.map((u) => `${u}\n`).join(''))
        .digest('hex'),
    );
    expect(redraw({ ...plan, seed: 'abc124' }, snapshot).drawn).not.toEqual(a.drawn);
  });
});

describe('sample size and snapshot hash', () => {
  it('takes a count (at most the population) or a share rounded up', () => {
    expect(sampleSize(100, { firmCount: 30, sharePercent: null })).toBe(30);
    expect(sampleSize(10, { firmCount: 30, sharePercent: null })).toBe(10);
    expect(sampleSize(1_000, { firmCount: null, sharePercent: 1.5 })).toBe(15);
    expect(sampleSize(1_001, { firmCount: null, sharePercent: 1.5 })).toBe(16);
    expect(sampleSize(3, { firmCount: null, sharePercent: 100 })).toBe(3);
  });

  it('hashes each code followed by a newline', () => {
    const h = snapshotHasher();
    h.add('A');
    h.add('B');
    expect(h.finish()).toEqual({ size: 2, sha256: createHash('sha256').update('A\nB\n').digest('hex') });
  });
});

describe('the forms', () => {
  const today = '2026-12-03';
  const result = (extra: Record<string, unknown>) =>
    inspectionResultSchema(today).safeParse({ planId: '1', uscc: '91370100MA3C4D5E6F', result: 'passed', inspectedOn: '2026-12-01', ...extra });

  it('needs a deadline after the inspection for a correction order', () => {
    expect(result({ result: 'correction_ordered' }).error?.issues[0]?.message).toBe('deadlineRequired');
    expect(result({ result: 'correction_ordered', correctionDeadline: '2026-11-30' }).error?.issues[0]?.message).toBe('deadlineBeforeInspection');
    expect(result({ result: 'correction_ordered', correctionDeadline: '2027-01-15' }).success).toBe(true);
    expect(result({ inspectedOn: '2026-12-04' }).error?.issues[0]?.message).toBe('futureDate');
    expect(result({ result: 'maybe' }).error?.issues[0]?.message).toBe('invalidResult');
  });

  it('takes a count or a share, and a period that does not end before it starts', () => {
    const plan = {
      title: 'T',
      itemIds: ['1', '2'],
      sampleMode: 'share',
      sampleValue: '2.5',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      districts: '370102, 370103',
    };
    const ok = inspectionPlanSchema.safeParse(plan);
    expect(ok.data).toMatchObject({ itemIds: [1, 2], sharePercent: 2.5, firmCount: null, districts: ['370102', '370103'] });
    expect(inspectionPlanSchema.safeParse({ ...plan, sampleValue: '120' }).error?.issues[0]?.message).toBe('invalidSample');
    expect(inspectionPlanSchema.safeParse({ ...plan, periodEnd: '2025-12-31' }).error?.issues[0]?.message).toBe('endBeforeStart');
    expect(inspectionPlanSchema.safeParse({ ...plan, itemIds: undefined }).error?.issues[0]?.message).toBe('required');
  });
});

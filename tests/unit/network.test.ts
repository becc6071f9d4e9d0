import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../lib/domain/address';
import { classBreaks, classOf } from '../../lib/map/color-scale';
import { DISTRICT_SHAPES, MAP_HEIGHT, MAP_WIDTH } from '../../lib/map/district-shapes';
import { JINAN_DISTRICT_CODES } from '../../lib/reference/districts';
import { assembleNetwork, MAX_RELATED_FIRMS } from '../../lib/network/assemble-network';
import { GRAPH_HEIGHT, GRAPH_WIDTH, LABEL_SPACE, layoutGraph } from '../../lib/network/layout-graph';
import type { NetworkFirm, NetworkLink } from '../../lib/db/queries/related-entities';
import { headOfficeIndexOf } from '../../lib/seed/entity/branches';
import { entityItemSchema } from '../../lib/intake/entity-schema';
import { buildUscc } from '../../lib/uscc';

describe('normalizeAddress', () => {
  it('folds full-width characters and the ideographic space to half-width', () => {
    expect(normalizeAddress('经十路１２３号Ａ座')).toBe('经十路123号A座');
    expect(normalizeAddress('（历下区）')).toBe('(历下区)');
  });
  it('removes every whitespace, ideographic and non-breaking spaces included', () => {
    expect(normalizeAddress(' 经十路 123号\t1201室\u3000')).toBe('经十路123号1201室');
    expect(normalizeAddress('经十路\u00a0123号')).toBe('经十路123号');
  });
  it('treats 號 as 号 and upper-cases ASCII letters only', () => {
    expect(normalizeAddress('經十路123號b座')).toBe('經十路123号B座');
  });
  it('keeps trailing room numbers: two rooms of one building are different addresses', () => {
    expect(normalizeAddress('经十路123号1201室')).not.toBe(normalizeAddress('经十路123号1202室'));
    expect(normalizeAddress('经十路123号1201室')).not.toBe(normalizeAddress('经十路123号'));
  });
});

describe('layoutGraph', () => {
  const firms = (n1: number, n2: number) => [
    ...Array.from({ length: n1 }, (_, i) => ({ uscc: `A${i}`, depth: 1 as const, via: 'O' })),
    ...Array.from({ length: n2 }, (_, i) => ({ uscc: `B${i}`, depth: 2 as const, via: `A${i % Math.max(n1, 1)}` })),
  ];
  for (const [n1, n2] of [
    [1, 0],
    [7, 0],
    [50, 0],
    [3, 47],
    [20, 30],
  ] as const) {
    it(`keeps every node and its label inside the view box (${n1} + ${n2} firms)`, () => {
      const layout = layoutGraph({ origin: 'O', firms: firms(n1, n2), edges: [{ from: 'O', to: 'A0', reason: 'same_address' }] });
      expect(layout.nodes).toHaveLength(1 + n1 + n2);
      for (const n of layout.nodes) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(0);
        expect(n.y - n.r).toBeGreaterThanOrEqual(0);
        expect(n.x + n.r).toBeLessThanOrEqual(GRAPH_WIDTH);
        expect(n.y + n.r + LABEL_SPACE).toBeLessThanOrEqual(GRAPH_HEIGHT);
      }
      expect(layout.edges).toHaveLength(1);
      expect(new Set(layout.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(layout.nodes.length);
    });
  }
});

const firm = (id: number, over: Partial<NetworkFirm> = {}): NetworkFirm => ({
  id,
  uscc: `U${id}`,
  name: `F${id}`,
  level: 'green',
  status: 'active',
  districtCode: '370102',
  headOfficeId: null,
  addressKey: 'a',
  representativeKey: `r${id}`,
  ...over,
});
const zero = { head_office: 0, branch: 0, same_address: 0, same_representative: 0 };

describe('assembleNetwork', () => {
  it('shows at most 50 firms and counts the rest', () => {
    const origin = firm(0);
    const links: NetworkLink[] = Array.from({ length: 51 }, (_, i) => ({ fromId: 0, reason: 'same_address', firm: firm(i + 1) }));
    const net = assembleNetwork(origin, links, [], { ...zero, same_address: 120 }, new Map());
    expect(net.firms).toHaveLength(MAX_RELATED_FIRMS);
    expect(net.omitted).toBe(1 + (120 - 51));
  });
  it('drops a cached link that no longer holds (the firm moved away)', () => {
    const origin = firm(0);
    const moved = firm(2, { addressKey: 'elsewhere' });
    const net = assembleNetwork(origin, [{ fromId: 0, reason: 'same_address', firm: firm(2) }], [], zero, new Map([[2, moved]]));
    expect(net.firms).toHaveLength(0);
  });
  it('draws no edge between two firms already shown closer in (neighbours of one address)', () => {
    const origin = firm(0);
    const depth1: NetworkLink[] = [1, 2, 3].map((id) => ({ fromId: 0, reason: 'same_address', firm: firm(id) }));
    const depth2: NetworkLink[] = [
      { fromId: 1, reason: 'same_address', firm: firm(2) },
      { fromId: 1, reason: 'same_address', firm: firm(3) },
      { fromId: 2, reason: 'same_representative', firm: firm(7, { addressKey: 'z', representativeKey: 'r2' }) },
    ];
    const current = new Map([1, 2, 3].map((id) => [id, firm(id)]));
    const net = assembleNetwork(origin, depth1, depth2, zero, current);
    expect(net.edges.map((e) => `${e.from}-${e.to}`)).toEqual(['U0-U1', 'U0-U2', 'U0-U3', 'U2-U7']);
    expect(net.firms.find((f) => f.uscc === 'U2')?.reasons).toEqual([{ reason: 'same_address', via: 'U0' }]);
    expect(net.firms.find((f) => f.uscc === 'U7')).toMatchObject({ depth: 2 });
  });

  it('joins a branch and its head office by one edge, whichever side found it', () => {
    const origin = firm(0, { headOfficeId: 9, addressKey: 'x' });
    const net = assembleNetwork(origin, [{ fromId: 0, reason: 'head_office', firm: firm(9, { addressKey: 'y' }) }], [], zero, new Map());
    expect(net.edges).toEqual([{ from: 'U9', to: 'U0', reason: 'branch' }]);
    expect(net.firms[0]!.reasons).toEqual([{ reason: 'head_office', via: 'U0' }]);
  });
});

describe('city map', () => {
  it('has a boundary for every division but the high-tech zone, including 2016–2019 changes', () => {
    const codes = DISTRICT_SHAPES.map((d) => d.code).sort();
    expect(codes).toEqual(JINAN_DISTRICT_CODES.filter((c) => c !== '370171').sort());
    for (const code of ['370114', '370115', '370116', '370117']) expect(codes).toContain(code);
    for (const d of DISTRICT_SHAPES) {
      expect(d.label[0]).toBeGreaterThan(0);
      expect(d.label[0]).toBeLessThan(MAP_WIDTH);
      expect(d.label[1]).toBeLessThan(MAP_HEIGHT);
    }
  });
  it('classes values into five equal steps from the smallest to the largest', () => {
    const breaks = classBreaks([2, 7, 12]);
    expect(breaks).toEqual([4, 6, 8, 10, 12]);
    expect(classOf(2, breaks)).toBe(0);
    expect(classOf(12, breaks)).toBe(4);
    expect(classOf(7, breaks)).toBe(2);
    // All equal: one class, no division by zero.
    expect(classOf(3, classBreaks([3, 3]))).toBe(0);
  });
});

describe('seeded branches', () => {
  it('links about one company in thirty to an earlier company, deterministically', () => {
    let branches = 0;
    for (let i = 0; i < 30_000; i++) {
      const head = headOfficeIndexOf(i, 1, 'company');
      if (head !== null) {
        branches += 1;
        expect(head).toBeLessThan(i);
        expect(headOfficeIndexOf(i, 1, 'company')).toBe(head);
      }
      expect(headOfficeIndexOf(i, 1, 'individual')).toBeNull();
    }
    expect(branches).toBeGreaterThan(300);
    expect(branches).toBeLessThan(1_000);
  });
});

describe('entity intake: headOfficeUscc', () => {
  const uscc = buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: 'MA3C5X12' });
  const head = buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: 'MA3C5X13' });
  const item = {
    uscc,
    name: '济南测试分公司',
    type: 'company',
    legalRepresentative: '张三',
    establishedOn: '2020-01-01',
    address: '经十路1号',
    districtCode: '370102',
    status: 'active',
  };
  const schema = entityItemSchema('2026-12-03');
  it('accepts a head office by USCC, normalised', () => {
    expect(schema.parse({ ...item, headOfficeUscc: head.toLowerCase() }).headOfficeUscc).toBe(head);
  });
  it('refuses a malformed code and the firm itself', () => {
    expect(schema.safeParse({ ...item, headOfficeUscc: 'X' }).error?.issues[0]?.message).toBe('invalidUscc');
    expect(schema.safeParse({ ...item, headOfficeUscc: uscc }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['headOfficeUscc', 'headOfficeSelf'],
    ]);
  });
});

// Related firms (网图) and the city map (issue 20) against real PostgreSQL: firms posted through
// entity intake at one address (typed differently) are related both ways with the reason; a
// same-named representative in another district is not; a branch names its head office; the SQL
// address normalisation equals the TypeScript one; the map's table equals the stats page's figures.
import '../support/next-route-context';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postEntities } from '../../app/api/v1/intake/entities/route';
import { GET as getRelated } from '../../app/api/v1/entities/[uscc]/related/route';
import { closeDb, getSql } from '../../lib/db/client';
import { insertDepartmentToken } from '../../lib/db/mutations/department-tokens';
import { normalizeAddress } from '../../lib/domain/address';
import { LISTING_KINDS } from '../../lib/domain/vocabulary';
import { ratingDate } from '../../lib/env';
import { generateDepartmentToken } from '../../lib/intake/tokens';
import { getMapFigures } from '../../lib/map/get-map-figures';
import { getStatsByDistrict } from '../../lib/stats/get-stats';
import { tags } from '../../lib/cache/tags';
import { getNetworkOrigin } from '../../lib/db/queries/related-entities';
import { networkTagsOf } from '../../lib/network/network-tags';
import { buildUscc } from '../../lib/uscc';
import { daysAgo, uniqueNamePart } from '../factories/entities';

const sql = getSql();
const run = crypto.randomBytes(3).toString('hex');
let token = '';

function randomUscc(district = '370102'): string {
  const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[crypto.randomInt(31)]).join('');
  return buildUscc({ department: '9', category: '1', divisionCode: district, orgCodeBody: body });
}

function firm(extra: Record<string, unknown>) {
  return {
    uscc: randomUscc(),
    name: `济南${uniqueNamePart()}网图测试有限公司`,
    type: 'company',
    legalRepresentative: `网${run}`,
    establishedOn: daysAgo(30),
    address: `济南市历下区网图路${crypto.randomInt(1, 1e9)}号`,
    districtCode: '370102',
    status: 'active',
    ...extra,
  };
}

async function post(entities: unknown[]) {
  const response = await postEntities(
    new Request('http://localhost/api/v1/intake/entities', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' },
      body: JSON.stringify({ entities }),
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { accepted: number; rejected: unknown[]; warnings: { field: string; message: string }[] };
}

interface Related {
  firms: { uscc: string; depth: number; reasons: { reason: string; via: string; text: string }[] }[];
  edges: { from: string; to: string; reason: string }[];
  omitted: number;
}

async function related(uscc: string, depth = '1'): Promise<Related> {
  const response = await getRelated(new Request(`http://localhost/api/v1/entities/${uscc}/related?depth=${depth}`, { headers: { 'accept-language': 'en' } }), {
    params: Promise.resolve({ uscc }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Related;
}

beforeAll(async () => {
  const t = generateDepartmentToken();
  await insertDepartmentToken(
    { code: `n${run}`, nameZhCn: `网图登记机关${run}`, nameEn: `Network registrar ${run}`, isRegistrar: true },
    { name: 'test', prefix: t.prefix, hash: t.hash },
  );
  token = t.token;
});

afterAll(async () => {
  await closeDb();
});

describe('related firms through intake', () => {
  const street = `济南市历下区经十路${crypto.randomInt(1, 1e6)}号`;
  const a = firm({ address: `${street}1201室` });
  // The same address typed with full-width digits, spaces and 號.
  const b = firm({
    address: `${street.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('号', '號')} １２０１室 `,
    legalRepresentative: `别${run}`,
  });
  const otherRoom = firm({ address: `${street}1202室`, legalRepresentative: `别二${run}` });
  const sameNameElsewhere = firm({ uscc: randomUscc('370112'), districtCode: '370112', address: '济南市历城区别处路1号' });
  const sameNameHere = firm({ address: '济南市历下区别处路2号' });
  const branch = firm({ headOfficeUscc: a.uscc, legalRepresentative: `支${run}`, name: `济南${uniqueNamePart()}网图测试有限公司历下分公司` });

  beforeAll(async () => {
    const answer = await post([a, b, otherRoom, sameNameElsewhere, sameNameHere, branch]);
    expect(answer.rejected).toEqual([]);
    expect(answer.accepted).toBe(6);
  });

  it('relates two firms at the same normalised address both ways, with the reason', async () => {
    const ofA = await related(a.uscc);
    const bInA = ofA.firms.find((f) => f.uscc === b.uscc);
    expect(bInA?.reasons).toEqual([{ reason: 'same_address', via: a.uscc, text: 'Same registered address' }]);
    const ofB = await related(b.uscc);
    expect(ofB.firms.find((f) => f.uscc === a.uscc)?.reasons.map((r) => r.reason)).toEqual(['same_address']);
    // Another room of the building is another address.
    expect(ofA.firms.some((f) => f.uscc === otherRoom.uscc)).toBe(false);
  });

  it('relates a same-named representative only within the district, saying it may be another person', async () => {
    const ofA = await related(a.uscc);
    const here = ofA.firms.find((f) => f.uscc === sameNameHere.uscc);
    expect(here?.reasons[0]).toMatchObject({ reason: 'same_representative' });
    expect(here?.reasons[0]?.text).toContain('may be a different person');
    expect(ofA.firms.some((f) => f.uscc === sameNameElsewhere.uscc)).toBe(false);
  });

  it('links a branch and its head office, and reaches second-degree firms with depth=2', async () => {
    const ofA = await related(a.uscc);
    expect(ofA.firms.find((f) => f.uscc === branch.uscc)?.reasons.map((r) => r.reason)).toEqual(['branch']);
    expect(ofA.edges).toContainEqual({ from: a.uscc, to: branch.uscc, reason: 'branch' });
    const ofBranch = await related(branch.uscc);
    expect(ofBranch.firms.map((f) => f.uscc)).toEqual([a.uscc]);
    const deep = await related(branch.uscc, '2');
    const viaA = deep.firms.find((f) => f.uscc === b.uscc);
    expect(viaA).toMatchObject({ depth: 2, reasons: [{ reason: 'same_address', via: a.uscc }] });
    expect(deep.firms.length).toBeLessThanOrEqual(50);
  });

  it('warns about an unknown head office and leaves the link empty', async () => {
    const orphan = firm({ headOfficeUscc: randomUscc() });
    const answer = await post([orphan]);
    expect(answer.accepted).toBe(1);
    expect(answer.warnings.map((w) => w.field)).toEqual(['headOfficeUscc']);
    const [row] = await sql<{ head: number | null }[]>`select head_office_id as head from entities where uscc = ${orphan.uscc}`;
    expect(row?.head).toBeNull();
  });

  it('a change of a firm expires the networks it joins: its address, name and head-office keys', async () => {
    const [row] = await sql<{ id: number }[]>`select id::float8 as id from entities where uscc = ${b.uscc}`;
    const [head] = await sql<{ id: number }[]>`select id::float8 as id from entities where uscc = ${a.uscc}`;
    const [branchRow] = await sql<{ id: number }[]>`select id::float8 as id from entities where uscc = ${branch.uscc}`;
    const originA = (await getNetworkOrigin(a.uscc))!;
    const expired = await networkTagsOf([row!.id]);
    // A's depth-1 links are cached under A's address key: B (same address) expires it.
    expect(expired).toContain(tags.relatedAddress(originA.addressKey));
    expect(await networkTagsOf([branchRow!.id])).toContain(tags.branches(head!.id));
  });

  it('rejects an unknown depth', async () => {
    const response = await getRelated(new Request(`http://localhost/api/v1/entities/${a.uscc}/related?depth=3`), { params: Promise.resolve({ uscc: a.uscc }) });
    expect(response.status).toBe(400);
  });
});

describe('normalize_address in SQL', () => {
  it('gives the same key as lib/domain/address.ts', async () => {
    const samples = ['经十路１２３号Ａ座 1201室', ' 經十路123號b座\t', '历下区\u3000泉城路\u00a0８号（东）', 'abc XYZ－１', '山东省济南市市中区经四路100号'];
    for (const s of samples) {
      const [row] = await sql<{ n: string }[]>`select normalize_address(${s}) as n`;
      expect(row?.n).toBe(normalizeAddress(s));
    }
  });
});

describe('city map', () => {
  it('shows exactly the stats page’s district figures', async () => {
    const [figures, stats] = await Promise.all([getMapFigures(ratingDate()), getStatsByDistrict()]);
    expect(figures.length).toBe(13);
    for (const f of figures) {
      const s = stats.find((g) => g.code === f.code);
      expect({ total: f.total, red: f.red, black: f.black }).toEqual({ total: s?.total ?? 0, red: s?.counts.red ?? 0, black: s?.counts.black ?? 0 });
    }
    expect(figures.reduce((n, f) => n + f.total, 0)).toBeGreaterThan(0);
    const [listed] = await sql<{ n: number }[]>`
      select count(distinct r.entity_id)::int as n from records r
      where r.kind = any(${[...LISTING_KINDS]}::record_kind[])
        and r.status in ('published','under_objection','corrected') and r.decision_date <= ${ratingDate()}::date
        and (r.removed_on is null or r.removed_on > ${ratingDate()}::date)`;
    // A firm is in exactly one district, so the districts' listed firms add up to the city's.
    expect(figures.reduce((n, f) => n + f.listedFirms, 0)).toBe(listed?.n);
  });
});

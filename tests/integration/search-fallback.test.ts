// The PostgreSQL search fallback and the probes, against the real PostgreSQL and Meilisearch,
// each reached through a fault proxy (tests/support/fault-proxy.ts) so that a test can make a
// service refuse connections or hang, as a stopped or SIGSTOPped server does. No mocks of our code.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, throughProxy, type FaultProxy } from '../support/fault-proxy';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
}

let meiliProxy: FaultProxy;
let dbProxy: FaultProxy;
let findEntities: typeof import('../../lib/entities/find-entities').findEntities;
let findEntitiesByName: typeof import('../../lib/db/queries/find-entities-by-name').findEntitiesByName;
let findPolicies: typeof import('../../lib/policies/find-policies').findPolicies;
let checkSearch: typeof import('../../lib/search/check-search').checkSearch;
let checkDatabase: typeof import('../../lib/db/queries/check-database').checkDatabase;
let closeDb: () => Promise<void>;
let getSql: typeof import('../../lib/db/client').getSql;

let part: string;
let firm: { uscc: string; name: string; id: number };
let tradFirm: { uscc: string; name: string; id: number };
let policyTitle: string;
const regNo = `3701${String(Date.now()).slice(-11)}`;

const query = (q: string, extra: Record<string, unknown> = {}) => ({ q, level: [], page: 1, limit: 50, ...extra }) as Parameters<typeof findEntities>[0];

beforeAll(async () => {
  const dataDir = process.env.DATA_DIR ?? '.data/test';
  const services = JSON.parse(fs.readFileSync(path.join(dataDir, 'services.json'), 'utf8')) as Services;
  const databaseUrl = process.env.DATABASE_URL ?? services.databaseUrl;
  const meiliUrl = process.env.MEILI_URL ?? services.meiliUrl;
  meiliProxy = await startFaultProxy({ host: new URL(meiliUrl).hostname, port: Number(new URL(meiliUrl).port) });
  dbProxy = await startFaultProxy({ host: new URL(databaseUrl).hostname, port: Number(new URL(databaseUrl).port) });
  // lib/env parses process.env once, on first import: set the proxied URLs before any lib import.
  process.env.MEILI_URL = throughProxy(meiliUrl, meiliProxy);
  process.env.MEILI_MASTER_KEY = process.env.MEILI_MASTER_KEY ?? services.meiliKey;
  process.env.DATABASE_URL = throughProxy(databaseUrl, dbProxy);

  ({ findEntities } = await import('../../lib/entities/find-entities'));
  ({ findEntitiesByName } = await import('../../lib/db/queries/find-entities-by-name'));
  ({ findPolicies } = await import('../../lib/policies/find-policies'));
  ({ checkSearch } = await import('../../lib/search/check-search'));
  ({ checkDatabase } = await import('../../lib/db/queries/check-database'));
  ({ closeDb, getSql } = await import('../../lib/db/client'));
  const { createEntity, uniqueNamePart } = await import('../factories/entities');
  const { createPolicy } = await import('../factories/policies');

  part = uniqueNamePart();
  firm = await createEntity({ name: `济南${part}华通商贸有限公司` });
  tradFirm = await createEntity({ name: `東莞${part}貿易有限公司` });
  const sql = getSql();
  await sql`update entities set former_names = ${[`济南${part}老字号物流有限公司`]}, reg_no = ${regNo} where id = ${firm.id}`;
  policyTitle = `济南市${part}小微企业稳岗补贴办法`;
  await createPolicy({ title: policyTitle });
}, 120_000);

afterAll(async () => {
  meiliProxy?.setMode('up');
  dbProxy?.setMode('up');
  await closeDb?.();
  await meiliProxy?.close();
  await dbProxy?.close();
});

describe('findEntitiesByName (the PostgreSQL fallback)', () => {
  it('finds a firm by a four-character fragment of its name', async () => {
    const fragment = `${part}华`;
    const { hits, total } = await findEntitiesByName({ names: [fragment], offset: 0, limit: 20 });
    expect(hits.map((h) => h.uscc)).toEqual([firm.uscc]);
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ name: firm.name, rank: 3, regNo });
  });

  it('finds it by a two-character fragment, every hit containing the fragment', async () => {
    const fragment = part.slice(0, 2);
    const { hits } = await findEntitiesByName({ names: [fragment], offset: 0, limit: 50 });
    expect(hits.map((h) => h.uscc)).toContain(firm.uscc);
    for (const hit of hits) expect(`${hit.name}|${hit.formerNames.join('|')}`).toContain(fragment);
  });

  it('finds a firm by a fragment of a former name', async () => {
    const { hits } = await findEntitiesByName({ names: [`${part}老字号`], offset: 0, limit: 20 });
    expect(hits.map((h) => h.uscc)).toEqual([firm.uscc]);
  });

  it('ranks the exact name before prefixes before fragments', async () => {
    const { hits } = await findEntitiesByName({ names: [firm.name], offset: 0, limit: 20 });
    expect(hits[0]).toMatchObject({ uscc: firm.uscc, rank: 1 });
  });

  it('looks up a whole USCC and a whole 注册号', async () => {
    const byUscc = await findEntitiesByName({ names: [firm.uscc], code: { kind: 'uscc', code: firm.uscc }, offset: 0, limit: 20 });
    expect(byUscc.hits[0]).toMatchObject({ uscc: firm.uscc, rank: 0 });
    const byRegNo = await findEntitiesByName({ names: [regNo], code: { kind: 'reg_no', code: regNo }, offset: 0, limit: 20 });
    expect(byRegNo.hits[0]).toMatchObject({ uscc: firm.uscc, rank: 0 });
  });

  it('treats LIKE wildcards as text', async () => {
    const { hits } = await findEntitiesByName({ names: ['%_'], offset: 0, limit: 20 });
    expect(hits).toEqual([]);
  });

  it('applies the level and district filters', async () => {
    const fragment = `${part}华通`;
    expect((await findEntitiesByName({ names: [fragment], districtCode: '370102', offset: 0, limit: 20 })).hits).toHaveLength(1);
    expect((await findEntitiesByName({ names: [fragment], districtCode: '370103', offset: 0, limit: 20 })).hits).toHaveLength(0);
    expect((await findEntitiesByName({ names: [fragment], level: ['black'], offset: 0, limit: 20 })).hits).toHaveLength(0);
  });

  it('matches a one-character text by prefix only', async () => {
    const { hits } = await findEntitiesByName({ names: ['東'], offset: 0, limit: 50 });
    for (const hit of hits) expect(hit.name.startsWith('東')).toBe(true);
    expect(hits.map((h) => h.uscc)).toContain(tradFirm.uscc);
  });
});

describe('findEntities with Meilisearch down', () => {
  beforeAll(() => meiliProxy.setMode('down'));
  afterAll(() => meiliProxy.setMode('up'));

  it('answers from PostgreSQL, degraded, with the fragment highlighted', async () => {
    const fragment = `${part}华`;
    const result = await findEntities(query(fragment), { highlight: true, pastLastPage: 'refuse' });
    expect(result.degraded).toBe(true);
    expect(result.hits.map((h) => h.uscc)).toEqual([firm.uscc]);
    expect(result.hits[0]?.highlights.name?.find((s) => s.hit)?.text).toBe(fragment);
  });

  it('finds simplified names from a traditional query and traditional names as typed', async () => {
    const simplified = await findEntities(query(toTraditional(`${part}华通`)), { highlight: false, pastLastPage: 'refuse' });
    expect(simplified.hits.map((h) => h.uscc)).toEqual([firm.uscc]);
    const traditional = await findEntities(query(`${part}貿易`), { highlight: false, pastLastPage: 'refuse' });
    expect(traditional.hits.map((h) => h.uscc)).toEqual([tradFirm.uscc]);
  });

  it('goes straight to the firm of a whole code', async () => {
    const byUscc = await findEntities(query(firm.uscc.toLowerCase()), { highlight: true, pastLastPage: 'refuse' });
    expect(byUscc).toMatchObject({ degraded: true, exactMatch: true, total: 1 });
    expect(byUscc.hits[0]?.uscc).toBe(firm.uscc);
    const byRegNo = await findEntities(query(regNo), { highlight: true, pastLastPage: 'refuse' });
    expect(byRegNo).toMatchObject({ exactMatch: true });
    expect(byRegNo.hits[0]?.uscc).toBe(firm.uscc);
  });

  it('pages through matches', async () => {
    const first = await findEntities(query('济南', { limit: 5 }), { highlight: false, pastLastPage: 'refuse' });
    const second = await findEntities(query('济南', { limit: 5, page: 2 }), { highlight: false, pastLastPage: 'refuse' });
    expect(first.total).toBeGreaterThan(10);
    expect(first.totalPages).toBe(Math.ceil(first.total / 5));
    expect(second.hits).toHaveLength(5);
    expect(second.hits.map((h) => h.uscc)).not.toContain(first.hits[0]?.uscc);
  });

  it('falls back for policy search, matching traditional text too', async () => {
    const result = await findPolicies({ q: toTraditional(`${part}小微企业稳岗`), page: 1, limit: 20 } as Parameters<typeof findPolicies>[0], '2026-01-01');
    expect(result.fallback).toBe(true);
    expect(result.policies.map((p) => p.title)).toEqual([policyTitle]);
  });
});

describe('with Meilisearch hung (accepts connections, never answers)', () => {
  beforeAll(() => meiliProxy.setMode('hang'));
  afterAll(() => meiliProxy.setMode('up'));

  it('falls back after about a second, then at once while it stays hung', async () => {
    let started = performance.now();
    const first = await findEntities(query(`${part}华通`), { highlight: true, pastLastPage: 'refuse' });
    const firstMs = performance.now() - started;
    expect(first.degraded).toBe(true);
    expect(first.hits.map((h) => h.uscc)).toEqual([firm.uscc]);
    expect(firstMs).toBeLessThan(1800);
    started = performance.now();
    const policies = await findPolicies({ q: `${part}稳岗`, page: 1, limit: 20 } as Parameters<typeof findPolicies>[0], '2026-01-01');
    expect(policies.fallback).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('reports the search probe as timed out within 700 ms', async () => {
    const started = performance.now();
    const result = await checkSearch();
    expect(performance.now() - started).toBeLessThan(700);
    expect(result).toEqual({ ok: false, error: 'timeout' });
  });
});

describe('after Meilisearch comes back', () => {
  it('searches Meilisearch again within a few seconds', async () => {
    meiliProxy.setMode('up');
    await expect
      .poll(async () => (await findEntities(query(`${part}华通`), { highlight: false, pastLastPage: 'refuse' })).degraded, { timeout: 10_000, interval: 500 })
      .toBe(false);
    expect((await checkSearch()).ok).toBe(true);
  });
});

describe('checkDatabase', () => {
  it('reports the database and the outbox backlog', async () => {
    const result = await checkDatabase();
    expect(result.db.ok).toBe(true);
    expect(result.outbox).toEqual({ backlog: expect.any(Number), oldestAgeSeconds: result.outbox?.backlog ? expect.any(Number) : null });
  });

  it('answers within 700 ms when PostgreSQL hangs, and recovers', async () => {
    dbProxy.setMode('hang');
    try {
      const started = performance.now();
      const result = await checkDatabase();
      expect(performance.now() - started).toBeLessThan(700);
      expect(result).toEqual({ db: { ok: false, error: 'timeout' }, outbox: null });
    } finally {
      dbProxy.setMode('up');
    }
    // Recovers: the next probes succeed (each is bounded by the 600 ms probe time-out; on a loaded
    // machine the first may still time out while the pool reconnects).
    await expect.poll(async () => (await checkDatabase()).db.ok, { timeout: 10_000, interval: 200 }).toBe(true);
  });

  it('reports a refused connection as unreachable', async () => {
    dbProxy.setMode('down');
    try {
      const result = await checkDatabase();
      expect(result.db.ok).toBe(false);
    } finally {
      dbProxy.setMode('up');
    }
  });
});

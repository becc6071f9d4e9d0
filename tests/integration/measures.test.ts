// The measures catalogue (激励/惩戒, issue 16 parts 3 and 4) against the real PostgreSQL: the seeded
// catalogue through GET /api/v1/measures and its filters; the measures that apply to a firm on the
// serious-illegal list (punitive, with their legal basis) and to a green firm (the incentives); a
// measure that has ended applies to no one; the credit report prints the measures that apply.
import '../support/next-route-context';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { GET: getMeasures } = await import('../../app/api/v1/measures/route');
const { GET: getReportPdf } = await import('../../app/[locale]/entities/[uscc]/report.pdf/route');
const { closeDb } = await import('../../lib/db/client');
const { getEntityProfile } = await import('../../lib/entities/get-entity-profile');
const { ratingDate } = await import('../../lib/env');
const { getMeasuresForFirm, measureSubjectOf } = await import('../../lib/measures/measures-for-firm');
const { getReportMeasures } = await import('../../lib/measures/get-report-measures');
const { createEntity, daysAgo } = await import('../factories/entities');
const { createMeasure, deleteMeasures } = await import('../factories/measures');

const randomAddress = () => `198.51.${crypto.randomInt(0, 256)}.${crypto.randomInt(1, 255)}`;

interface MeasureJson {
  code: string;
  kind: string;
  levels: string[];
  lists: string[];
  title: string;
  legalBasis: string;
  department: { code: string; name: string } | null;
  effectiveTo: string | null;
  excludesSupport: boolean;
  url: string;
}

async function api(query = '', language = 'zh-CN'): Promise<{ status: number; cacheControl: string | null; body: { measures: MeasureJson[] } }> {
  const res = await getMeasures(
    new Request(`http://localhost/api/v1/measures${query}`, { headers: { 'accept-language': language, 'x-credit-client-address': randomAddress() } }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: (await res.json()) as { measures: MeasureJson[] } };
}

type Firm = Awaited<ReturnType<typeof createEntity>>;
const firms = {} as Record<'seriousIllegal' | 'green' | 'yellow', Firm>;
const made: string[] = [];
let ended = '';
let current = '';

beforeAll(async () => {
  // An ended measure for black firms, and one in force for them: only the second may apply.
  ended = await createMeasure({ levels: ['black'], listKinds: ['serious_illegal_listing'], effectiveFrom: '2018-01-01', effectiveTo: daysAgo(1) });
  current = await createMeasure({ levels: ['black'], effectiveFrom: daysAgo(0) });
  made.push(ended, current);
  firms.seriousIllegal = await createEntity({
    records: [{ kind: 'serious_illegal_listing', decisionDate: daysAgo(60), grounds: '提交虚假材料取得登记', publicityEnd: daysAgo(-365) }],
  });
  firms.green = await createEntity({ records: [{ kind: 'honour', decisionDate: daysAgo(100) }] });
  // General: a simple-procedure (minor) penalty leaves a firm green (issue 17 part 2).
  firms.yellow = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(50), severity: 'general' }] });
});

afterAll(async () => {
  await deleteMeasures(made);
  await closeDb();
});

describe('GET /api/v1/measures', () => {
  it('lists the seeded catalogue, punitive first, each with its legal basis, cacheable', async () => {
    const { status, cacheControl, body } = await api();
    expect(status).toBe(200);
    expect(cacheControl).toMatch(/^public, max-age=\d+/);
    const seeded = body.measures.filter((m) => !m.code.startsWith('test-'));
    expect(seeded.filter((m) => m.kind === 'punitive').length).toBeGreaterThanOrEqual(6);
    expect(seeded.filter((m) => m.kind === 'incentive').length).toBeGreaterThanOrEqual(4);
    const kinds = body.measures.map((m) => m.kind);
    expect(kinds.indexOf('incentive')).toBeGreaterThan(kinds.lastIndexOf('punitive'));
    for (const m of seeded) expect(m.legalBasis).toMatch(/〔\d{4}〕/);
    const subsidies = body.measures.find((m) => m.code === 'restrict-subsidies');
    expect(subsidies).toMatchObject({ excludesSupport: true, title: '限制或取消财政补贴和政府扶持' });
    expect(subsidies?.url).toMatch(/\/zh-CN\/measures#restrict-subsidies$/);
    // Ended measures are not in the catalogue of today.
    expect(body.measures.some((m) => m.code === ended)).toBe(false);
    expect(body.measures.some((m) => m.code === current)).toBe(true);
  });

  it('answers in the language asked for', async () => {
    const { body } = await api('?level=green', 'en');
    expect(body.measures.find((m) => m.code === 'green-channel')?.title).toBe('Fast-track approval and processing with documents to follow');
    expect(body.measures.find((m) => m.code === 'green-channel')?.legalBasis).toMatch(/Dong Fu Ban \[2017\] No\. 74/);
  });

  it('filters by level and by list', async () => {
    const green = (await api('?level=green')).body.measures;
    expect(green.length).toBeGreaterThanOrEqual(4);
    expect(green.every((m) => m.kind === 'incentive' && m.levels.includes('green'))).toBe(true);
    const debtors = (await api('?list=dishonest_debtor')).body.measures;
    expect(debtors.map((m) => m.code)).toContain('restrict-high-consumption');
    expect(debtors.every((m) => m.lists.includes('dishonest_debtor'))).toBe(true);
    expect((await api('?list=dishonest-debtors')).body.measures.map((m) => m.code)).toEqual(debtors.map((m) => m.code));
  });

  it('names a bad parameter with 400', async () => {
    const res = await getMeasures(new Request('http://localhost/api/v1/measures?level=purple', { headers: { 'x-credit-client-address': randomAddress() } }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(400);
  });
});

describe('the measures that apply to a firm', () => {
  it('a firm on the serious-illegal list gets punitive measures with their legal basis, support excluded, no incentive', async () => {
    expect(firms.seriousIllegal.level).toBe('black');
    const profile = await getEntityProfile(firms.seriousIllegal.uscc, ratingDate());
    expect(measureSubjectOf(profile, ratingDate())).toEqual({ level: 'black', listings: ['serious_illegal_listing'] });
    const measures = await getMeasuresForFirm(profile, ratingDate());
    expect(measures.length).toBeGreaterThanOrEqual(1);
    expect(measures.every((m) => m.kind === 'punitive')).toBe(true);
    expect(measures.every((m) => m.legalBasis.zh.length > 0 && m.legalBasis.en.length > 0)).toBe(true);
    const codes = measures.map((m) => m.code);
    expect(codes).toEqual(expect.arrayContaining(['restrict-subsidies', 'restrict-tax-preferences', 'key-supervision', current]));
    expect(measures.some((m) => m.excludesSupport)).toBe(true);
    // The ended measure named this list and this level: it applies no more.
    expect(codes).not.toContain(ended);
  });

  it('a green firm gets the incentives and nothing punitive', async () => {
    expect(firms.green.level).toBe('green');
    const measures = await getMeasuresForFirm(await getEntityProfile(firms.green.uscc, ratingDate()), ratingDate());
    expect(measures.map((m) => m.code)).toEqual(
      expect.arrayContaining(['green-channel', 'fewer-inspections', 'simplified-priority-handling', 'priority-support-funds']),
    );
    expect(measures.every((m) => m.kind === 'incentive')).toBe(true);
  });

  it('a yellow firm on no list gets none', async () => {
    expect(firms.yellow.level).toBe('yellow');
    expect(await getMeasuresForFirm(await getEntityProfile(firms.yellow.uscc, ratingDate()), ratingDate())).toEqual([]);
  });

  it('the report lists them in its language, and its PDF prints them', async () => {
    const measures = await getReportMeasures(firms.seriousIllegal.uscc, 'en', ratingDate());
    const subsidies = measures.find((m) => m.id === 'restrict-subsidies');
    expect(subsidies).toMatchObject({ type: 'punitive', title: 'No financial subsidies or government support', department: 'Jinan Municipal Finance Bureau' });
    expect(subsidies?.legalBasis).toMatch(/Ji Zheng Ban Zi \[2019\] No\. 54/);

    const { uscc } = firms.seriousIllegal;
    const res = await getReportPdf(
      new Request(`http://localhost/zh-CN/entities/${uscc}/report.pdf`, { headers: { 'x-credit-client-address': randomAddress() } }),
      {
        params: Promise.resolve({ locale: 'zh-CN', uscc }),
      },
    );
    expect(res.status).toBe(200);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: Buffer.from(await res.arrayBuffer()) }).stdout.toString('utf8');
    expect(text.replace(/\s+/g, '')).toContain('限制或取消财政补贴和政府扶持');
  });
});

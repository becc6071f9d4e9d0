// Entity search against a real Meilisearch (found through lib/env: MEILI_URL or services.json in
// DATA_DIR). The index gets a unique prefix so parallel runs and the demo never collide.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRow } from '../../lib/db/queries/stream-search-rows';
import type { CreditLevel, EntityType } from '../../lib/domain/vocabulary';
import { buildUscc } from '../../lib/uscc';

// Must be set before lib/env is first imported (it parses process.env once): lib modules are
// imported dynamically in beforeAll.
process.env.SEARCH_INDEX_PREFIX = `it_${crypto.randomBytes(4).toString('hex')}_`;

type SearchModule = typeof import('../../lib/search');
let search: SearchModule;

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const LEVELS: CreditLevel[] = ['green', 'green', 'green', 'yellow', 'red', 'black'];
const TRADES = [...'恒鑫瑞宏盛泰德润嘉康富金永兴昌隆安和顺祥丰源达诚信宇天中东海新博智远卓鼎力正大汇聚联创凯明旭辉佳星君锦荣耀'];
const WORDS = ['科技', '建筑工程', '餐饮管理', '物流', '电子科技', '农业科技', '装饰设计', '机械设备', '食品', '医药'];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司'];
const SURNAMES = [...'王张李刘陈杨孙赵徐马'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋'];

let serial = 0;
function makeRow(name: string, overrides: Partial<SearchRow> = {}): SearchRow {
  serial += 1;
  // Organisation code body: the serial in base 31, so every firm has its own USCC.
  let body = '';
  for (let n = serial * 7919, i = 0; i < 8; i += 1, n = Math.floor(n / ORG_CHARS.length)) body = ORG_CHARS.charAt(n % ORG_CHARS.length) + body;
  const districtCode = serial % 2 === 0 ? '370102' : '370103';
  return {
    id: serial,
    uscc: buildUscc({ department: '9', category: '1', divisionCode: districtCode, orgCodeBody: body }),
    regNo: `3701${String(serial).padStart(11, '0')}`,
    name,
    formerNames: [],
    aliases: [],
    type: 'company',
    legalRepresentative: `${SURNAMES[serial % SURNAMES.length]}${GIVEN[(serial * 3) % GIVEN.length]}`,
    address: `济南市历下区经十路${serial}号`,
    districtCode,
    industryCode: 'F51',
    status: 'active',
    creditLevel: LEVELS[serial % LEVELS.length] as CreditLevel,
    isSmallMicro: serial % 3 === 0,
    establishedOn: '2016-03-01',
    registeredCapital: '50.0000',
    ...overrides,
  };
}

const huatong = makeRow('济南华通商贸有限公司', { aliases: ['华通'], creditLevel: 'yellow' });
const spdb = makeRow('上海浦东发展银行股份有限公司', { districtCode: '370103', industryCode: 'J66', creditLevel: 'green' });
const longName = makeRow('济南鸿鹭精密机械制造有限公司', { industryCode: 'C34', creditLevel: 'red' });
// A Latin word that is not pinyin (nor initials) in an address.
const plaza = makeRow('济南恒隆广场商业管理有限公司', { address: '济南市历下区泉城路188号 Plaza 66' });
// Competitors sharing characters with the targets, so the assertions are about ranking, not luck.
const competitors = [
  makeRow('济南华恒商贸有限公司'),
  makeRow('济南通达商贸有限公司'),
  makeRow('济南华通超市有限公司'),
  makeRow('济南浦东物流有限公司'),
  makeRow('济南发展建设有限公司'),
  makeRow('济南鸿达机械设备有限公司'),
  makeRow('济南精密电子科技有限公司'),
];
const fillers: SearchRow[] = [];
for (let i = 0; fillers.length < 190; i += 1) {
  const trade = `${TRADES[i % TRADES.length]}${TRADES[(i * 7 + 5) % TRADES.length]}`;
  if (trade === '华通' || trade.charAt(0) === trade.charAt(1)) continue;
  const type: EntityType = i % 10 === 0 ? 'individual' : 'company';
  fillers.push(makeRow(`济南${trade}${WORDS[i % WORDS.length]}${FORMS[i % FORMS.length]}`, { type }));
}
const allRows = [huatong, spdb, longName, plaza, ...competitors, ...fillers];

beforeAll(async () => {
  search = await import('../../lib/search');
  const ensured = await search.ensureEntityIndex();
  expect(ensured).toMatchObject({ created: true, empty: true });
  // Two batches, as the worker would send them; wait for both.
  await search.upsertEntityDocuments(allRows.slice(0, 100), { wait: true });
  await search.upsertEntityDocuments(allRows.slice(100), { wait: true });
}, 120_000);

afterAll(async () => {
  if (!search) return;
  const client = search.getSearchClient();
  const uid = search.indexName('entities');
  const task = await client.deleteIndex(uid);
  await client.tasks.waitForTask(task.taskUid);
});

async function topUsccs(q: string, n = 5): Promise<string[]> {
  const result = await search.searchEntities({ q, hitsPerPage: n });
  return result.hits.map((h) => h.uscc);
}

describe('entity search (real Meilisearch)', () => {
  it('indexed every document', async () => {
    const result = await search.searchEntities({ q: '', hitsPerPage: 1 });
    expect(result.total).toBe(allRows.length);
  });

  it.each([
    ['the 2-character fragment 通商 (across the segmenter’s words 华通|商贸)', '通商', () => huatong],
    ['the 2-character trade name 华通', '华通', () => huatong],
    ['the 3-character fragment 通商贸', '通商贸', () => huatong],
    ['the traditional-character query 華通', '華通', () => huatong],
    ['the traditional-character full name', '濟南華通商貿有限公司', () => huatong],
    ['the abbreviation 浦发', '浦发', () => spdb],
    ['the abbreviation 浦发银行', '浦发银行', () => spdb],
    ['full pinyin huatong', 'huatong', () => huatong],
    ['full pinyin with a space: hua tong', 'hua tong', () => huatong],
    ['pinyin initials htsm', 'htsm', () => huatong],
    ['pinyin initials of the whole name jnhtsm', 'jnhtsm', () => huatong],
    ['pinyin initials of the core pdfzyh', 'pdfzyh', () => spdb],
    ['the whole core in pinyin huatongshangmao', 'huatongshangmao', () => huatong],
    ['city and trade name in pinyin jinanhuatong', 'jinanhuatong', () => huatong],
    ['pinyin of the core of the full name pudongfazhan', 'pudongfazhan', () => spdb],
    ['a one-character typo in a longer name (机戒 for 机械)', '济南鸿鹭精密机戒制造有限公司', () => longName],
    ['a Latin word of the address that is not pinyin: Plaza', 'Plaza', () => plaza],
    ['the legal representative', huatong.legalRepresentative + ' 华通', () => huatong],
  ])('finds the firm in the first five for %s', async (_label, q, target) => {
    expect(await topUsccs(q)).toContain(target().uscc);
  });

  it('a USCC (any case, full-width, spaces) is an exact match of that firm only', async () => {
    const typed = ` ${huatong.uscc.toLowerCase().slice(0, 9)} ${huatong.uscc.slice(9).replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}`;
    for (const q of [huatong.uscc, typed]) {
      const result = await search.searchEntities({ q });
      expect(result.exactMatch).toBe(true);
      expect(result.hits.map((h) => h.uscc)).toEqual([huatong.uscc]);
      expect(result.total).toBe(1);
    }
  });

  it('a 15-digit 注册号 is an exact match', async () => {
    const result = await search.searchEntities({ q: spdb.regNo as string });
    expect(result.exactMatch).toBe(true);
    expect(result.hits[0]?.uscc).toBe(spdb.uscc);
  });

  it('a well-formed USCC that no firm has is not an exact match', async () => {
    const unknown = buildUscc({ department: '9', category: '1', divisionCode: '370102', orgCodeBody: 'ZZZZZZZZ'.replace(/Z/g, 'W') });
    const result = await search.searchEntities({ q: unknown });
    expect(result.exactMatch).toBe(false);
    expect(result.hits.map((h) => h.uscc)).not.toContain(unknown);
  });

  it('returns highlights as text segments', async () => {
    const result = await search.searchEntities({ q: '华通商贸', hitsPerPage: 5 });
    const hit = result.hits.find((h) => h.uscc === huatong.uscc);
    expect(hit).toBeDefined();
    const segments = hit?.highlights.name ?? [];
    expect(segments.map((s) => s.text).join('')).toBe(huatong.name);
    expect(segments.some((s) => s.hit && s.text.includes('华通'))).toBe(true);
    for (const s of segments) expect(s.text).not.toMatch(/[<>\uE000\uE001]/);
    const plain = await search.searchEntities({ q: '华通商贸', hitsPerPage: 5, highlight: false });
    expect(plain.hits[0]?.highlights).toEqual({});
  });

  it('never returns the helper fields', async () => {
    const result = await search.searchEntities({ q: '华通', hitsPerPage: 5 });
    for (const hit of result.hits) {
      expect(hit).not.toHaveProperty('nameGrams');
      expect(hit).not.toHaveProperty('pinyinGrams');
    }
  });

  it('filters by level and counts facets', async () => {
    const expected: Record<string, number> = {};
    for (const r of allRows) expected[r.creditLevel] = (expected[r.creditLevel] ?? 0) + 1;
    const all = await search.searchEntities({ q: '', hitsPerPage: 1 });
    expect(all.facets.creditLevel).toEqual(expected);
    expect(all.facets.type).toEqual({
      company: allRows.filter((r) => r.type === 'company').length,
      individual: allRows.filter((r) => r.type === 'individual').length,
    });

    const red = await search.searchEntities({ q: '', level: ['red'], hitsPerPage: 50 });
    expect(red.total).toBe(expected.red);
    expect(red.hits.every((h) => h.creditLevel === 'red')).toBe(true);
    expect(red.facets.creditLevel).toEqual({ red: expected.red });

    const two = await search.searchEntities({ q: '', level: ['red', 'black'], districtCode: '370102', hitsPerPage: 50 });
    const want = allRows.filter((r) => (r.creditLevel === 'red' || r.creditLevel === 'black') && r.districtCode === '370102');
    expect(two.total).toBe(want.length);
    expect(new Set(two.hits.map((h) => h.uscc))).toEqual(new Set(want.map((r) => r.uscc)));

    const bank = await search.searchEntities({ q: '银行', industryCode: 'J66' });
    expect(bank.hits.map((h) => h.uscc)).toEqual([spdb.uscc]);
  });

  it('rejects filter values outside the vocabulary', async () => {
    await expect(search.searchEntities({ q: '', districtCode: '37" OR 1=1' })).rejects.toMatchObject({ code: 'bad_parameter' });
    await expect(search.searchEntities({ q: '', level: ['purple' as CreditLevel] })).rejects.toMatchObject({ code: 'bad_parameter' });
  });

  it('pages through results', async () => {
    const first = await search.searchEntities({ q: '', hitsPerPage: 50, page: 1 });
    const second = await search.searchEntities({ q: '', hitsPerPage: 50, page: 2 });
    expect(first.totalPages).toBe(Math.ceil(allRows.length / 50));
    expect(second.page).toBe(2);
    const overlap = second.hits.filter((h) => first.hits.some((f) => f.uscc === h.uscc));
    expect(overlap).toEqual([]);
    // hitsPerPage is capped at 50.
    expect((await search.searchEntities({ q: '', hitsPerPage: 500 })).hitsPerPage).toBe(50);
  });

  it('suggests names for the typeahead with minimal fields', async () => {
    const suggestions = await search.suggestEntities('华通', 5);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((s) => s.uscc)).toContain(huatong.uscc);
    expect(Object.keys(suggestions[0] ?? {}).sort()).toEqual(['creditLevel', 'name', 'uscc']);
    expect(await search.suggestEntities('   ')).toEqual([]);
  });

  it('suggests while pinyin is typed, the last syllable unfinished', async () => {
    expect((await search.suggestEntities('huatongsh', 5)).map((s) => s.uscc)).toContain(huatong.uscc);
    expect((await search.suggestEntities('pudongf', 5)).map((s) => s.uscc)).toContain(spdb.uscc);
  });

  it('a whole code typed into the typeahead suggests its firm; codes are not searchable words', async () => {
    expect((await search.suggestEntities(huatong.uscc)).map((s) => s.uscc)).toEqual([huatong.uscc]);
    expect((await search.suggestEntities(` ${huatong.uscc.toLowerCase()} `)).map((s) => s.uscc)).toEqual([huatong.uscc]);
    // Part of a code is not a word of the index: it finds no firm by its code.
    const partial = await search.searchEntities({ q: huatong.uscc.slice(0, 12) });
    expect(partial.exactMatch).toBe(false);
    expect(partial.hits.map((h) => h.uscc)).not.toContain(huatong.uscc);
  });

  it('updates and deletes documents', async () => {
    await search.upsertEntityDocuments([{ ...huatong, creditLevel: 'black' }], { wait: true });
    const updated = await search.searchEntities({ q: huatong.uscc });
    expect(updated.hits[0]?.creditLevel).toBe('black');
    const victim = fillers[0] as SearchRow;
    await search.deleteEntityDocuments([victim.uscc], { wait: true });
    expect((await search.searchEntities({ q: victim.uscc })).exactMatch).toBe(false);
  });

  it('reports search_unavailable when the index is gone', async () => {
    const client = search.getSearchClient();
    const task = await client.deleteIndex(search.indexName('entities'));
    await client.tasks.waitForTask(task.taskUid);
    await expect(search.searchEntities({ q: '华通' })).rejects.toMatchObject({ code: 'search_unavailable' });
    await expect(search.suggestEntities('华通')).rejects.toMatchObject({ code: 'search_unavailable' });
  });
});

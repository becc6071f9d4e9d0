// The search document builder: helper fields that make fragments, abbreviations, pinyin and
// traditional characters find a firm, within bounds (speed: `npm run bench:documents`).
import { describe, expect, it } from 'vitest';
import { ABBREVIATION_WINDOW, MAX_NAME_GRAMS, MAX_PINYIN_TOKENS, buildEntityDocument, coreName } from '../../lib/search/build-entity-document';
import { normalizeQuery, parseHighlighted } from '../../lib/search/search-entities';
import { ENTITY_DISPLAYED_FIELDS } from '../../lib/search/settings';
import { searchRow } from '../factories/search-rows';

const row = searchRow;

const tokens = (s: string) => s.split(' ').filter(Boolean);

describe('coreName', () => {
  it.each([
    ['济南华通商贸有限公司', '华通商贸'],
    ['济南市华通商贸有限责任公司', '华通商贸'],
    ['山东华通商贸股份有限公司', '华通商贸'],
    ['上海浦东发展银行股份有限公司', '浦东发展银行'],
    ['历下区王记便利店', '王记便利店'],
    ['济南市槐荫区老张家常菜馆', '老张家常菜馆'],
    ['章丘区明水大葱种植专业合作社', '明水大葱种植'],
    ['济南华通商贸有限公司(历下分公司)', '华通商贸'],
    ['济南高新技术产业开发区华通科技有限公司', '华通科技'],
    // Not places: 超市 and 社区 stay in the core.
    ['华通超市有限公司', '华通超市'],
    ['华通社区服务中心', '华通社区服务中心'],
    // A name that is only a place keeps it.
    ['济南有限公司', '济南'],
  ])('%s → %s', (name, core) => {
    expect(coreName(name)).toBe(core);
  });
});

describe('buildEntityDocument', () => {
  it('copies the displayed fields and nothing personal beyond the registered name', () => {
    const doc = buildEntityDocument(row({ aliases: ['华通', ' 华通 '], formerNames: ['济南恒达商贸有限公司'] }));
    expect(doc).toMatchObject({
      uscc: '91370102MA3C4XYZ1B',
      regNo: '370102200012345',
      name: '济南华通商贸有限公司',
      aliases: ['华通'],
      formerNames: ['济南恒达商贸有限公司'],
      legalRepresentative: '王伟',
      creditLevel: 'green',
      isSmallMicro: true,
    });
    expect(Object.keys(doc).sort()).toEqual([...ENTITY_DISPLAYED_FIELDS, 'nameGrams', 'pinyinGrams'].sort());
  });

  it('nameGrams hold every 2- and 3-character fragment of the core name', () => {
    const grams = tokens(buildEntityDocument(row()).nameGrams);
    for (const g of ['华通', '通商', '商贸', '华通商', '通商贸']) expect(grams).toContain(g);
    // The city prefix and the organisation form are not fragments of the core.
    expect(grams).not.toContain('济南');
    expect(grams).not.toContain('南华');
    expect(grams).not.toContain('有限');
  });

  it('finds a substring that segmentation misses (处理 in 待处理事项)', () => {
    const grams = tokens(buildEntityDocument(row({ name: '济南待处理事项服务有限公司' })).nameGrams);
    expect(grams).toContain('处理');
  });

  it('nameGrams hold abbreviation pairs of the leading characters (浦发)', () => {
    const grams = tokens(buildEntityDocument(row({ name: '上海浦东发展银行股份有限公司' })).nameGrams);
    expect(grams).toContain('浦发');
    expect(grams).toContain('浦银');
    expect(grams).toContain('发行');
    // Pairs come only from the first ABBREVIATION_WINDOW characters of the core (浦东发展银行 has 6).
    const long = tokens(buildEntityDocument(row({ name: '济南甲乙丙丁戊己庚辛科技有限公司' })).nameGrams);
    expect(ABBREVIATION_WINDOW).toBe(6);
    expect(long).toContain('甲己');
    expect(long).not.toContain('甲庚');
  });

  it('nameGrams include aliases and stay within the cap', () => {
    const grams = tokens(buildEntityDocument(row({ aliases: ['恒泰达'] })).nameGrams);
    expect(grams).toContain('恒泰');
    expect(grams).toContain('泰达');
    const long = buildEntityDocument(
      row({
        name: `济南${'华通商贸物流供应链管理咨询服务'.repeat(4)}有限公司`,
        aliases: ['鑫瑞宏盛泰德润嘉康富', '金永兴昌隆安和顺祥丰'],
        formerNames: ['济南源达通诚信宇天中东海新博智远有限公司'],
      }),
    );
    const all = tokens(long.nameGrams);
    expect(all.length).toBeLessThanOrEqual(MAX_NAME_GRAMS);
    expect(new Set(all).size).toBe(all.length);
    // Abbreviations survive the cap (they come right after the core bigrams).
    expect(all).toContain('华商');
    expect(tokens(long.pinyinGrams).length).toBeLessThanOrEqual(MAX_PINYIN_TOKENS);
  });

  it('pinyin holds syllables, syllable pairs and initials windows, never a whole joined name', () => {
    const p = tokens(buildEntityDocument(row({ aliases: ['华通'] })).pinyinGrams);
    for (const t of ['ji', 'nan', 'hua', 'tong', 'shang', 'mao']) expect(p).toContain(t);
    // 济南 joined is re-split as a query would be (jin|an): both sides agree on the pairs.
    for (const t of ['jinan', 'anhua', 'huatong', 'tongshang', 'shangmao']) expect(p).toContain(t);
    for (const t of ['jnh', 'nht', 'hts', 'tsm']) expect(p).toContain(t);
    // The alias 华通 has two syllables: its initials are one short word.
    expect(p).toContain('ht');
    expect(p).not.toContain('jinanhuatongshangmao');
    expect(p).not.toContain('huatongshangmao');
    expect(p).not.toContain('jnhtsm');
    for (const t of p) expect(t).toMatch(/^[a-z]+$/);
  });

  it('converts traditional characters to simplified in the helper fields', () => {
    const doc = buildEntityDocument(row({ name: '濟南華通商貿有限公司', aliases: ['華通'] }));
    expect(doc.name).toBe('濟南華通商貿有限公司');
    const grams = tokens(doc.nameGrams);
    expect(grams).toContain('华通');
    expect(grams).toContain('商贸');
    expect(grams).not.toContain('華通');
    expect(tokens(doc.pinyinGrams)).toContain('hts');
  });

  it('grams never straddle Latin letters or digits', () => {
    const grams = tokens(buildEntityDocument(row({ name: '济南ABC华通123科技有限公司' })).nameGrams);
    expect(grams).toContain('华通');
    expect(grams).toContain('科技');
    for (const g of grams) expect(g).toMatch(/^[\u3400-\u9fff]+$/);
  });
});

describe('query helpers', () => {
  it('normalizeQuery folds full-width, spaces and traditional characters and caps the length', () => {
    expect(normalizeQuery('  ９１３７０１０２ＭＡ３Ｃ　 華通  ')).toBe('91370102MA3C 华通');
    expect(Array.from(normalizeQuery('华'.repeat(300))).length).toBe(100);
  });

  it('parseHighlighted splits tagged text into segments and never yields markup', () => {
    expect(parseHighlighted('济南\uE000华通\uE001商贸<b>')).toEqual([
      { text: '济南', hit: false },
      { text: '华通', hit: true },
      { text: '商贸<b>', hit: false },
    ]);
    expect(parseHighlighted('plain')).toEqual([{ text: 'plain', hit: false }]);
    expect(parseHighlighted('')).toEqual([]);
  });
});

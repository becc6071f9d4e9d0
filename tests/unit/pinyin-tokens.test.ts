// Pinyin shingles: what the index holds and what a typed query becomes must agree, and the index's
// pinyin vocabulary must not grow with the number of firms.
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { pinyinIndexTokens, rewritePinyinQuery, splitPinyin } from '../../lib/search/pinyin-tokens';

function syllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', v: true });
}

/** Whether every word of the rewritten query is a word of the index (what matchingStrategy all needs). */
function finds(han: string, typed: string): boolean {
  const index = new Set(pinyinIndexTokens(syllables(han)));
  const words = rewritePinyinQuery(typed).split(' ');
  const last = words.length - 1;
  // Meilisearch matches the last query word as a prefix.
  return words.every((w, i) => index.has(w) || (i === last && [...index].some((t) => t.startsWith(w))));
}

describe('splitPinyin', () => {
  it('splits joined syllables, longest first with backtracking', () => {
    expect(splitPinyin('huatongshangmao')).toEqual(['hua', 'tong', 'shang', 'mao']);
    expect(splitPinyin('xian')).toEqual(['xian']);
    // Longest first would take "xiang" then be stuck on "e"… "xiange" is xiang|e, still valid.
    expect(splitPinyin('xiange')).toEqual(['xiang', 'e']);
    // Backtracking: "zhuangai" → zhuang|ai.
    expect(splitPinyin('zhuangai')).toEqual(['zhuang', 'ai']);
    expect(splitPinyin('fanganhua')).toEqual(['fang', 'an', 'hua']);
  });

  it('is not pinyin when a letter cannot start a syllable', () => {
    expect(splitPinyin('htsm')).toBeNull();
    expect(splitPinyin('jnhtsm')).toBeNull();
    expect(splitPinyin('pdfzyh')).toBeNull();
    expect(splitPinyin('hua1')).toBeNull();
    expect(splitPinyin('')).toBeNull();
  });

  it('accepts an unfinished last syllable only after a whole one', () => {
    expect(splitPinyin('huatongsh', { partialTail: true })).toEqual(['hua', 'tong', 'sh']);
    expect(splitPinyin('huatongsh')).toBeNull();
    expect(splitPinyin('sh', { partialTail: true })).toBeNull();
  });

  it('splits a tail from a syllable boundary as the tail alone (query and index agree)', () => {
    for (const joined of ['jinanhuatongshangmao', 'xianhuaqiche', 'changanzhongxing', 'pingandongfang']) {
      const whole = splitPinyin(joined) as string[];
      let at = 0;
      for (let k = 0; k < whole.length; k += 1) {
        expect(splitPinyin(joined.slice(at))).toEqual(whole.slice(k));
        at += (whole[k] as string).length;
      }
    }
  });
});

describe('pinyinIndexTokens', () => {
  it('holds syllables, adjacent pairs of the re-split letters and initials windows', () => {
    const tokens = pinyinIndexTokens(['hua', 'tong', 'shang', 'mao']);
    expect(tokens).toEqual(['hua', 'tong', 'shang', 'mao', 'huatong', 'tongshang', 'shangmao', 'hts', 'tsm']);
    expect(pinyinIndexTokens(['hua', 'tong'])).toEqual(['hua', 'tong', 'huatong', 'ht']);
    expect(pinyinIndexTokens(['hua'])).toEqual(['hua']);
    expect(pinyinIndexTokens([])).toEqual([]);
  });

  it('keeps the vocabulary bounded: no token longer than two syllables', () => {
    const names = ['济南华通商贸', '上海浦东发展银行', '青岛海尔智家股份', '西安长安汽车零部件制造'];
    for (const name of names) {
      for (const t of pinyinIndexTokens(syllables(name))) expect(t.length).toBeLessThanOrEqual(12);
    }
  });
});

describe('rewritePinyinQuery', () => {
  it('rewrites pinyin into pairs and initials into windows', () => {
    expect(rewritePinyinQuery('huatong')).toBe('huatong');
    expect(rewritePinyinQuery('huatongshangmao')).toBe('huatong tongshang shangmao');
    expect(rewritePinyinQuery('hua tong')).toBe('huatong');
    expect(rewritePinyinQuery('HuaTong')).toBe('huatong');
    expect(rewritePinyinQuery("xi'an")).toBe('xian');
    expect(rewritePinyinQuery('xi’an qiche')).toBe('xian qiche');
    expect(rewritePinyinQuery('htsm')).toBe('hts tsm');
    expect(rewritePinyinQuery('ht')).toBe('ht');
    expect(rewritePinyinQuery('jnhtsm')).toBe('jnh nht hts tsm');
  });

  it('leaves Chinese, digits and mixed words as typed', () => {
    expect(rewritePinyinQuery('华通 物流')).toBe('华通 物流');
    expect(rewritePinyinQuery('经十路88号')).toBe('经十路88号');
    expect(rewritePinyinQuery('huatong 物流')).toBe('huatong 物流');
    expect(rewritePinyinQuery('a座 huatong')).toBe('a座 huatong');
  });

  it('ends with the unfinished syllable for the typeahead', () => {
    expect(rewritePinyinQuery('huatongsh')).toBe('huatong tongsh');
    // Only the last word may be unfinished: before another word, huatongsh is not pinyin.
    expect(rewritePinyinQuery('huatongsh 物流')).not.toContain('huatong');
  });

  it.each([
    ['济南华通商贸', 'huatong'],
    ['济南华通商贸', 'hua tong'],
    ['济南华通商贸', 'jinanhuatong'],
    ['济南华通商贸', 'huatongshangmao'],
    ['济南华通商贸', 'huatongsh'],
    ['济南华通商贸', 'htsm'],
    ['济南华通商贸', 'jnhtsm'],
    ['济南华通商贸', 'jnht'],
    ['上海浦东发展银行', 'pdfzyh'],
    ['上海浦东发展银行', 'pudongfazhan'],
    ['西安长安汽车', 'xianchangan'],
    ['西安长安汽车', "xi'an"],
    ['平安东方', 'pingandongfang'],
  ])('what is typed finds %s: %s', (han, typed) => {
    expect(finds(han, typed)).toBe(true);
  });

  it('does not find a firm whose syllables are only out of order', () => {
    expect(finds('通华商贸', 'huatong')).toBe(false);
    expect(finds('济南华通商贸', 'tonghua')).toBe(false);
  });
});

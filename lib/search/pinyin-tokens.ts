// Pinyin as words of the search index, with a vocabulary that does not grow with the city.
//
// Meilisearch rebuilds its word FST from the whole vocabulary on every update batch, so the number
// of distinct words bounds how fast a change reaches search (bench:freshness). Joined pinyin of each
// name (huatongshangmao, jnhtsm) was one new word per firm and name variant: 3 of the 3.9 million
// words of a million-firm index. Instead the index holds shingles whose vocabulary is bounded by
// the language, not by the number of firms:
// - syllables (hua, tong: about 400),
// - adjacent syllable pairs (huatong, tongshang: at most 400², in practice tens of thousands),
// - initials in windows of three (hts, tsm) or whole when shorter (ht).
// A letters-only query is rewritten into the same shingles (huatongshangmao → huatong tongshang
// shangmao; htsm → hts tsm), so every pair must match, which is nearly as precise as the whole word.
//
// Both sides split joined letters into syllables with the same deterministic function, so they
// agree even where pinyin is ambiguous (jinan is jin|an on both sides, whether 济南 or 金安).

/**
 * The toneless syllables of Mandarin as pinyin-pro writes them (ü as v), derived from its dictionary
 * over the CJK basic block, without the interjections m, n, ng, hm and hng.
 */
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en ' +
    'eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui ' +
    'gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie ' +
    'jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo ' +
    'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man ' +
    'mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang ' +
    'niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping ' +
    'po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan ' +
    'rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan ' +
    'shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu ' +
    'tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya ' +
    'yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao ' +
    'zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const LONGEST_SYLLABLE = 6;

/** Every proper and improper prefix of a syllable (an unfinished last syllable while typing). */
const SYLLABLE_PREFIXES = new Set([...SYLLABLES].flatMap((s) => Array.from({ length: s.length }, (_, i) => s.slice(0, i + 1))));

/** Initials are indexed in windows of this many letters. */
export const INITIALS_WINDOW = 3;

const LETTERS = /^[a-z]+$/;
const SYLLABLE_APOSTROPHE = /([a-zA-Z])['’‘]([a-zA-Z])/g;

/**
 * Splits joined lowercase letters into syllables, longest syllable first with backtracking, so the
 * split of a string's tail from any syllable boundary is the split of that tail alone. With
 * `partialTail`, the last piece may be the start of a syllable (huatongsh → hua tong sh) when a whole
 * syllable comes before it. Null when the letters are not pinyin.
 */
export function splitPinyin(letters: string, options: { partialTail?: boolean } = {}): string[] | null {
  if (!LETTERS.test(letters)) return null;
  const n = letters.length;
  // fail[i]: no split of letters.slice(i) exists (memo keeps it linear).
  const fail = new Uint8Array(n + 1);
  const out: string[] = [];
  const walk = (at: number): boolean => {
    if (at === n) return true;
    if (fail[at]) return false;
    for (let len = Math.min(LONGEST_SYLLABLE, n - at); len >= 1; len -= 1) {
      const piece = letters.slice(at, at + len);
      if (!SYLLABLES.has(piece)) continue;
      out.push(piece);
      if (walk(at + len)) return true;
      out.pop();
    }
    if (options.partialTail && at > 0 && SYLLABLE_PREFIXES.has(letters.slice(at))) {
      out.push(letters.slice(at));
      return true;
    }
    fail[at] = 1;
    return false;
  };
  return walk(0) ? out : null;
}

/** Adjacent pairs joined (a single syllable stays itself): hua tong shang → huatong tongshang. */
function pairs(syllables: readonly string[]): string[] {
  if (syllables.length <= 1) return [...syllables];
  const out: string[] = [];
  for (let i = 1; i < syllables.length; i += 1) out.push(`${syllables[i - 1] ?? ''}${syllables[i] ?? ''}`);
  return out;
}

/** Windows of INITIALS_WINDOW letters, or the whole string when shorter: jnhtsm → jnh nht hts tsm. */
function initialWindows(initials: string): string[] {
  if (initials.length <= INITIALS_WINDOW) return initials ? [initials] : [];
  const out: string[] = [];
  for (let i = 0; i + INITIALS_WINDOW <= initials.length; i += 1) out.push(initials.slice(i, i + INITIALS_WINDOW));
  return out;
}

/**
 * The index words of one name's syllables (from pinyin-pro, one per Han character): the syllables,
 * the pairs of the joined letters re-split by splitPinyin (so the split a query gets), and the
 * initials' windows. The caller deduplicates and caps.
 */
export function pinyinIndexTokens(syllables: readonly string[]): string[] {
  if (syllables.length === 0) return [];
  const resplit = splitPinyin(syllables.join('')) ?? syllables;
  const out = [...syllables];
  if (resplit.length > 1) out.push(...pairs(resplit));
  if (syllables.length > 1) out.push(...initialWindows(syllables.map((s) => s.charAt(0)).join('')));
  return out;
}

/** The shingles of one letters-only query word: pinyin pairs, or else initials' windows. */
function queryWordTokens(letters: string, last: boolean): string[] {
  const syllables = splitPinyin(letters, { partialTail: last });
  return syllables ? pairs(syllables) : initialWindows(letters);
}

/**
 * Rewrites the letters-only words of a (normalised) query into the index's pinyin shingles and
 * leaves every other word as typed. Single syllables typed apart (hua tong) are joined first. The last
 * word may be unfinished; Meilisearch matches the last word of a query as a prefix, so
 * huatongsh → huatong tongsh still finds tongshang.
 */
export function rewritePinyinQuery(q: string): string {
  // An apostrophe between letters separates syllables (xi'an).
  const words = q
    .replace(SYLLABLE_APOSTROPHE, '$1 $2')
    .split(' ')
    .filter((w) => w.length > 0);
  if (!words.some((w) => LETTERS.test(w.toLowerCase()))) return q;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    if (!LETTERS.test(word.toLowerCase())) {
      out.push(word);
      i += 1;
      continue;
    }
    // A run of letters-only words: syllables typed apart are joined (hua tong, xi an qiche).
    let j = i;
    while (j < words.length && LETTERS.test((words[j] as string).toLowerCase())) j += 1;
    const pieces: string[] = [];
    let apart = false;
    for (const w of words.slice(i, j).map((x) => x.toLowerCase())) {
      const single = SYLLABLES.has(w);
      if (single && apart) pieces[pieces.length - 1] += w;
      else pieces.push(w);
      apart = single;
    }
    pieces.forEach((piece, k) => out.push(...queryWordTokens(piece, j === words.length && k === pieces.length - 1)));
    i = j;
  }
  return out.join(' ');
}

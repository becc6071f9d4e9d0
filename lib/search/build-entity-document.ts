// Pure mapping from a database row to the entity search document, with helper fields that make
// what people type find the firm where Meilisearch's jieba segmentation alone does not:
// substrings of a name (处理 in 待处理事项), abbreviations (浦发 for 上海浦东发展银行) and pinyin.
// It runs once per firm in a reindex (a million times), so it avoids regexes in the inner loops.
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SearchRow } from '../db/queries/stream-search-rows';
import type { CreditLevel, EntityStatus, EntityType } from '../domain/vocabulary';
import { pinyinIndexTokens } from './pinyin-tokens';

/** The document stored in the entity index (helper fields are searchable but never displayed). */
export interface EntityDocument {
  uscc: string;
  regNo: string | null;
  name: string;
  aliases: string[];
  formerNames: string[];
  legalRepresentative: string;
  address: string;
  districtCode: string;
  industryCode: string | null;
  type: EntityType;
  status: EntityStatus;
  creditLevel: CreditLevel;
  isSmallMicro: boolean;
  /** Space-separated 2- and 3-character fragments and abbreviation pairs of the core names. */
  nameGrams: string;
  /** Space-separated toneless pinyin shingles: syllables, syllable pairs and initials' windows. */
  pinyinGrams: string;
}

/** Upper bound of nameGrams tokens, so a long name or many aliases cannot bloat the index. */
export const MAX_NAME_GRAMS = 80;
/** Upper bound of pinyin tokens. */
export const MAX_PINYIN_TOKENS = 60;
/** Abbreviation pairs are taken from this many leading characters of the core name. */
export const ABBREVIATION_WINDOW = 6;

// Traditional → simplified, created once (building the dictionary trie is the expensive part).
const toSimplifiedChars = OpenCC.Converter({ from: 't', to: 'cn' });

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const SPACES = /[\s\u3000]+/g;

/** Full-width ASCII to half-width, spaces collapsed, trimmed, traditional characters to simplified. */
export function normalizeSearchText(input: string): string {
  const folded = input
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .trim();
  return folded ? toSimplifiedChars(folded) : folded;
}

/** Whether a code point is a CJK unified ideograph (basic block or extension A). */
function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

// Organisation forms: the core name ends before the first of these (longest first).
const ORG_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '股份合作公司',
  '有限公司',
  '股份公司',
  '集团',
  '公司',
  '农民专业合作社',
  '专业合作社',
  '合作社',
  '个体工商户',
] as const;

// Province-level names (short form); with or without 省/市/自治区 they open many firm names.
const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];
// Cities that open names without their 市 (the seed cities and the largest others). A name such as
// 济南市… is handled by the generic 市 rule; this list is only for the bare form.
const CITIES = [
  '济南',
  '青岛',
  '淄博',
  '烟台',
  '潍坊',
  '济宁',
  '泰安',
  '临沂',
  '德州',
  '聊城',
  '滨州',
  '菏泽',
  '日照',
  '威海',
  '枣庄',
  '东营',
  '莱芜',
  '大连',
  '沈阳',
  '曲靖',
  '昆明',
  '界首',
  '阜阳',
  '合肥',
  '东莞',
  '广州',
  '深圳',
  '佛山',
  '南京',
  '苏州',
  '无锡',
  '杭州',
  '宁波',
  '武汉',
  '长沙',
  '成都',
  '西安',
  '郑州',
  '石家庄',
  '太原',
  '哈尔滨',
  '长春',
  '福州',
  '厦门',
  '南昌',
  '南宁',
  '贵阳',
  '兰州',
  '西宁',
  '银川',
  '乌鲁木齐',
  '呼和浩特',
  '拉萨',
  '海口',
];
const PLACE_PREFIXES = [...PROVINCES.flatMap((p) => [`${p}省`, `${p}市`, `${p}自治区`, p]), ...CITIES.flatMap((c) => [`${c}市`, c])]
  // Longest first, so 济南市 wins over 济南.
  .sort((a, b) => b.length - a.length);
// Words ending in 区/县/市 that are not places (社区服务中心 is not a district).
const NOT_PLACE_ENDINGS = new Set([
  '社区',
  '园区',
  '小区',
  '景区',
  '城区',
  '街区',
  '山区',
  '林区',
  '矿区',
  '厂区',
  '校区',
  '商区',
  '库区',
  '营区',
  '超市',
  '城市',
  '夜市',
  '集市',
  '门市',
  '菜市',
  '股市',
  '花市',
  '灯市',
]);
const DEVELOPMENT_ZONES = ['高新技术产业开发区', '经济技术开发区', '高新区', '开发区', '新区'];

/** Length of a generic place prefix (2–3 Han characters + 区/县/市/旗, or a development zone), or 0. */
function genericPlacePrefixLength(s: string): number {
  for (const zone of DEVELOPMENT_ZONES) {
    const at = s.indexOf(zone);
    if (at >= 2 && at <= 6) return at + zone.length;
  }
  for (let len = 2; len <= 3; len += 1) {
    const end = s.charAt(len);
    if (end !== '区' && end !== '县' && end !== '市' && end !== '旗') continue;
    let allHan = true;
    for (let i = 0; i < len; i += 1) if (!isHan(s.charCodeAt(i))) allHan = false;
    if (!allHan) continue;
    if (NOT_PLACE_ENDINGS.has(s.slice(len - 1, len + 1))) continue;
    return len + 1;
  }
  return 0;
}

/** The name without its bracketed parts and organisation form: 济南华通商贸有限公司 → 济南华通商贸. */
export function baseName(simplifiedName: string): string {
  let s = simplifiedName;
  // (历下分公司), （济南）: branch and place notes, not what people type.
  if (s.includes('(') || s.includes('（')) s = s.replace(/[（(][^）)]*[）)]/g, '');
  let cut = s.length;
  for (const form of ORG_FORMS) {
    const at = s.indexOf(form);
    if (at >= 2 && at < cut) cut = at;
  }
  return s.slice(0, cut).replace(SPACES, '');
}

/** The distinctive core: the base name without leading province, city and district: 华通商贸. */
export function coreName(simplifiedName: string): string {
  let s = baseName(simplifiedName);
  for (let round = 0; round < 3; round += 1) {
    let cut = 0;
    for (const p of PLACE_PREFIXES) {
      if (s.startsWith(p)) {
        cut = p.length;
        break;
      }
    }
    if (cut === 0) cut = genericPlacePrefixLength(s);
    // Keep at least two characters, so a name that is only a place keeps it.
    if (cut === 0 || s.length - cut < 2) break;
    s = s.slice(cut);
  }
  return s;
}

/** Maximal runs of Han characters (grams never straddle Latin letters, digits or punctuation). */
function hanRuns(s: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i += 1) {
    const han = i < s.length && isHan(s.charCodeAt(i));
    if (han && start < 0) start = i;
    else if (!han && start >= 0) {
      runs.push(s.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** Adds the `size`-character fragments of the Han runs of `s` until the cap is reached. */
function addGrams(out: Set<string>, s: string, size: 2 | 3): void {
  for (const run of hanRuns(s)) {
    for (let i = 0; i + size <= run.length && out.size < MAX_NAME_GRAMS; i += 1) out.add(run.slice(i, i + size));
  }
}

/**
 * Adds ordered character pairs (i < j) of the first ABBREVIATION_WINDOW Han characters: with no
 * segmenter we cannot pick each word's first character, so every pair stands in for it (浦发, 华商).
 */
function addAbbreviations(out: Set<string>, core: string): void {
  const head = (hanRuns(core)[0] ?? '').slice(0, ABBREVIATION_WINDOW);
  for (let i = 0; i < head.length; i += 1) {
    for (let j = i + 2; j < head.length && out.size < MAX_NAME_GRAMS; j += 1) out.add(head.charAt(i) + head.charAt(j));
  }
}

/** nameGrams for a (simplified) name and its aliases and former names, most useful first. */
export function buildNameGrams(name: string, aliases: readonly string[], formerNames: readonly string[] = []): string {
  const out = new Set<string>();
  const core = coreName(name);
  // Priority under the cap: core bigrams, abbreviations, core trigrams, then aliases and former names.
  addGrams(out, core, 2);
  addAbbreviations(out, core);
  addGrams(out, core, 3);
  for (const other of [...aliases, ...formerNames]) {
    const otherCore = coreName(other);
    addGrams(out, otherCore, 2);
    addGrams(out, otherCore, 3);
  }
  return [...out].join(' ');
}

function isAllHan(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (!isHan(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Toneless syllables of the Han characters in `s` (ü written v, as pinyin keyboards do). */
export function syllablesOf(s: string): string[] {
  if (!s) return [];
  return pinyin(s, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0 && p.charCodeAt(0) >= 97 && p.charCodeAt(0) <= 122);
}

function addPinyin(out: Set<string>, syllables: readonly string[]): void {
  for (const token of pinyinIndexTokens(syllables)) if (out.size < MAX_PINYIN_TOKENS) out.add(token);
}

/**
 * Pinyin shingles of the base and core name and the aliases' cores (lib/search/pinyin-tokens):
 * ji nan hua tong … jinan nanhua huatong … jnh nht hts tsm. No word is a whole joined name, so the
 * vocabulary stays bounded however many firms the city has.
 */
export function buildPinyin(name: string, aliases: readonly string[]): string {
  const out = new Set<string>();
  const base = baseName(name);
  const core = coreName(name);
  const baseSyllables = syllablesOf(base);
  addPinyin(out, baseSyllables);
  // The core is the tail of the base: reuse its syllables when both are all Han (one pinyin call).
  const coreSyllables =
    core !== base && isAllHan(base) && base.endsWith(core) && baseSyllables.length === base.length
      ? baseSyllables.slice(base.length - core.length)
      : core !== base
        ? syllablesOf(core)
        : [];
  addPinyin(out, coreSyllables);
  for (const alias of aliases) {
    const aliasCore = coreName(alias);
    if (aliasCore !== core && aliasCore !== base) addPinyin(out, syllablesOf(aliasCore));
  }
  return [...out].join(' ');
}

function cleanList(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Maps a database row to its search document (pure, no I/O). */
export function buildEntityDocument(row: SearchRow): EntityDocument {
  const aliases = cleanList(row.aliases);
  const formerNames = cleanList(row.formerNames);
  // Helper fields are built from simplified text (belt and braces: Meilisearch also folds).
  const name = normalizeSearchText(row.name);
  const simplifiedAliases = aliases.map(normalizeSearchText);
  const simplifiedFormer = formerNames.map(normalizeSearchText);
  return {
    uscc: row.uscc,
    regNo: row.regNo,
    name: row.name,
    aliases,
    formerNames,
    legalRepresentative: row.legalRepresentative,
    address: row.address,
    districtCode: row.districtCode,
    industryCode: row.industryCode,
    type: row.type,
    status: row.status,
    creditLevel: row.creditLevel,
    isSmallMicro: row.isSmallMicro,
    nameGrams: buildNameGrams(name, simplifiedAliases, simplifiedFormer),
    pinyinGrams: buildPinyin(name, simplifiedAliases),
  };
}

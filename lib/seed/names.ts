// Realistic Chinese names for the seed: company names (字号 + industry word + form), individual
// businesses (个体工商户), farmers' cooperatives, other organisations and natural persons.
// Trade names are chosen from the index with a stride, so names rarely collide but can.
import type { SeedDistrict, SeedIndustry } from './geography';
import type { Rng } from './random';
import { weighted } from './random';

// First and second characters of trade names (字号); nearly every pair reads like a real 字号.
const TRADE_FIRST = [
  ...new Set(
    '华恒鑫瑞宏盛泰德润嘉康富金永兴昌隆安和顺祥丰源达通诚信宇天中东海新博智远卓鼎力正大汇聚联创凯明旭辉佳星君锦荣耀亿万千龙凤鹏舜泉齐鲁岱泺泓泽浩清晨朗晟昊宸瀚峰岳骏腾宁益福瑞泰合众利佰汉唐尚优科蓝绿银鸿展欣弘祺俊世广',
  ),
];
const TRADE_SECOND = [
  ...new Set(
    '通达源泰盛丰华瑞鑫宇康兴昌隆安祥诚信远博创联利发成业强辉达晟峰泽润邦宏美恒新和合顺德嘉隆晖茂泉鸣翔腾越途驰达海川林森誉豪凯泓禾沣坤洋丰旺实力凯景程硕铭睿航杰灿扬锐运',
  ),
];
const TRADE_SPACE = TRADE_FIRST.length * TRADE_SECOND.length;
// A stride coprime with TRADE_SPACE walks every trade name before repeating one.
const TRADE_STRIDE = findCoprimeStride(TRADE_SPACE, 7_919);

function findCoprimeStride(space: number, start: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = start;
  while (gcd(stride, space) !== 1) stride += 1;
  return stride;
}

// Third characters for three-character trade names (华通达, 瑞丰源 …).
const TRADE_THIRD = [...new Set('达源泰盛丰华瑞鑫宇康兴昌隆安祥诚信远博创联利发成业强辉晟峰泽润邦宏美恒新和合顺德嘉')];

/**
 * The 字号 (trade name) of an index: two characters, distinct for the first ~11,000 indices; later
 * cycles mostly add a third character chosen by the cycle, so names stay mostly unique in big cities.
 */
export function tradeNameOf(index: number, rng: Rng): string {
  const slot = (index * TRADE_STRIDE + 17) % TRADE_SPACE;
  const cycle = Math.floor(index / TRADE_SPACE);
  const first = TRADE_FIRST[slot % TRADE_FIRST.length] as string;
  let second = TRADE_SECOND[Math.floor(slot / TRADE_FIRST.length)] as string;
  if (second === first) second = rng.pick(TRADE_SECOND.filter((c) => c !== first));
  if (cycle === 0 || cycle % 4 === 0) return first + second;
  let third = TRADE_THIRD[(cycle - 1) % TRADE_THIRD.length] as string;
  if (third === first || third === second) third = rng.pick(TRADE_THIRD.filter((c) => c !== first && c !== second));
  return first + second + third;
}

const COMPANY_FORM = weighted<string>([
  ['有限公司', 80],
  ['有限责任公司', 12],
  ['股份有限公司', 8],
]);

// Common surnames, weighted roughly as in Shandong.
const SURNAME = weighted<string>([
  ['王', 92],
  ['张', 80],
  ['李', 78],
  ['刘', 62],
  ['陈', 30],
  ['杨', 30],
  ['孙', 28],
  ['赵', 26],
  ['徐', 22],
  ['马', 20],
  ['高', 20],
  ['于', 18],
  ['韩', 16],
  ['宋', 15],
  ['朱', 14],
  ['郭', 14],
  ['吕', 12],
  ['孔', 10],
  ['曹', 10],
  ['姜', 10],
  ['周', 10],
  ['吴', 9],
  ['胡', 9],
  ['田', 9],
  ['崔', 9],
  ['董', 9],
  ['范', 7],
  ['贾', 7],
  ['任', 7],
  ['房', 5],
  ['邢', 6],
  ['魏', 7],
  ['许', 6],
  ['冯', 6],
  ['程', 6],
  ['袁', 5],
  ['谢', 5],
  ['石', 5],
  ['侯', 5],
  ['薛', 5],
  ['段', 4],
  ['丁', 5],
  ['尹', 4],
  ['翟', 4],
  ['亓', 3],
  ['鹿', 2],
  ['牛', 4],
  ['庞', 3],
  ['欧阳', 1],
  ['司马', 0.5],
  ['诸葛', 0.5],
  ['上官', 0.5],
]);

const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(['欧阳', '司马', '诸葛', '上官']);

const GIVEN_CHARS = [
  ...new Set(
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文玉兰红志海鹏飞斌浩凯宇晨欣雪婷倩鑫瑞博子梓涵轩振东庆云峰春秋冬梅兵新宁晓慧颖佳琳凤亮波辉林彬爽蕾翠娇德成永福广立世宏',
  ),
];

/** A natural person's name: a weighted common surname and a one- or two-character given name. */
export function personNameOf(rng: Rng): string {
  const surname = SURNAME(rng);
  const given = rng.chance(0.68) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return surname + given;
}

/** The name parts of an entity as the generator stores them. */
export interface GeneratedNames {
  name: string;
  aliases: string[];
  formerNames: string[];
}

function maybeFormerName(rng: Rng, make: () => string, current: string): string[] {
  if (!rng.chance(0.05)) return [];
  const former = make();
  return former === current ? [] : [former];
}

/** A company name such as 济南华通商贸有限公司, its 字号 and 简称 aliases, and rarely a former name. */
export function companyNameOf(index: number, rng: Rng, industry: SeedIndustry): GeneratedNames {
  const trade = tradeNameOf(index, rng);
  const word = rng.pick(industry.nameWords);
  const form = COMPANY_FORM(rng);
  // Most firms carry the city name; some registered in Jinan carry the province name.
  const place = rng.chance(0.85) ? '济南' : '山东';
  const name = `${place}${trade}${word}${form}`;
  const aliases = [trade];
  if (form === '股份有限公司') aliases.push(`${trade}股份`);
  else if (rng.chance(0.35)) aliases.push(`${trade}${word.slice(0, 2)}`);
  const formerNames = maybeFormerName(rng, () => `${place}${tradeNameOf(index + 104_729, rng)}${rng.pick(industry.nameWords)}${form}`, name);
  return { name, aliases, formerNames };
}

/** An individual business name such as 历下区王记便利店 or 济南市槐荫区老张家常菜馆. */
export function individualNameOf(index: number, rng: Rng, industry: SeedIndustry, district: SeedDistrict, owner: string): GeneratedNames {
  const shop = industry.shopWords.length > 0 ? rng.pick(industry.shopWords) : '经营部';
  const surname = COMPOUND_SURNAMES.has(owner.slice(0, 2)) ? owner.slice(0, 2) : owner.slice(0, 1);
  const pattern = rng.int(0, 9);
  const core =
    pattern <= 2 ? `${surname}记${shop}` : pattern <= 4 ? `老${surname}${shop}` : pattern <= 5 ? `小${surname}${shop}` : `${tradeNameOf(index, rng)}${shop}`;
  // Many shops name their street too (历下区泉城路王记便利店).
  const road = pattern <= 5 && rng.chance(0.5) ? rng.pick(district.roads) : '';
  const prefix = `${rng.chance(0.3) ? `济南市${district.shortZhCn}` : district.shortZhCn}${road}`;
  const name = `${prefix}${core}`;
  return { name, aliases: [core], formerNames: maybeFormerName(rng, () => `${prefix}${tradeNameOf(index + 7_907, rng)}${shop}`, name) };
}

// Specialities of the farming districts (章丘大葱, 平阴玫瑰, 莱芜生姜 …); others use the general list.
const CROPS_BY_DISTRICT: Readonly<Record<string, readonly string[]>> = {
  '370114': ['大葱', '小米', '鲍芹', '黑猪'],
  '370124': ['玫瑰', '阿胶原料', '中药材'],
  '370116': ['生姜', '大蒜', '黑猪', '花椒'],
  '370117': ['核桃', '山楂', '蔬菜'],
  '370113': ['茶叶', '玉杏', '栝楼', '草莓'],
  '370115': ['西瓜', '黄瓜', '大米', '食用菌'],
  '370126': ['花卉', '西瓜', '蔬菜', '粮食'],
  '370112': ['樱桃', '板栗', '大白菜', '蜂蜜'],
};
const GENERAL_CROPS = ['蔬菜', '果蔬', '苹果', '葡萄', '粮食', '食用菌', '中药材', '苗木'];
const LIVESTOCK = new Set(['黑猪', '蜂蜜']);

/** A farmers' cooperative name such as 章丘区明水大葱种植专业合作社. */
export function cooperativeNameOf(index: number, rng: Rng, district: SeedDistrict): GeneratedNames {
  const crops = CROPS_BY_DISTRICT[district.code] ?? GENERAL_CROPS;
  const crop = rng.chance(0.75) ? rng.pick(crops) : rng.pick(GENERAL_CROPS);
  const activity = LIVESTOCK.has(crop) ? '养殖' : '种植';
  const town = rng.pick(district.towns).replace(/(街道|镇)$/, '');
  const place = rng.chance(0.6) ? town : tradeNameOf(index, rng);
  const name = `${district.shortZhCn}${place}${crop}${activity}专业合作社`;
  return { name, aliases: [`${place}${crop}合作社`], formerNames: [] };
}

const OTHER_KINDS = ['职业培训学校', '养老服务中心', '社会工作服务中心', '幼儿园', '康复中心'];

/** An organisation that is not a market entity proper (民办非企业单位, law firm, other). */
export function otherNameOf(index: number, rng: Rng, district: SeedDistrict, form: 'civil' | 'law' | 'other'): GeneratedNames {
  const trade = tradeNameOf(index, rng);
  const name =
    form === 'law' ? `山东${trade}律师事务所` : form === 'civil' ? `济南市${district.shortZhCn}${trade}${rng.pick(OTHER_KINDS)}` : `济南${trade}商会服务中心`;
  return { name, aliases: [trade], formerNames: [] };
}

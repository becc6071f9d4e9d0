// Jinan's county-level divisions (GB/T 2260): codes and their names in each locale. Reference data
// for facets, labels and filters; the seed generator's geography (roads, weights) is in lib/seed.
import type { LocalizedLabel } from './localized-label';

/** A county-level division of Jinan. */
export interface JinanDistrict {
  /** GB/T 2260 code (370171 is a functional area code used by the high-tech zone). */
  code: string;
  name: LocalizedLabel;
  kind: 'district' | 'county' | 'functional_area';
}

/** Jinan's 10 districts, 2 counties and the high-tech zone (functional area), in official order. */
export const JINAN_DISTRICTS: readonly JinanDistrict[] = [
  { code: '370102', name: { 'zh-CN': '历下区', 'zh-TW': '歷下區', en: 'Lixia District' }, kind: 'district' },
  { code: '370103', name: { 'zh-CN': '市中区', 'zh-TW': '市中區', en: 'Shizhong District' }, kind: 'district' },
  { code: '370104', name: { 'zh-CN': '槐荫区', 'zh-TW': '槐蔭區', en: 'Huaiyin District' }, kind: 'district' },
  { code: '370105', name: { 'zh-CN': '天桥区', 'zh-TW': '天橋區', en: 'Tianqiao District' }, kind: 'district' },
  { code: '370112', name: { 'zh-CN': '历城区', 'zh-TW': '歷城區', en: 'Licheng District' }, kind: 'district' },
  { code: '370113', name: { 'zh-CN': '长清区', 'zh-TW': '長清區', en: 'Changqing District' }, kind: 'district' },
  { code: '370114', name: { 'zh-CN': '章丘区', 'zh-TW': '章丘區', en: 'Zhangqiu District' }, kind: 'district' },
  { code: '370115', name: { 'zh-CN': '济阳区', 'zh-TW': '濟陽區', en: 'Jiyang District' }, kind: 'district' },
  { code: '370116', name: { 'zh-CN': '莱芜区', 'zh-TW': '萊蕪區', en: 'Laiwu District' }, kind: 'district' },
  { code: '370117', name: { 'zh-CN': '钢城区', 'zh-TW': '鋼城區', en: 'Gangcheng District' }, kind: 'district' },
  { code: '370124', name: { 'zh-CN': '平阴县', 'zh-TW': '平陰縣', en: 'Pingyin County' }, kind: 'county' },
  { code: '370126', name: { 'zh-CN': '商河县', 'zh-TW': '商河縣', en: 'Shanghe County' }, kind: 'county' },
  {
    code: '370171',
    name: { 'zh-CN': '济南高新技术产业开发区', 'zh-TW': '濟南高新技術產業開發區', en: 'Jinan High-tech Industrial Development Zone' },
    kind: 'functional_area',
  },
];

/** Division code → division. */
export const DISTRICT_BY_CODE: ReadonlyMap<string, JinanDistrict> = new Map(JINAN_DISTRICTS.map((district) => [district.code, district]));

/** The GB/T 2260 codes of Jinan's divisions, in official order. */
export const JINAN_DISTRICT_CODES: readonly string[] = JINAN_DISTRICTS.map((district) => district.code);

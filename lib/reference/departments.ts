// The municipal departments that provide credit data ("谁产生、谁提供、谁负责"), labelled in every locale.
// Their codes are stable identifiers stored in departments.code.
import type { LocalizedLabel } from './localized-label';

/** A municipal department that provides credit data ("谁产生、谁提供、谁负责"). */
export interface JinanDepartment {
  code: string;
  name: LocalizedLabel;
  /** Registration authorities may post entities (registration data). */
  isRegistrar: boolean;
}

/** The providing departments of the seed; codes are stable identifiers stored in departments.code. */
export const JINAN_DEPARTMENTS = [
  {
    code: 'jnamr',
    name: { 'zh-CN': '济南市市场监督管理局', 'zh-TW': '濟南市市場監督管理局', en: 'Jinan Administration for Market Regulation' },
    isRegistrar: true,
  },
  {
    code: 'jntax',
    name: { 'zh-CN': '国家税务总局济南市税务局', 'zh-TW': '國家稅務總局濟南市稅務局', en: 'Jinan Municipal Tax Service, State Taxation Administration' },
    isRegistrar: false,
  },
  { code: 'jncourt', name: { 'zh-CN': '济南市中级人民法院', 'zh-TW': '濟南市中級人民法院', en: 'Jinan Intermediate People’s Court' }, isRegistrar: false },
  {
    code: 'jneeb',
    name: { 'zh-CN': '济南市生态环境局', 'zh-TW': '濟南市生態環境局', en: 'Jinan Municipal Bureau of Ecology and Environment' },
    isRegistrar: false,
  },
  { code: 'jnemb', name: { 'zh-CN': '济南市应急管理局', 'zh-TW': '濟南市應急管理局', en: 'Jinan Municipal Emergency Management Bureau' }, isRegistrar: false },
  {
    code: 'jnhuc',
    name: { 'zh-CN': '济南市住房和城乡建设局', 'zh-TW': '濟南市住房和城鄉建設局', en: 'Jinan Municipal Bureau of Housing and Urban-Rural Development' },
    isRegistrar: false,
  },
  {
    code: 'jnhrss',
    name: { 'zh-CN': '济南市人力资源和社会保障局', 'zh-TW': '濟南市人力資源和社會保障局', en: 'Jinan Municipal Bureau of Human Resources and Social Security' },
    isRegistrar: false,
  },
  { code: 'jntrans', name: { 'zh-CN': '济南市交通运输局', 'zh-TW': '濟南市交通運輸局', en: 'Jinan Municipal Transportation Bureau' }, isRegistrar: false },
  { code: 'jnhealth', name: { 'zh-CN': '济南市卫生健康委员会', 'zh-TW': '濟南市衛生健康委員會', en: 'Jinan Municipal Health Commission' }, isRegistrar: false },
  { code: 'jnurban', name: { 'zh-CN': '济南市城市管理局', 'zh-TW': '濟南市城市管理局', en: 'Jinan Municipal Bureau of Urban Management' }, isRegistrar: false },
  {
    code: 'jndrc',
    name: { 'zh-CN': '济南市发展和改革委员会', 'zh-TW': '濟南市發展和改革委員會', en: 'Jinan Municipal Development and Reform Commission' },
    isRegistrar: false,
  },
  { code: 'jncommerce', name: { 'zh-CN': '济南市商务局', 'zh-TW': '濟南市商務局', en: 'Jinan Municipal Bureau of Commerce' }, isRegistrar: false },
] as const satisfies readonly JinanDepartment[];

/** Code of a seed department, e.g. 'jnamr'. */
export type DepartmentCode = (typeof JINAN_DEPARTMENTS)[number]['code'];

/** Department code → department. */
export const DEPARTMENT_BY_CODE: ReadonlyMap<string, JinanDepartment> = new Map(JINAN_DEPARTMENTS.map((department) => [department.code, department]));

/** The registration authority of every seeded entity. */
export const REGISTRAR_DEPARTMENT_CODE: DepartmentCode = 'jnamr';

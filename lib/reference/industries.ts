// GB/T 4754-2017 industry divisions used on the site (a realistic subset), with their sections, each
// labelled in every locale. The seed generator's words and business scopes are in lib/seed.
import type { LocalizedLabel } from './localized-label';

/** A GB/T 4754-2017 industry division. */
export interface Industry {
  /** Section letter + two-digit division, e.g. F52. */
  code: string;
  section: string;
  name: LocalizedLabel;
}

/** The industry divisions of the site's entities. */
export const INDUSTRIES: readonly Industry[] = [
  { code: 'A01', section: 'A', name: { 'zh-CN': '农业', 'zh-TW': '農業', en: 'Agriculture' } },
  { code: 'A03', section: 'A', name: { 'zh-CN': '畜牧业', 'zh-TW': '畜牧業', en: 'Animal husbandry' } },
  {
    code: 'A05',
    section: 'A',
    name: {
      'zh-CN': '农、林、牧、渔专业及辅助性活动',
      'zh-TW': '農、林、牧、漁專業及輔助性活動',
      en: 'Support activities for agriculture, forestry, husbandry and fishery',
    },
  },
  { code: 'C13', section: 'C', name: { 'zh-CN': '农副食品加工业', 'zh-TW': '農副食品加工業', en: 'Processing of food from agricultural products' } },
  { code: 'C14', section: 'C', name: { 'zh-CN': '食品制造业', 'zh-TW': '食品製造業', en: 'Manufacture of foods' } },
  {
    code: 'C26',
    section: 'C',
    name: { 'zh-CN': '化学原料和化学制品制造业', 'zh-TW': '化學原料和化學製品製造業', en: 'Manufacture of raw chemical materials and chemical products' },
  },
  { code: 'C33', section: 'C', name: { 'zh-CN': '金属制品业', 'zh-TW': '金屬製品業', en: 'Manufacture of metal products' } },
  { code: 'C34', section: 'C', name: { 'zh-CN': '通用设备制造业', 'zh-TW': '通用設備製造業', en: 'Manufacture of general-purpose machinery' } },
  { code: 'C36', section: 'C', name: { 'zh-CN': '汽车制造业', 'zh-TW': '汽車製造業', en: 'Manufacture of motor vehicles' } },
  {
    code: 'C39',
    section: 'C',
    name: {
      'zh-CN': '计算机、通信和其他电子设备制造业',
      'zh-TW': '計算機、通信和其他電子設備製造業',
      en: 'Manufacture of computers, communication and other electronic equipment',
    },
  },
  {
    code: 'D44',
    section: 'D',
    name: { 'zh-CN': '电力、热力生产和供应业', 'zh-TW': '電力、熱力生產和供應業', en: 'Production and supply of electricity and heat' },
  },
  { code: 'E47', section: 'E', name: { 'zh-CN': '房屋建筑业', 'zh-TW': '房屋建築業', en: 'Construction of buildings' } },
  { code: 'E48', section: 'E', name: { 'zh-CN': '土木工程建筑业', 'zh-TW': '土木工程建築業', en: 'Civil engineering' } },
  {
    code: 'E50',
    section: 'E',
    name: { 'zh-CN': '建筑装饰、装修和其他建筑业', 'zh-TW': '建築裝飾、裝修和其他建築業', en: 'Building decoration, renovation and other construction' },
  },
  { code: 'F51', section: 'F', name: { 'zh-CN': '批发业', 'zh-TW': '批發業', en: 'Wholesale trade' } },
  { code: 'F52', section: 'F', name: { 'zh-CN': '零售业', 'zh-TW': '零售業', en: 'Retail trade' } },
  { code: 'G54', section: 'G', name: { 'zh-CN': '道路运输业', 'zh-TW': '道路運輸業', en: 'Road transport' } },
  { code: 'G59', section: 'G', name: { 'zh-CN': '装卸搬运和仓储业', 'zh-TW': '裝卸搬運和倉儲業', en: 'Handling and warehousing' } },
  { code: 'H61', section: 'H', name: { 'zh-CN': '住宿业', 'zh-TW': '住宿業', en: 'Accommodation' } },
  { code: 'H62', section: 'H', name: { 'zh-CN': '餐饮业', 'zh-TW': '餐飲業', en: 'Catering services' } },
  { code: 'I64', section: 'I', name: { 'zh-CN': '互联网和相关服务', 'zh-TW': '互聯網和相關服務', en: 'Internet and related services' } },
  { code: 'I65', section: 'I', name: { 'zh-CN': '软件和信息技术服务业', 'zh-TW': '軟件和信息技術服務業', en: 'Software and information technology services' } },
  { code: 'K70', section: 'K', name: { 'zh-CN': '房地产业', 'zh-TW': '房地產業', en: 'Real estate' } },
  { code: 'L71', section: 'L', name: { 'zh-CN': '租赁业', 'zh-TW': '租賃業', en: 'Leasing' } },
  { code: 'L72', section: 'L', name: { 'zh-CN': '商务服务业', 'zh-TW': '商務服務業', en: 'Business services' } },
  { code: 'M74', section: 'M', name: { 'zh-CN': '专业技术服务业', 'zh-TW': '專業技術服務業', en: 'Professional technical services' } },
  {
    code: 'M75',
    section: 'M',
    name: { 'zh-CN': '科技推广和应用服务业', 'zh-TW': '科技推廣和應用服務業', en: 'Technology promotion and application services' },
  },
  {
    code: 'N77',
    section: 'N',
    name: { 'zh-CN': '生态保护和环境治理业', 'zh-TW': '生態保護和環境治理業', en: 'Ecological protection and environmental management' },
  },
  { code: 'O80', section: 'O', name: { 'zh-CN': '居民服务业', 'zh-TW': '居民服務業', en: 'Resident services' } },
  {
    code: 'O81',
    section: 'O',
    name: {
      'zh-CN': '机动车、电子产品和日用产品修理业',
      'zh-TW': '機動車、電子產品和日用產品修理業',
      en: 'Repair of motor vehicles, electronic and household products',
    },
  },
  { code: 'P83', section: 'P', name: { 'zh-CN': '教育', 'zh-TW': '教育', en: 'Education' } },
  { code: 'Q84', section: 'Q', name: { 'zh-CN': '卫生', 'zh-TW': '衛生', en: 'Health' } },
  { code: 'R86', section: 'R', name: { 'zh-CN': '新闻和出版业', 'zh-TW': '新聞和出版業', en: 'News and publishing' } },
  { code: 'R90', section: 'R', name: { 'zh-CN': '娱乐业', 'zh-TW': '娛樂業', en: 'Entertainment' } },
];

/** Industry code → industry. */
export const INDUSTRY_BY_CODE: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((industry) => [industry.code, industry]));

/** GB/T 4754-2017 sections used above, labelled (facet group labels). */
export const INDUSTRY_SECTIONS: ReadonlyMap<string, LocalizedLabel> = new Map([
  ['A', { 'zh-CN': '农、林、牧、渔业', 'zh-TW': '農、林、牧、漁業', en: 'Agriculture, forestry, animal husbandry and fishery' }],
  ['C', { 'zh-CN': '制造业', 'zh-TW': '製造業', en: 'Manufacturing' }],
  [
    'D',
    { 'zh-CN': '电力、热力、燃气及水生产和供应业', 'zh-TW': '電力、熱力、燃氣及水生產和供應業', en: 'Electricity, heat, gas and water production and supply' },
  ],
  ['E', { 'zh-CN': '建筑业', 'zh-TW': '建築業', en: 'Construction' }],
  ['F', { 'zh-CN': '批发和零售业', 'zh-TW': '批發和零售業', en: 'Wholesale and retail trade' }],
  ['G', { 'zh-CN': '交通运输、仓储和邮政业', 'zh-TW': '交通運輸、倉儲和郵政業', en: 'Transport, storage and postal services' }],
  ['H', { 'zh-CN': '住宿和餐饮业', 'zh-TW': '住宿和餐飲業', en: 'Accommodation and catering' }],
  ['I', { 'zh-CN': '信息传输、软件和信息技术服务业', 'zh-TW': '信息傳輸、軟件和信息技術服務業', en: 'Information transmission, software and IT services' }],
  ['K', { 'zh-CN': '房地产业', 'zh-TW': '房地產業', en: 'Real estate' }],
  ['L', { 'zh-CN': '租赁和商务服务业', 'zh-TW': '租賃和商務服務業', en: 'Leasing and business services' }],
  ['M', { 'zh-CN': '科学研究和技术服务业', 'zh-TW': '科學研究和技術服務業', en: 'Scientific research and technical services' }],
  [
    'N',
    { 'zh-CN': '水利、环境和公共设施管理业', 'zh-TW': '水利、環境和公共設施管理業', en: 'Water conservancy, environment and public facilities management' },
  ],
  ['O', { 'zh-CN': '居民服务、修理和其他服务业', 'zh-TW': '居民服務、修理和其他服務業', en: 'Resident services, repair and other services' }],
  ['P', { 'zh-CN': '教育', 'zh-TW': '教育', en: 'Education' }],
  ['Q', { 'zh-CN': '卫生和社会工作', 'zh-TW': '衛生和社會工作', en: 'Health and social work' }],
  ['R', { 'zh-CN': '文化、体育和娱乐业', 'zh-TW': '文化、體育和娛樂業', en: 'Culture, sports and entertainment' }],
]);

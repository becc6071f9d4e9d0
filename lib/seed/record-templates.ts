// Realistic Jinan record templates for the seed: penalties, listings, licences and the rest, with the
// providing department, legal basis and document-number style of each.
import type { Severity } from '../domain/vocabulary';
import type { DepartmentCode } from '../reference/departments';

/** Document number prefix of each department's penalty decisions, e.g. 济市监处罚〔2025〕1234号. */
export const PENALTY_DOC_PREFIX: Readonly<Record<DepartmentCode, string>> = {
  jnamr: '济市监处罚',
  jntax: '济税稽罚',
  jncourt: '济中法罚',
  jneeb: '济环罚字',
  jnemb: '济应急罚',
  jnhuc: '济建罚字',
  jnhrss: '济人社监罚字',
  jntrans: '济交执罚',
  jnhealth: '济卫罚',
  jnurban: '济城管罚字',
  jndrc: '济发改罚',
  jncommerce: '济商务罚',
};

/** A kind of administrative penalty a department imposes, and on which industries. */
export interface PenaltyTemplate {
  department: DepartmentCode;
  /** The violation, used as the record title. */
  title: string;
  /** The provision violated and the provision applied, as written in decisions. */
  violated: string;
  basis: string;
  /** What the firm did, completing "经查，当事人…". */
  facts: string;
  /** Industry codes or section letters this applies to; '*' for every industry. */
  appliesTo: readonly string[];
  weight: number;
  /** Severities this violation can carry, most likely first. */
  severities: readonly Severity[];
}

/** Penalties as Jinan departments publish them (双公示). */
export const PENALTY_TEMPLATES: readonly PenaltyTemplate[] = [
  {
    department: 'jnamr',
    title: '销售超过保质期的食品',
    violated: '《中华人民共和国食品安全法》第三十四条第（十）项',
    basis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
    facts: '在经营场所内销售超过保质期的预包装食品',
    appliesTo: ['F52', 'H62', 'C14', 'C13'],
    weight: 10,
    severities: ['minor', 'general'],
  },
  {
    department: 'jnamr',
    title: '未取得食品经营许可从事食品经营活动',
    violated: '《中华人民共和国食品安全法》第三十五条第一款',
    basis: '《中华人民共和国食品安全法》第一百二十二条第一款',
    facts: '未取得食品经营许可证从事餐饮服务活动',
    appliesTo: ['H62', 'F52'],
    weight: 5,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnamr',
    title: '食品从业人员未取得健康证明从事接触直接入口食品的工作',
    violated: '《中华人民共和国食品安全法》第四十五条第一款',
    basis: '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项',
    facts: '安排未取得健康证明的人员从事接触直接入口食品的工作',
    appliesTo: ['H62', 'C14', 'F52'],
    weight: 8,
    severities: ['minor'],
  },
  {
    department: 'jnamr',
    title: '不按规定明码标价',
    violated: '《中华人民共和国价格法》第十三条第一款',
    basis: '《明码标价和禁止价格欺诈规定》第二十一条',
    facts: '销售商品未按规定明码标价',
    appliesTo: ['F52', 'H62', 'O80', 'O81', 'H61'],
    weight: 7,
    severities: ['minor'],
  },
  {
    department: 'jnamr',
    title: '发布广告使用绝对化用语',
    violated: '《中华人民共和国广告法》第九条第（三）项',
    basis: '《中华人民共和国广告法》第五十七条第（一）项',
    facts: '在其网店及宣传页中使用“最佳”“国家级”等绝对化用语',
    appliesTo: ['*'],
    weight: 4,
    severities: ['general'],
  },
  {
    department: 'jnamr',
    title: '对商品作虚假或者引人误解的商业宣传',
    violated: '《中华人民共和国反不正当竞争法》第八条第一款',
    basis: '《中华人民共和国反不正当竞争法》第二十条第一款',
    facts: '对其商品的性能、功能作虚假的商业宣传',
    appliesTo: ['F51', 'F52', 'I64', 'M75', 'P83', 'Q84'],
    weight: 3,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnamr',
    title: '销售不符合保障人身、财产安全的国家标准的产品',
    violated: '《中华人民共和国产品质量法》第十三条',
    basis: '《中华人民共和国产品质量法》第四十九条',
    facts: '销售经抽检不合格的产品',
    appliesTo: ['F51', 'F52', 'C33', 'C34', 'C39'],
    weight: 4,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnamr',
    title: '未将营业执照置于住所或者主要经营场所的醒目位置',
    violated: '《中华人民共和国市场主体登记管理条例》第三十六条',
    basis: '《中华人民共和国市场主体登记管理条例》第四十八条第一款',
    facts: '经责令改正后仍未将营业执照置于主要经营场所的醒目位置',
    appliesTo: ['*'],
    weight: 3,
    severities: ['minor'],
  },
  {
    department: 'jntax',
    title: '未按照规定期限办理纳税申报',
    violated: '《中华人民共和国税收征收管理法》第二十五条第一款',
    basis: '《中华人民共和国税收征收管理法》第六十二条',
    facts: '未按照规定的期限办理纳税申报和报送纳税资料',
    appliesTo: ['*'],
    weight: 9,
    severities: ['minor'],
  },
  {
    department: 'jntax',
    title: '未按照规定开具发票',
    violated: '《中华人民共和国发票管理办法》第十九条',
    basis: '《中华人民共和国发票管理办法》第三十五条第（一）项',
    facts: '发生经营业务时未按照规定开具发票',
    appliesTo: ['*'],
    weight: 5,
    severities: ['minor', 'general'],
  },
  {
    department: 'jntax',
    title: '进行虚假的纳税申报，少缴应纳税款',
    violated: '《中华人民共和国税收征收管理法》第六十三条第一款',
    basis: '《中华人民共和国税收征收管理法》第六十三条第一款',
    facts: '通过在账簿上多列支出、少列收入的手段进行虚假的纳税申报，少缴应纳税款',
    appliesTo: ['*'],
    weight: 2,
    severities: ['serious', 'general'],
  },
  {
    department: 'jneeb',
    title: '超过大气污染物排放标准排放大气污染物',
    violated: '《中华人民共和国大气污染防治法》第十八条',
    basis: '《中华人民共和国大气污染防治法》第九十九条第（二）项',
    facts: '经监测，其废气排放口颗粒物排放浓度超过国家排放标准',
    appliesTo: ['C', 'D44'],
    weight: 5,
    severities: ['general', 'serious'],
  },
  {
    department: 'jneeb',
    title: '建设项目环境影响评价文件未经批准擅自开工建设',
    violated: '《中华人民共和国环境影响评价法》第二十五条',
    basis: '《中华人民共和国环境影响评价法》第三十一条第一款',
    facts: '建设项目环境影响报告表未经审批即擅自开工建设',
    appliesTo: ['C', 'E47', 'E48', 'K70'],
    weight: 3,
    severities: ['general', 'serious'],
  },
  {
    department: 'jneeb',
    title: '未按照规定贮存危险废物',
    violated: '《中华人民共和国固体废物污染环境防治法》第八十一条',
    basis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项',
    facts: '将废机油等危险废物露天堆放，未采取防扬散、防流失、防渗漏措施',
    appliesTo: ['C', 'O81'],
    weight: 3,
    severities: ['general'],
  },
  {
    department: 'jnemb',
    title: '未按照规定对从业人员进行安全生产教育和培训',
    violated: '《中华人民共和国安全生产法》第二十八条第一款',
    basis: '《中华人民共和国安全生产法》第九十七条第（三）项',
    facts: '未对新入职从业人员进行安全生产教育和培训',
    appliesTo: ['C', 'D44', 'G54', 'G59'],
    weight: 5,
    severities: ['minor', 'general'],
  },
  {
    department: 'jnemb',
    title: '未采取措施消除事故隐患',
    violated: '《中华人民共和国安全生产法》第四十一条第二款',
    basis: '《中华人民共和国安全生产法》第一百零二条',
    facts: '对检查发现的生产安全事故隐患未按期采取措施消除',
    appliesTo: ['C', 'G59', 'H61'],
    weight: 3,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnhuc',
    title: '未取得施工许可证擅自施工',
    violated: '《中华人民共和国建筑法》第七条',
    basis: '《建筑工程施工许可管理办法》第十二条',
    facts: '在未取得施工许可证的情况下擅自开工建设',
    appliesTo: ['E47', 'E48', 'K70'],
    weight: 4,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnhuc',
    title: '施工单位未按照工程设计图纸或者施工技术标准施工',
    violated: '《建设工程质量管理条例》第二十八条',
    basis: '《建设工程质量管理条例》第六十四条',
    facts: '未按照施工技术标准施工，部分构件混凝土强度不符合设计要求',
    appliesTo: ['E47', 'E48', 'E50'],
    weight: 3,
    severities: ['serious', 'general'],
  },
  {
    department: 'jnhrss',
    title: '克扣或者无故拖欠劳动者工资报酬',
    violated: '《保障农民工工资支付条例》第十一条',
    basis: '《劳动保障监察条例》第二十六条',
    facts: '无故拖欠劳动者工资报酬，经责令限期支付逾期未支付',
    appliesTo: ['E47', 'E48', 'E50', 'C', 'H62', 'L72'],
    weight: 4,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnhrss',
    title: '违反工作时间和休息休假规定延长劳动者工作时间',
    violated: '《中华人民共和国劳动法》第四十一条',
    basis: '《劳动保障监察条例》第二十五条',
    facts: '安排劳动者延长工作时间超过法定限度',
    appliesTo: ['C', 'H62', 'F52', 'G54'],
    weight: 2,
    severities: ['minor', 'general'],
  },
  {
    department: 'jntrans',
    title: '未取得道路运输经营许可擅自从事道路普通货物运输经营',
    violated: '《中华人民共和国道路运输条例》第二十四条',
    basis: '《中华人民共和国道路运输条例》第六十三条',
    facts: '未取得道路运输经营许可，擅自从事道路普通货物运输经营',
    appliesTo: ['G54', 'G59', 'F51'],
    weight: 5,
    severities: ['general'],
  },
  {
    department: 'jntrans',
    title: '道路运输车辆未按规定进行年度审验',
    violated: '《道路货物运输及站场管理规定》第五十条',
    basis: '《道路货物运输及站场管理规定》第六十七条',
    facts: '所属营运车辆未按照规定的周期和频次进行年度审验',
    appliesTo: ['G54'],
    weight: 3,
    severities: ['minor'],
  },
  {
    department: 'jnhealth',
    title: '公共场所从业人员未获得有效健康合格证明',
    violated: '《公共场所卫生管理条例》第七条',
    basis: '《公共场所卫生管理条例实施细则》第三十八条',
    facts: '安排未获得有效健康合格证明的从业人员从事直接为顾客服务的工作',
    appliesTo: ['H61', 'O80'],
    weight: 5,
    severities: ['minor'],
  },
  {
    department: 'jnhealth',
    title: '使用非卫生技术人员从事医疗卫生技术工作',
    violated: '《医疗机构管理条例》第二十七条',
    basis: '《医疗机构管理条例》第四十七条',
    facts: '使用未取得执业资格的人员从事医疗卫生技术工作',
    appliesTo: ['Q84'],
    weight: 5,
    severities: ['general', 'serious'],
  },
  {
    department: 'jnurban',
    title: '擅自占用城市道路从事经营活动',
    violated: '《城市市容和环境卫生管理条例》第十四条',
    basis: '《城市市容和环境卫生管理条例》第三十六条第（二）项',
    facts: '在门店外擅自占用城市道路摆摊经营',
    appliesTo: ['F52', 'H62', 'O80', 'O81'],
    weight: 6,
    severities: ['minor'],
  },
  {
    department: 'jnurban',
    title: '未按规定处置建筑垃圾',
    violated: '《城市建筑垃圾管理规定》第十五条',
    basis: '《城市建筑垃圾管理规定》第二十六条',
    facts: '将施工中产生的建筑垃圾交给个人或者未经核准的单位处置',
    appliesTo: ['E47', 'E48', 'E50'],
    weight: 3,
    severities: ['general'],
  },
];

/** Grounds for the abnormal-operations list (《企业经营异常名录管理暂行办法》第四条). */
export const ABNORMAL_GROUNDS = [
  { grounds: '未按照《企业信息公示暂行条例》第八条规定的期限公示年度报告', basis: '《企业经营异常名录管理暂行办法》第六条', annualReport: true, weight: 70 },
  { grounds: '通过登记的住所或者经营场所无法联系', basis: '《企业经营异常名录管理暂行办法》第九条', annualReport: false, weight: 22 },
  { grounds: '公示企业信息隐瞒真实情况、弄虚作假', basis: '《企业经营异常名录管理暂行办法》第八条', annualReport: false, weight: 4 },
  {
    grounds: '未在市场监督管理部门依照《企业信息公示暂行条例》第十条规定责令的期限内公示有关企业信息',
    basis: '《企业经营异常名录管理暂行办法》第七条',
    annualReport: false,
    weight: 4,
  },
] as const;

/** Removal reasons matching each abnormal ground, by index. */
export const ABNORMAL_REMOVALS = [
  '已补报未报年份的年度报告并公示，申请移出',
  '已依法办理住所或者经营场所变更登记，申请移出',
  '已更正其公示的信息，申请移出',
  '已公示有关企业信息，申请移出',
] as const;

/** Grounds of the serious-illegal-and-dishonest list other than the three-year abnormal rule. */
export const SERIOUS_ILLEGAL_GROUNDS = [
  { grounds: '提交虚假材料或者采取其他欺诈手段隐瞒重要事实，取得市场主体登记，被撤销登记', basis: '《市场监督管理严重违法失信名单管理办法》第九条第（一）项' },
  { grounds: '因生产经营不符合食品安全标准的食品受到较重行政处罚', basis: '《市场监督管理严重违法失信名单管理办法》第六条第（一）项' },
  {
    grounds: '销售不符合保障人体健康和人身、财产安全的国家标准的产品，情节严重，受到较重行政处罚',
    basis: '《市场监督管理严重违法失信名单管理办法》第五条第（二）项',
  },
] as const;

/** The three-year rule: abnormal listing unresolved after three years moves to the serious list. */
export const SERIOUS_FROM_ABNORMAL = {
  grounds: '被列入经营异常名录届满3年仍未履行相关义务',
  basis: '《市场监督管理严重违法失信名单管理办法》第十三条',
} as const;

/** Reasons for removal from the serious list. */
export const SERIOUS_REMOVALS = ['已履行相关义务、纠正违法行为，提交信用修复申请，经核查予以移出', '列入严重违法失信名单满3年，依法移出'] as const;

/** Grounds for the list of dishonest judgment debtors (《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条). */
export const DISHONEST_GROUNDS = [
  '有履行能力而拒不履行生效法律文书确定义务',
  '违反财产报告制度',
  '违反限制消费令',
  '以伪造证据、暴力、威胁等方法妨碍、抗拒执行',
] as const;

/** Reasons a dishonest judgment debtor is deleted from the list. */
export const DISHONEST_REMOVALS = [
  '已全部履行生效法律文书确定的义务',
  '与申请执行人达成执行和解协议并经申请执行人确认履行完毕',
  '申请执行人书面申请删除失信信息，人民法院审查同意',
] as const;

/** Major tax violations (《重大税收违法失信主体信息公布管理办法》第六条). */
export const TAX_VIOLATION_GROUNDS = [
  '虚开增值税专用发票',
  '偷税（逃避缴纳税款）金额100万元以上且占各种应纳税总额10%以上',
  '以假报出口或者其他欺骗手段骗取国家出口退税款',
  '欠缴税款，经税务机关责令限期缴纳逾期不缴纳',
] as const;

/** Reasons a major tax violator is removed from publication. */
export const TAX_REMOVALS = ['已缴清税款、滞纳金和罚款，经申请提前停止公布', '公布期满三年，依规停止公布'] as const;

/** Licences: department, title, and which industries hold them. */
export const LICENCE_TEMPLATES = [
  { department: 'jnamr', title: '食品经营许可', appliesTo: ['F52', 'H62', 'F51'], number: 'food' },
  { department: 'jnamr', title: '食品生产许可', appliesTo: ['C13', 'C14'], number: 'foodProduction' },
  { department: 'jneeb', title: '排污许可', appliesTo: ['C', 'D44'], number: 'pollutant' },
  { department: 'jnhuc', title: '建筑工程施工许可', appliesTo: ['E47', 'E48', 'K70'], number: 'construction' },
  { department: 'jntrans', title: '道路运输经营许可', appliesTo: ['G54', 'G59'], number: 'transport' },
  { department: 'jnhealth', title: '公共场所卫生许可', appliesTo: ['H61', 'O80'], number: 'hygiene' },
  { department: 'jnhealth', title: '医疗机构执业许可', appliesTo: ['Q84'], number: 'medical' },
  { department: 'jnemb', title: '危险化学品经营许可', appliesTo: ['C26', 'F51'], number: 'hazchem' },
  { department: 'jnhrss', title: '人力资源服务许可', appliesTo: ['L72'], number: 'hr' },
  { department: 'jncommerce', title: '单用途商业预付卡备案', appliesTo: ['F52', 'O80', 'P83', 'H62'], number: 'prepaid' },
] as const satisfies readonly { department: DepartmentCode; title: string; appliesTo: readonly string[]; number: string }[];

/** Qualifications (资质) with their department. */
export const QUALIFICATION_TEMPLATES = [
  { department: 'jnhuc', title: '建筑业企业资质（施工总承包三级）', appliesTo: ['E47', 'E48'] },
  { department: 'jnhuc', title: '建筑业企业资质（专业承包二级）', appliesTo: ['E48', 'E50'] },
  { department: 'jnhuc', title: '建筑施工企业安全生产许可证', appliesTo: ['E47', 'E48', 'E50'] },
  { department: 'jnamr', title: '检验检测机构资质认定（CMA）', appliesTo: ['M74'] },
  { department: 'jnemb', title: '安全生产标准化三级企业', appliesTo: ['C', 'G59'] },
  { department: 'jnhuc', title: '房地产开发企业资质（二级）', appliesTo: ['K70'] },
] as const satisfies readonly { department: DepartmentCode; title: string; appliesTo: readonly string[] }[];

/** Honours from county-level or higher government. */
export const HONOUR_TEMPLATES = [
  { department: 'jnamr', title: '济南市“守合同重信用”企业', appliesTo: ['*'] },
  { department: 'jntax', title: '纳税信用A级纳税人', appliesTo: ['*'] },
  { department: 'jnhrss', title: '济南市和谐劳动关系示范企业', appliesTo: ['C', 'E47', 'F51', 'I65'] },
  { department: 'jncommerce', title: '济南老字号', appliesTo: ['H62', 'F52', 'C14'] },
  { department: 'jndrc', title: '济南市诚信示范企业', appliesTo: ['*'] },
] as const satisfies readonly { department: DepartmentCode; title: string; appliesTo: readonly string[] }[];

/** Banks that take pledges and mortgages in Jinan. */
export const JINAN_BANKS = [
  '中国工商银行股份有限公司济南分行',
  '中国建设银行股份有限公司济南分行',
  '中国农业银行股份有限公司济南分行',
  '交通银行股份有限公司山东省分行',
  '招商银行股份有限公司济南分行',
  '齐鲁银行股份有限公司',
  '恒丰银行股份有限公司济南分行',
  '济南农村商业银行股份有限公司',
  '山东省农村信用社联合社',
] as const;

/** Inspections and their outcomes (双随机、一公开). */
export const INSPECTION_TEMPLATES = [
  { department: 'jnamr', title: '企业年度报告公示信息抽查', appliesTo: ['*'] },
  { department: 'jnamr', title: '“双随机、一公开”监管：食品经营者监督检查', appliesTo: ['F52', 'H62', 'C13', 'C14'] },
  { department: 'jnamr', title: '“双随机、一公开”监管：产品质量监督抽查', appliesTo: ['C', 'F51'] },
  { department: 'jneeb', title: '“双随机、一公开”监管：排污单位执法检查', appliesTo: ['C', 'D44', 'O81'] },
  { department: 'jnemb', title: '安全生产执法检查', appliesTo: ['C', 'G59', 'H61'] },
  { department: 'jnhrss', title: '劳动保障年度书面审查', appliesTo: ['*'] },
  { department: 'jntrans', title: '道路运输企业专项检查', appliesTo: ['G54'] },
  { department: 'jnhealth', title: '公共场所卫生监督检查', appliesTo: ['H61', 'O80', 'Q84'] },
] as const satisfies readonly { department: DepartmentCode; title: string; appliesTo: readonly string[] }[];

/** Inspection results with their relative frequency. */
export const INSPECTION_RESULTS = [
  ['未发现问题', 78],
  ['发现问题已责令改正', 14],
  ['未按规定公示应当公示的信息', 3],
  ['通过登记的住所或者经营场所无法联系', 3],
  ['不合格，已移交稽查部门处理', 2],
] as const;

/** Whether a template that applies to the given codes/sections/'*' applies to an industry. */
export function appliesToIndustry(appliesTo: readonly string[], industryCode: string): boolean {
  for (const entry of appliesTo) {
    if (entry === '*' || entry === industryCode || entry === industryCode.charAt(0)) return true;
  }
  return false;
}

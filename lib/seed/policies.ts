// Seed data of the small and micro business area: support policies of several Jinan departments
// (dates relative to the seed's "today", so a seed is deterministic for a given --today), the
// small and micro enterprise directory for the seeded small/micro firms, and support received by
// a share of them. Policies are a handful of rows; the directory and the support rows are built
// set-based in SQL (one statement each), so a million firms cost seconds, not minutes.
import type { Sql } from '../db/client';
import type { CreditCondition, EnterpriseSize, PolicyCategory } from '../domain/policies';
import { DEPARTMENT_BY_CODE } from '../reference/departments';
import type { LocalizedLabel } from '../reference/localized-label';

/** Departments that issue support policies but provide no credit records (added if missing). */
export const POLICY_DEPARTMENTS: readonly { code: string; name: LocalizedLabel }[] = [
  { code: 'jnfin', name: { 'zh-CN': '济南市财政局', 'zh-TW': '濟南市財政局', en: 'Jinan Municipal Finance Bureau' } },
  {
    code: 'jniit',
    name: { 'zh-CN': '济南市工业和信息化局', 'zh-TW': '濟南市工業和信息化局', en: 'Jinan Municipal Bureau of Industry and Information Technology' },
  },
  { code: 'jnst', name: { 'zh-CN': '济南市科学技术局', 'zh-TW': '濟南市科學技術局', en: 'Jinan Municipal Science and Technology Bureau' } },
  {
    code: 'jnjr',
    name: { 'zh-CN': '济南市地方金融监督管理局', 'zh-TW': '濟南市地方金融監督管理局', en: 'Jinan Local Financial Supervision and Administration Bureau' },
  },
];

export interface SeedPolicy {
  title: string;
  department: string;
  docNo: string;
  category: PolicyCategory;
  /** Days before the seed's today that it was issued. */
  issuedAgo: number;
  /** Days from issue to publication on the platform (more than 20 = published late). */
  lag: number;
  /** Validity in days from issue; null = open-ended. Shorter than issuedAgo = expired. */
  validDays: number | null;
  sizes?: EnterpriseSize[];
  industries?: string[];
  districts?: string[];
  benefits: string;
  status?: 'published' | 'withdrawn' | 'draft';
}

/** About forty policies: tax relief, finance and credit (贷款), subsidies, employment, innovation, premises. */
export const SEED_POLICIES: readonly SeedPolicy[] = [
  {
    title: '济南市创业担保贷款实施办法',
    department: 'jnhrss',
    docNo: '济人社发〔2023〕12号',
    category: 'finance_credit',
    issuedAgo: 420,
    lag: 9,
    validDays: 1460,
    sizes: ['small', 'micro'],
    benefits:
      '符合条件的个人创业者可申请最高30万元创业担保贷款，小微企业最高400万元；贷款期限最长3年，财政按规定给予贴息，LPR减150个基点以上部分由借款人承担。',
  },
  {
    title: '济南市小微企业贷款风险补偿资金管理办法',
    department: 'jnfin',
    docNo: '济财金〔2023〕8号',
    category: 'finance_credit',
    issuedAgo: 380,
    lag: 6,
    validDays: 1095,
    sizes: ['small', 'micro'],
    benefits: '合作银行向小微企业发放的单户1000万元以下贷款发生损失的，由风险补偿资金按本金损失的40%给予补偿。',
  },
  {
    title: '关于开展小微企业首贷培植行动的通知',
    department: 'jnjr',
    docNo: '济金发〔2024〕3号',
    category: 'finance_credit',
    issuedAgo: 200,
    lag: 5,
    validDays: 730,
    sizes: ['small', 'micro'],
    benefits: '对首次获得银行贷款的小微企业，按首贷金额的1%给予最高5万元奖励；合作银行开辟首贷绿色通道，审批时限不超过5个工作日。',
  },
  {
    title: '济南市普惠小微企业信用贷款支持计划实施细则',
    department: 'jnjr',
    docNo: '济金发〔2024〕11号',
    category: 'finance_credit',
    issuedAgo: 150,
    lag: 34,
    validDays: 730,
    sizes: ['small', 'micro'],
    benefits: '对合作银行新发放的普惠小微企业信用贷款，按贷款本金的1%给予激励；单户信用贷款额度最高500万元，无需抵押担保。',
  },
  {
    title: '济南市科技型小微企业知识产权质押贷款贴息办法',
    department: 'jnst',
    docNo: '济科发〔2023〕21号',
    category: 'finance_credit',
    issuedAgo: 300,
    lag: 12,
    validDays: 1095,
    sizes: ['small', 'micro'],
    industries: ['M', 'I', 'C39'],
    benefits: '以专利权、商标专用权质押获得贷款的科技型小微企业，按实际支付利息的50%给予贴息，单户每年最高30万元。',
  },
  {
    title: '关于支持小微企业和个体工商户应急转贷的通知',
    department: 'jnjr',
    docNo: '济金发〔2021〕15号',
    category: 'finance_credit',
    issuedAgo: 1100,
    lag: 7,
    validDays: 730,
    benefits: '设立应急转贷基金，为贷款到期、暂时资金周转困难的小微企业提供续贷过桥资金，日费率不高于万分之一。',
  },
  {
    title: '关于对小微企业贷款实施延期还本付息的通知',
    department: 'jnjr',
    docNo: '济金发〔2022〕6号',
    category: 'finance_credit',
    issuedAgo: 900,
    lag: 10,
    validDays: 365,
    sizes: ['small', 'micro'],
    benefits: '对受疫情影响、暂时遇到困难的小微企业贷款，银行可按市场化原则延期还本付息，延期期间不罚息、不下调贷款风险分类。',
  },
  {
    title: '济南市政府性融资担保降费奖补办法',
    department: 'jnfin',
    docNo: '济财金〔2024〕2号',
    category: 'finance_credit',
    issuedAgo: 240,
    lag: 8,
    validDays: 1095,
    sizes: ['small', 'micro'],
    benefits: '政府性融资担保机构为小微企业提供贷款担保的，担保费率降至1%以下，财政按担保额的0.5%给予降费奖补。',
  },
  {
    title: '关于进一步实施小微企业“六税两费”减免政策的公告',
    department: 'jntax',
    docNo: '济南市税务局公告2023年第2号',
    category: 'tax_relief',
    issuedAgo: 500,
    lag: 4,
    validDays: 1800,
    sizes: ['small', 'micro'],
    benefits:
      '对增值税小规模纳税人、小型微利企业和个体工商户，减半征收资源税、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）、耕地占用税和教育费附加、地方教育附加。',
  },
  {
    title: '关于小型微利企业所得税优惠政策执行口径的公告',
    department: 'jntax',
    docNo: '济南市税务局公告2023年第5号',
    category: 'tax_relief',
    issuedAgo: 480,
    lag: 3,
    validDays: 1750,
    sizes: ['small', 'micro'],
    benefits: '对小型微利企业减按25%计算应纳税所得额，按20%的税率缴纳企业所得税，实际税负5%。',
  },
  {
    title: '关于增值税小规模纳税人减免增值税政策的公告',
    department: 'jntax',
    docNo: '济南市税务局公告2023年第7号',
    category: 'tax_relief',
    issuedAgo: 470,
    lag: 2,
    validDays: 1740,
    sizes: ['small', 'micro'],
    benefits: '小规模纳税人月销售额10万元以下（含本数）的，免征增值税；适用3%征收率的应税销售收入，减按1%征收率征收增值税。',
  },
  {
    title: '关于个体工商户减半征收个人所得税的公告',
    department: 'jntax',
    docNo: '济南市税务局公告2023年第9号',
    category: 'tax_relief',
    issuedAgo: 460,
    lag: 5,
    validDays: 1730,
    sizes: ['micro'],
    benefits: '对个体工商户年应纳税所得额不超过200万元的部分，在现行优惠政策基础上减半征收个人所得税。',
  },
  {
    title: '关于小微企业免征部分政府性基金的通知',
    department: 'jnfin',
    docNo: '济财税〔2021〕4号',
    category: 'tax_relief',
    issuedAgo: 1200,
    lag: 6,
    validDays: 700,
    sizes: ['small', 'micro'],
    benefits: '按月纳税的月销售额不超过10万元的缴纳义务人，免征教育费附加、地方教育附加、水利建设基金。',
  },
  {
    title: '关于阶段性缓缴制造业中小微企业部分税费的公告',
    department: 'jntax',
    docNo: '济南市税务局公告2022年第1号',
    category: 'tax_relief',
    issuedAgo: 950,
    lag: 3,
    validDays: 365,
    industries: ['C'],
    benefits: '制造业中小微企业可延缓缴纳所属期内的企业所得税、个人所得税、国内增值税、国内消费税及附征的城市维护建设税等，缓缴期限6个月。',
  },
  {
    title: '济南市“专精特新”中小企业培育奖励办法',
    department: 'jniit',
    docNo: '济工信发〔2023〕18号',
    category: 'subsidies',
    issuedAgo: 330,
    lag: 11,
    validDays: 1095,
    industries: ['C', 'I', 'M'],
    benefits: '对首次认定为省级“专精特新”中小企业的给予20万元一次性奖励，认定为国家级专精特新“小巨人”企业的给予50万元奖励。',
  },
  {
    title: '济南市小微企业升级规模以上企业奖励实施细则',
    department: 'jniit',
    docNo: '济工信发〔2024〕5号',
    category: 'subsidies',
    issuedAgo: 220,
    lag: 9,
    validDays: 1095,
    sizes: ['small', 'micro'],
    industries: ['C', 'E', 'F', 'H'],
    benefits: '对首次升级为规模以上工业企业、限额以上批零住餐企业的小微企业，给予10万元一次性奖励，次年继续在库的再奖励5万元。',
  },
  {
    title: '济南市商贸流通小微企业数字化改造补助办法',
    department: 'jncommerce',
    docNo: '济商务发〔2024〕7号',
    category: 'subsidies',
    issuedAgo: 180,
    lag: 13,
    validDays: 730,
    sizes: ['small', 'micro'],
    industries: ['F51', 'F52', 'H62'],
    benefits: '对批发、零售、餐饮小微企业实施收银、进销存、线上销售等数字化改造的，按实际投入的30%给予补助，最高5万元。',
  },
  {
    title: '济南市中小企业参加境内外展会补贴办法',
    department: 'jncommerce',
    docNo: '济商务发〔2021〕22号',
    category: 'subsidies',
    issuedAgo: 1000,
    lag: 8,
    validDays: 730,
    benefits: '对中小企业参加市商务局公布的重点境内外展会的展位费，按70%给予补贴，单个企业每年最高10万元。',
  },
  {
    title: '济南市小微物流企业新能源货车购置补贴',
    department: 'jntrans',
    docNo: '济交发〔2024〕9号',
    category: 'subsidies',
    issuedAgo: 160,
    lag: 28,
    validDays: 730,
    sizes: ['small', 'micro'],
    industries: ['G54', 'G59'],
    benefits: '小微物流企业购置新能源轻型货车用于城市配送的，每辆补贴1万元，单个企业最高20万元。',
  },
  {
    title: '关于小微企业防疫物资采购补贴的通知',
    department: 'jniit',
    docNo: '济工信发〔2022〕30号',
    category: 'subsidies',
    issuedAgo: 880,
    lag: 4,
    validDays: 365,
    sizes: ['small', 'micro'],
    benefits: '对小微企业采购口罩、消毒用品等防疫物资的支出按50%给予补贴。',
    status: 'withdrawn',
  },
  {
    title: '济南市小微企业吸纳就业社会保险补贴办法',
    department: 'jnhrss',
    docNo: '济人社发〔2023〕30号',
    category: 'employment',
    issuedAgo: 350,
    lag: 7,
    validDays: 1095,
    sizes: ['small', 'micro'],
    benefits: '小微企业吸纳就业困难人员、登记失业半年以上人员就业并缴纳社会保险的，按单位实际缴纳的基本养老、基本医疗和失业保险费给予补贴，期限最长3年。',
  },
  {
    title: '关于阶段性降低失业保险、工伤保险费率的通知',
    department: 'jnhrss',
    docNo: '济人社发〔2024〕4号',
    category: 'employment',
    issuedAgo: 260,
    lag: 6,
    validDays: 900,
    benefits: '失业保险总费率继续按1%执行；工伤保险基金累计结余可支付月数在18至23个月的，费率下调20%。',
  },
  {
    title: '济南市一次性扩岗补助实施细则',
    department: 'jnhrss',
    docNo: '济人社发〔2022〕19号',
    category: 'employment',
    issuedAgo: 860,
    lag: 9,
    validDays: 300,
    sizes: ['small', 'micro'],
    benefits: '中小微企业招用毕业年度高校毕业生、登记失业的16—24岁青年，签订劳动合同并缴纳失业保险费1个月以上的，按每人1500元发放一次性扩岗补助。',
  },
  {
    title: '济南市以工代训职业培训补贴办法',
    department: 'jnhrss',
    docNo: '济人社发〔2021〕33号',
    category: 'employment',
    issuedAgo: 1150,
    lag: 5,
    validDays: 500,
    sizes: ['small', 'micro'],
    benefits: '中小微企业吸纳就业并开展以工代训的，按每人每月500元给予职业培训补贴，补贴期限最长6个月。',
  },
  {
    title: '济南市高校毕业生到小微企业就业补贴办法',
    department: 'jnhrss',
    docNo: '济人社发〔2024〕15号',
    category: 'employment',
    issuedAgo: 120,
    lag: 31,
    validDays: 1095,
    sizes: ['small', 'micro'],
    benefits: '小微企业新招用离校2年内高校毕业生，签订1年以上劳动合同并缴纳社会保险的，按每人每年3000元给予企业就业补贴。',
  },
  {
    title: '济南市科技型中小企业创新券管理办法',
    department: 'jnst',
    docNo: '济科发〔2023〕9号',
    category: 'innovation',
    issuedAgo: 400,
    lag: 10,
    validDays: 1460,
    industries: ['C', 'I', 'M'],
    benefits: '科技型中小企业使用大型科学仪器设备、委托研发检测的，按服务费用的50%以创新券给予补助，单个企业每年最高30万元。',
  },
  {
    title: '济南市小微企业研发费用后补助办法',
    department: 'jnst',
    docNo: '济科发〔2024〕6号',
    category: 'innovation',
    issuedAgo: 210,
    lag: 8,
    validDays: 1095,
    sizes: ['small', 'micro'],
    benefits: '对上年度研发费用加计扣除的小微企业，按研发费用增量的10%给予后补助，单个企业最高50万元。',
  },
  {
    title: '济南高新区小微企业高新技术企业培育奖励',
    department: 'jnst',
    docNo: '济高管发〔2024〕12号',
    category: 'innovation',
    issuedAgo: 140,
    lag: 6,
    validDays: 1095,
    sizes: ['small', 'micro'],
    districts: ['370171'],
    benefits: '高新区内入库培育的小微企业首次通过高新技术企业认定的，给予20万元奖励。',
  },
  {
    title: '济南市中小企业数字化转型城市试点专项资金管理办法',
    department: 'jniit',
    docNo: '济工信发〔2025〕2号',
    category: 'innovation',
    issuedAgo: 10,
    lag: 3,
    validDays: 1095,
    industries: ['C'],
    benefits: '对纳入试点的制造业中小企业数字化改造项目，按合同金额的30%给予补助，单个企业最高50万元（申报于发布后一个月开始）。',
  },
  {
    title: '济南市创业孵化基地小微企业房租减免办法',
    department: 'jnhrss',
    docNo: '济人社发〔2023〕40号',
    category: 'premises',
    issuedAgo: 310,
    lag: 10,
    validDays: 1095,
    sizes: ['micro'],
    benefits: '入驻市级创业孵化基地的初创小微企业，前两年免收场地租金，第三年减半收取。',
  },
  {
    title: '历城区小微企业厂房租金补贴实施细则',
    department: 'jnhuc',
    docNo: '历城政办发〔2024〕8号',
    category: 'premises',
    issuedAgo: 190,
    lag: 14,
    validDays: 730,
    sizes: ['small', 'micro'],
    districts: ['370112'],
    industries: ['C'],
    benefits: '在历城区租用标准厂房从事生产的制造业小微企业，按每平方米每月5元给予租金补贴，单个企业每年最高20万元。',
  },
  {
    title: '关于减免国有房屋租金支持小微企业和个体工商户的通知',
    department: 'jnfin',
    docNo: '济财资〔2022〕10号',
    category: 'premises',
    issuedAgo: 930,
    lag: 5,
    validDays: 365,
    sizes: ['small', 'micro'],
    benefits: '承租市属国有房屋的服务业小微企业和个体工商户，减免6个月租金。',
  },
  {
    title: '槐荫区小微企业创业园区场地补贴',
    department: 'jnhuc',
    docNo: '槐政办发〔2024〕3号',
    category: 'premises',
    issuedAgo: 100,
    lag: 9,
    validDays: 730,
    sizes: ['small', 'micro'],
    districts: ['370104'],
    benefits: '入驻槐荫区认定的小微企业创业园区的企业，按实际租金的50%给予补贴，单个企业每年最高10万元。',
  },
  {
    title: '济南市个体工商户分型分类精准帮扶实施方案',
    department: 'jnamr',
    docNo: '济市监发〔2023〕25号',
    category: 'other',
    issuedAgo: 360,
    lag: 12,
    validDays: 1460,
    sizes: ['micro'],
    benefits: '将个体工商户分为“生存型”“成长型”“发展型”和“名特优新”四类，分别提供经营场所、融资对接、品牌培育等精准帮扶。',
  },
  {
    title: '济南市小微企业名录信息公示与查询服务指引',
    department: 'jnamr',
    docNo: '济市监发〔2024〕2号',
    category: 'other',
    issuedAgo: 230,
    lag: 22,
    validDays: null,
    benefits: '小微企业可通过本平台查询适用的扶持政策、申报渠道和本企业享受扶持情况；市场监管部门提供免费的名录信息查询和政策咨询服务。',
  },
  {
    title: '济南市小微企业融资服务对接会工作方案',
    department: 'jnjr',
    docNo: '济金发〔2024〕20号',
    category: 'finance_credit',
    issuedAgo: 60,
    lag: 4,
    validDays: 365,
    sizes: ['small', 'micro'],
    benefits: '每季度组织银行、担保、保险机构与小微企业开展融资对接，现场受理贷款申请，对接成功的贷款优先享受贴息。',
  },
  {
    title: '济南市中小企业公共服务平台服务券实施办法',
    department: 'jniit',
    docNo: '济工信发〔2024〕16号',
    category: 'other',
    issuedAgo: 90,
    lag: 7,
    validDays: 730,
    benefits: '中小企业使用公共服务平台提供的管理咨询、法律、财务等服务的，凭服务券抵扣服务费用的50%，每家企业每年最高2万元。',
  },
];

/** Shared application routes, by category (each policy's department is named where to apply). */
const HOW_TO_APPLY: Record<PolicyCategory, { steps: string; materials: string }> = {
  tax_relief: {
    steps: '1. 符合条件的纳税人在申报时自行判别享受；2. 通过电子税务局填报申报表相关栏次；3. 相关资料留存备查。',
    materials: '无需报送资料，留存营业执照、财务报表等备查资料。',
  },
  finance_credit: {
    steps: '1. 向合作银行或担保机构提出贷款申请；2. 银行审核并报主管部门备案；3. 放款后按季度申请贴息或奖励。',
    materials: '营业执照、近一年财务报表、贷款合同、纳税证明、申请表。',
  },
  subsidies: {
    steps: '1. 在申报期内登录“泉惠企”平台填报；2. 区县主管部门初审；3. 市级主管部门复核并公示5个工作日；4. 资金拨付至企业账户。',
    materials: '申请表、营业执照、项目投入发票或合同、银行账户信息、信用承诺书。',
  },
  employment: {
    steps: '1. 企业在“济南人社”网上服务大厅提交申请；2. 人社部门核验社保缴费和用工信息；3. 审核通过后按月或一次性拨付。',
    materials: '申请表、劳动合同、社会保险缴费明细、人员身份信息（仅供审核，不公开）。',
  },
  innovation: {
    steps: '1. 在科技管理信息系统注册并提交申报书；2. 专家评审；3. 公示无异议后拨付资金。',
    materials: '申报书、研发费用专项审计报告或服务合同、知识产权证明、信用承诺书。',
  },
  premises: {
    steps: '1. 企业向园区或区县主管部门提出申请；2. 核实租赁合同和经营情况；3. 按年度拨付补贴或直接减免租金。',
    materials: '申请表、租赁合同、租金支付凭证、营业执照。',
  },
  other: { steps: '1. 通过本平台或12345热线咨询；2. 按指引到相关部门办理。', materials: '营业执照；其他材料以具体事项为准。' },
};

const DAY_MS = 86_400_000;
function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

async function ensurePolicyDepartments(sql: Sql): Promise<void> {
  for (const d of POLICY_DEPARTMENTS) {
    await sql`
      insert into departments (code, name_zh_cn, name_zh_tw, name_en)
      values (${d.code}, ${d.name['zh-CN']}, ${d.name['zh-TW']}, ${d.name.en})
      on conflict (code) do nothing`;
  }
}

export interface PolicySeedSummary {
  policies: number;
  directory: number;
  support: number;
}

/**
 * Seeds policies, directory membership and support received for the entities already loaded.
 * With `reset`, earlier policies (and the support that cites them) are removed first.
 */
/** Subsidy and credit policies are closed to red firms too; the rest to blacklisted firms only (the column's default). */
function seedCreditCondition(category: PolicyCategory): CreditCondition {
  return category === 'subsidies' || category === 'finance_credit' ? 'no_red_or_black' : 'no_blacklist';
}

export async function seedPolicies(sql: Sql, options: { today: string; reset: boolean }): Promise<PolicySeedSummary> {
  const { today } = options;
  if (options.reset) await sql`truncate policies, small_business_directory, support_received restart identity cascade`;
  await ensurePolicyDepartments(sql);
  const departments = new Map((await sql<{ id: number; code: string }[]>`select id, code from departments`).map((d) => [d.code, d.id]));
  for (const p of SEED_POLICIES) {
    const issuedOn = shift(today, -p.issuedAgo);
    const publishedOn = shift(issuedOn, p.lag);
    const withdrawn = p.status === 'withdrawn';
    const how = HOW_TO_APPLY[p.category];
    const departmentId = departments.get(p.department);
    if (departmentId === undefined) throw new Error(`seed policy department ${p.department} is missing`);
    await sql`
      insert into policies (title, issuing_department_id, doc_no, issued_on, published_on, category, eligible_sizes, eligible_industries,
        eligible_districts, benefits, apply_steps, apply_materials, apply_where, valid_from, valid_to, links, attachments, status,
        withdrawn_on, withdrawal_reason, credit_condition)
      values (${p.title}, ${departmentId}, ${p.docNo}, ${issuedOn}, ${publishedOn}, ${p.category}, ${p.sizes ?? []}::enterprise_size[],
        ${p.industries ?? []}::text[], ${p.districts ?? []}::text[], ${p.benefits}, ${how.steps}, ${how.materials},
        ${`${labelOf(p.department)}政务服务窗口（济南市政务服务中心，历下区龙奥北路1号）或“泉惠企”平台线上办理`},
        ${issuedOn}, ${p.validDays === null ? null : shift(issuedOn, p.validDays)},
        ${JSON.stringify([{ label: '政策原文', url: `https://www.jinan.gov.cn/policy/${encodeURIComponent(p.docNo)}` }])}::text::jsonb,
        ${JSON.stringify([{ name: `${p.title}.pdf`, url: `https://www.jinan.gov.cn/policy/${encodeURIComponent(p.docNo)}.pdf`, mediaType: 'application/pdf', bytes: 180_000 + p.title.length * 1000 }])}::text::jsonb,
        ${withdrawn ? 'withdrawn' : (p.status ?? 'published')},
        ${withdrawn ? shift(publishedOn, 200) : null}, ${withdrawn ? '政策目的已实现，提前废止' : null}, ${seedCreditCondition(p.category)})`;
  }

  // The directory: every small/micro firm. Individual businesses are micro; companies split by a
  // hash of the id. Deregistered firms leave the directory; a few grew out of it or no longer qualify.
  const thisYear = Number(today.slice(0, 4));
  const [dir] = await sql<{ n: number }[]>`
    with ins as (
      insert into small_business_directory (entity_id, size, listed_year, removed_on, removal_reason)
      select e.id,
             (case when e.type = 'individual' or (e.id * 2654435761) % 100 < 55 then 'micro' else 'small' end)::enterprise_size,
             least(${thisYear}, greatest(2016, extract(year from e.established_on)::int + ((e.id * 40503) % 2)::int)),
             case when e.status <> 'active' or (e.id * 7919) % 1000 < 50
                  then greatest(make_date(least(${thisYear}, greatest(2016, extract(year from e.established_on)::int + ((e.id * 40503) % 2)::int)), 12, 31),
                                ${today}::date - ((e.id * 104723) % 700)::int)
                  end,
             (case when e.status <> 'active' then 'deregistered'
                   when (e.id * 7919) % 1000 < 30 then 'grew_out'
                   when (e.id * 7919) % 1000 < 50 then 'no_longer_eligible' end)::directory_removal_reason
      from entities e where e.is_small_micro
      returning 1)
    select count(*)::int as n from ins`;
  // A removal date cannot lie in the future: those firms are simply still listed.
  await sql`update small_business_directory set removed_on = null, removal_reason = null where removed_on > ${today}`;

  // Support received: about one firm in eight of the directory, one or two grants each, from a
  // published policy the firm was eligible for, granted while it was in force.
  const [support] = await sql<{ n: number }[]>`
    with picks as (
      select m.entity_id, g.k, p.id as policy_id, p.issuing_department_id, p.category, p.valid_from,
             least(coalesce(p.valid_to, ${today}::date), ${today}::date) as last_day,
             (m.entity_id * 2654435761 + g.k * 97) % 100000 as h
      from small_business_directory m
        join entities e on e.id = m.entity_id
        cross join generate_series(1, 2) as g(k)
        cross join lateral (
          select p.* from policies p
          where p.status = 'published' and p.valid_from <= ${today}
            and (cardinality(p.eligible_sizes) = 0 or m.size = any(p.eligible_sizes))
            and (cardinality(p.eligible_industries) = 0 or e.industry_code = any(p.eligible_industries) or left(e.industry_code, 1) = any(p.eligible_industries))
            and (cardinality(p.eligible_districts) = 0 or e.district_code = any(p.eligible_districts))
          order by (p.id * 7919 + m.entity_id * 31 + g.k * 13) % 1009
          limit 1) p
      where (m.entity_id * 104729) % 100 < 12 and (g.k = 1 or (m.entity_id * 40507) % 3 = 0)
    ), ins as (
      insert into support_received (entity_id, year, policy_id, policy_basis, content, amount_cny, implementing_department_id, granted_on,
                                    source_department_id, source_ref)
      select entity_id, extract(year from granted)::int, policy_id, null,
             case category
               when 'finance_credit' then '贷款贴息及担保费补贴'
               when 'tax_relief' then '减免税费'
               when 'subsidies' then '专项补助资金'
               when 'employment' then '社会保险补贴及就业补贴'
               when 'innovation' then '创新券及研发后补助'
               when 'premises' then '场地租金补贴'
               else '政策咨询与服务券' end,
             case category
               when 'finance_credit' then 5000 + (h % 76) * 1000
               when 'tax_relief' then 800 + (h % 93) * 500
               when 'subsidies' then 10000 + (h % 60) * 2500
               when 'employment' then 1500 + (h % 40) * 1500
               when 'innovation' then 20000 + (h % 48) * 5000
               when 'premises' then 3000 + (h % 50) * 1000
               else 2000 + (h % 10) * 1000 end,
             issuing_department_id, granted, issuing_department_id, 'seed-' || entity_id || '-' || k
      from (select *, valid_from + (h % greatest(1, last_day - valid_from + 1))::int as granted from picks) x
      on conflict (source_department_id, source_ref) do nothing
      returning 1)
    select count(*)::int as n from ins`;
  await sql`analyze policies`;
  await sql`analyze small_business_directory`;
  await sql`analyze support_received`;
  return { policies: SEED_POLICIES.length, directory: dir?.n ?? 0, support: support?.n ?? 0 };
}

function labelOf(code: string): string {
  return POLICY_DEPARTMENTS.find((d) => d.code === code)?.name['zh-CN'] ?? DEPARTMENT_BY_CODE.get(code)?.name['zh-CN'] ?? code;
}

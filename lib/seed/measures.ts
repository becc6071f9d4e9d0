// Seed data of the measures catalogue (激励/惩戒, issue 16 part 3): the measures the seed documents
// name, each citing its notice and section. zh-TW is converted from zh-CN with OpenCC (as
// `npm run i18n:tw` does for messages); English is written. Dates are the notices' issue dates, so
// the catalogue does not depend on the seed's "today" and entity generation is untouched.
import * as OpenCC from 'opencc-js';
import type { Sql } from '../db/client';
import type { MeasureKind } from '../domain/measures';
import type { CreditLevel, ListingKind } from '../domain/vocabulary';

export interface SeedMeasure {
  code: string;
  kind: MeasureKind;
  levels: CreditLevel[];
  listKinds: ListingKind[];
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  legalBasis: { zh: string; en: string };
  /** Department code (lib/reference/departments.ts or the policy departments); null = all departments. */
  department: string | null;
  effectiveFrom: string;
  excludesSupport?: boolean;
}

/** A notice as cited: its title and number in Chinese, and in English. */
interface Notice {
  zh: string;
  en: string;
}

const JINAN_2017: Notice = {
  zh: '《济南市人民政府办公厅关于加强济南市市场主体事中事后监管服务平台建设管理的通知》（2017）',
  en: 'Jinan Municipal Government General Office, Notice on the in-process and after-the-fact supervision platform for market entities (2017)',
};
const JINAN_2019: Notice = {
  zh: '《济南市人民政府办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的实施意见》（济政办字〔2019〕54号）',
  en: 'Jinan Municipal Government General Office, Opinions on a credit-based supervision mechanism (Ji Zheng Ban Zi [2019] No. 54)',
};
const JIESHOU_2020: Notice = {
  zh: '《界首市涉企信息归集应用实施方案》（界政办〔2020〕5号）',
  en: 'Jieshou Municipal Government Office, Implementation plan for collecting and using enterprise information (Jie Zheng Ban [2020] No. 5)',
};
const DONGGUAN_2017: Notice = {
  zh: '《东莞市人民政府办公室关于深化商事制度改革构建科学市场监管体系的实施意见》（东府办〔2017〕74号）',
  en: 'Dongguan Municipal Government Office, Opinions on deepening commercial registration reform (Dong Fu Ban [2017] No. 74)',
};
const SPC_2015: Notice = {
  zh: '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》（法释〔2015〕17号）',
  en: 'Supreme People’s Court, Provisions on restricting high spending by judgment debtors (Fa Shi [2015] No. 17)',
};

/** A section of a notice: the notice, the section as cited in Chinese, and in English. */
type Section = readonly [Notice, string, string];

const JINAN_2017_9: Section = [JINAN_2017, '第（九）条', '§(9)'];
const JINAN_2019_7_2: Section = [JINAN_2019, '第（七）条第2项', '§(7) item 2'];
const JINAN_2019_10_1: Section = [JINAN_2019, '第（十）条第1项', '§(10) item 1'];
const JINAN_2019_11: Section = [JINAN_2019, '第（十一）条', '§(11)'];
const JIESHOU_2020_5_5: Section = [JIESHOU_2020, '五（五）', 'part 5 §(5)'];
const DONGGUAN_2017_18: Section = [DONGGUAN_2017, '第18条', '§18'];
const DONGGUAN_2017_20: Section = [DONGGUAN_2017, '第20条', '§20'];
const SPC_2015_3: Section = [SPC_2015, '第三条', 'art. 3'];

/** The legal basis of a measure in Chinese and English, from the sections it rests on. */
function basis(...sections: Section[]): { zh: string; en: string } {
  return {
    zh: sections.map(([notice, zh]) => `${notice.zh}${zh}`).join('；'),
    en: sections.map(([notice, , en]) => `${notice.en}, ${en}`).join('; '),
  };
}

const BLACKLISTS: ListingKind[] = ['serious_illegal_listing', 'dishonest_debtor', 'tax_violation'];

/** Eight punitive and five incentive measures. */
export const SEED_MEASURES: readonly SeedMeasure[] = [
  {
    code: 'restrict-subsidies',
    kind: 'punitive',
    levels: ['black'],
    listKinds: BLACKLISTS,
    title: { zh: '限制或取消财政补贴和政府扶持', en: 'No financial subsidies or government support' },
    description: {
      zh: '取消其财政补贴资格和政府补贴扶持，限制申请财政性资金项目，不得享受财政资金补助等政策扶持。',
      en: 'The firm loses its eligibility for financial subsidies and government support, may not apply for publicly funded projects and receives no policy support paid from public funds.',
    },
    legalBasis: basis(JINAN_2017_9, JINAN_2019_10_1, JIESHOU_2020_5_5),
    department: 'jnfin',
    effectiveFrom: '2017-01-01',
    excludesSupport: true,
  },
  {
    code: 'restrict-procurement-bidding',
    kind: 'punitive',
    levels: ['black'],
    listKinds: BLACKLISTS,
    title: { zh: '限制参与政府采购和招标投标', en: 'Restricted from government procurement and public tenders' },
    description: {
      zh: '依法限制或取消其参加政府采购、政府投资项目招标投标的资格。',
      en: 'The firm may be restricted from, or lose the right to take part in, government procurement and tenders for government-funded projects.',
    },
    legalBasis: basis(JINAN_2017_9, JINAN_2019_10_1),
    department: null,
    effectiveFrom: '2017-01-01',
  },
  {
    code: 'restrict-credit',
    kind: 'punitive',
    levels: ['black'],
    listKinds: ['serious_illegal_listing', 'dishonest_debtor'],
    title: { zh: '限制融资授信', en: 'Restricted access to loans and credit lines' },
    description: {
      zh: '金融机构在授信、融资审批中将其失信信息作为重要参考，依法依规限制其获得授信。',
      en: 'Banks and other lenders take the listing into account when granting loans and credit lines, and restrict credit to the firm as the law allows.',
    },
    legalBasis: basis(JINAN_2019_10_1),
    department: 'jnjr',
    effectiveFrom: '2019-11-06',
  },
  {
    code: 'restrict-honours',
    kind: 'punitive',
    levels: ['red', 'black'],
    listKinds: BLACKLISTS,
    title: { zh: '限制评优评先和表彰奖励', en: 'No awards or honours' },
    description: {
      zh: '限制或取消其参加政府组织的各类表彰奖励活动，取消其及其法定代表人、负责人参加评先评优的资格。',
      en: 'The firm, its legal representative and managers may not take part in awards and honours organised by the government.',
    },
    legalBasis: basis(JIESHOU_2020_5_5, DONGGUAN_2017_18),
    department: null,
    effectiveFrom: '2017-06-21',
  },
  {
    code: 'key-supervision',
    kind: 'punitive',
    levels: ['red', 'black'],
    listKinds: ['abnormal_listing', ...BLACKLISTS],
    title: { zh: '列为重点监管对象，提高抽查比例和频次', en: 'Closer supervision: more frequent random inspections' },
    description: {
      zh: '在日常监管中列为重点监管对象，增加检查频次，加强现场核查；“双随机”抽查中适当提高抽查比例和频次；在行政许可、年检验证中列为重点核查对象。',
      en: 'The firm is a priority for supervision: it is inspected more often and on site, a larger share of random ("double random") inspections falls on it, and its licence and annual inspection files are checked closely.',
    },
    legalBasis: basis(JINAN_2019_7_2, JIESHOU_2020_5_5),
    department: 'jnamr',
    effectiveFrom: '2019-11-06',
  },
  {
    code: 'revoke-facilitation',
    kind: 'punitive',
    levels: ['red', 'black'],
    listKinds: [],
    title: { zh: '限制或取消行政便利化措施', en: 'Administrative fast-track withdrawn' },
    description: {
      zh: '限制或取消其已经享受的行政审批“绿色通道”、容缺受理等行政便利化措施。',
      en: 'Fast-track approval, processing with documents to follow and other administrative conveniences the firm enjoyed are restricted or withdrawn.',
    },
    legalBasis: basis(JIESHOU_2020_5_5),
    department: null,
    effectiveFrom: '2020-06-28',
  },
  {
    code: 'restrict-tax-preferences',
    kind: 'punitive',
    levels: [],
    listKinds: ['tax_violation', 'serious_illegal_listing'],
    title: { zh: '限制享受税收优惠', en: 'No tax preferences' },
    description: {
      zh: '依法依规限制其享受税收优惠政策，纳税信用评价相应降级。',
      en: 'The firm may not benefit from preferential tax policies as the law allows, and its tax credit rating is lowered accordingly.',
    },
    legalBasis: basis(JINAN_2019_10_1),
    department: 'jntax',
    effectiveFrom: '2019-11-06',
  },
  {
    code: 'restrict-high-consumption',
    kind: 'punitive',
    levels: [],
    listKinds: ['dishonest_debtor'],
    title: { zh: '限制高消费', en: 'Restrictions on high spending' },
    description: {
      zh: '失信被执行人及其法定代表人、主要负责人不得乘坐飞机、列车软卧和高铁一等座以上席位，不得在星级以上宾馆、高档场所消费，不得购买不动产等非生活和工作必需的消费。',
      en: 'A dishonest judgment debtor and its legal representative and principal managers may not fly, travel first class by rail, stay in star-rated hotels, buy real estate or make other purchases not needed for living or working.',
    },
    legalBasis: basis(SPC_2015_3, JINAN_2019_11),
    department: 'jncourt',
    effectiveFrom: '2015-07-22',
  },
  {
    code: 'green-channel',
    kind: 'incentive',
    levels: ['green'],
    listKinds: [],
    title: { zh: '行政审批“绿色通道”和容缺受理', en: 'Fast-track approval and processing with documents to follow' },
    description: {
      zh: '在行政审批中提供“绿色通道”，对非关键材料缺失的申请实行“容缺受理”，材料后补。',
      en: 'Applications go through a fast track ("green channel"); an application missing a non-essential document is accepted and the document may follow.',
    },
    legalBasis: basis(DONGGUAN_2017_20, JIESHOU_2020_5_5),
    department: null,
    effectiveFrom: '2017-06-21',
  },
  {
    code: 'fewer-inspections',
    kind: 'incentive',
    levels: ['green'],
    listKinds: [],
    title: { zh: '减少检查频次，降低抽查比例', en: 'Fewer inspections' },
    description: {
      zh: '在“双随机、一公开”监管中合理降低抽查比例和频次，优化日常检查和专项检查安排，减少对正常生产经营的影响。',
      en: 'A smaller share of random inspections falls on the firm and routine and special inspections are fewer, so its normal business is disturbed less.',
    },
    legalBasis: basis(JINAN_2019_7_2, JINAN_2017_9),
    department: 'jnamr',
    effectiveFrom: '2017-01-01',
  },
  {
    code: 'simplified-priority-handling',
    kind: 'incentive',
    levels: ['green'],
    listKinds: [],
    title: { zh: '简化手续、优先办理', en: 'Simpler procedures and priority handling' },
    description: {
      zh: '在市场监管和公共服务中简化办理手续，优先办理，优先提供公共服务便利。',
      en: 'In supervision and public services the firm’s matters need fewer formalities and are handled first.',
    },
    legalBasis: basis(JINAN_2017_9, JIESHOU_2020_5_5),
    department: null,
    effectiveFrom: '2017-01-01',
  },
  {
    code: 'priority-support-funds',
    kind: 'incentive',
    levels: ['green'],
    listKinds: [],
    title: { zh: '优先安排财政资金扶持', en: 'Priority for public funding and support' },
    description: {
      zh: '在财政资金补助、政策资金扶持、政府采购和招投标中，同等条件下优先选择信用状况较好的市场主体。',
      en: 'Other things being equal, the firm is preferred for public grants, policy funding, government procurement and tenders.',
    },
    legalBasis: basis(JINAN_2017_9, DONGGUAN_2017_20),
    department: 'jnfin',
    effectiveFrom: '2017-01-01',
  },
  {
    code: 'lower-transaction-costs',
    kind: 'incentive',
    levels: ['green'],
    listKinds: [],
    title: { zh: '降低市场交易成本和信用融资便利', en: 'Lower transaction costs and easier credit' },
    description: {
      zh: '向金融机构推介守信市场主体，在融资授信中给予便利，降低市场交易成本，并在招商引资和公共资源交易中予以优先考虑。',
      en: 'The firm is recommended to banks and lenders as trustworthy, gets easier access to credit and lower transaction costs, and is considered first in investment promotion and public resource trading.',
    },
    legalBasis: basis(JIESHOU_2020_5_5, DONGGUAN_2017_20),
    department: 'jnjr',
    effectiveFrom: '2020-06-28',
  },
];

// Characters only ('tw', not 'twp'): phrase substitution turns 监管对象 into 監管物件, wrong in a legal text.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Loads the catalogue (insert or update by code, so a re-seed keeps ids); with `reset`, empties it first. */
export async function seedMeasures(sql: Sql, options: { reset: boolean }): Promise<number> {
  if (options.reset) await sql`truncate credit_measures restart identity`;
  const departments = new Map((await sql<{ id: number; code: string }[]>`select id, code from departments`).map((d) => [d.code, d.id]));
  for (const m of SEED_MEASURES) {
    const departmentId = m.department === null ? null : departments.get(m.department);
    if (departmentId === undefined) throw new Error(`seed measure department ${m.department} is missing`);
    await sql`
      insert into credit_measures (code, kind, levels, list_kinds, title_zh_cn, title_zh_tw, title_en, description_zh_cn, description_zh_tw,
        description_en, legal_basis_zh, legal_basis_en, department_id, effective_from, excludes_support)
      values (${m.code}, ${m.kind}, ${m.levels}::credit_level[], ${m.listKinds}::record_kind[], ${m.title.zh}, ${toTraditional(m.title.zh)}, ${m.title.en},
        ${m.description.zh}, ${toTraditional(m.description.zh)}, ${m.description.en}, ${m.legalBasis.zh}, ${m.legalBasis.en}, ${departmentId},
        ${m.effectiveFrom}, ${m.excludesSupport ?? false})
      on conflict (code) do update set kind = excluded.kind, levels = excluded.levels, list_kinds = excluded.list_kinds,
        title_zh_cn = excluded.title_zh_cn, title_zh_tw = excluded.title_zh_tw, title_en = excluded.title_en,
        description_zh_cn = excluded.description_zh_cn, description_zh_tw = excluded.description_zh_tw, description_en = excluded.description_en,
        legal_basis_zh = excluded.legal_basis_zh, legal_basis_en = excluded.legal_basis_en, department_id = excluded.department_id,
        effective_from = excluded.effective_from, excludes_support = excluded.excludes_support`;
  }
  return SEED_MEASURES.length;
}

// Seed data of the credit commitment templates (告知承诺书, Jinan 2019 (一)1: "制定格式规范的告知承诺书，
// 并依托「信用济南」网站向社会公开"): a handful of procedures under the 告知承诺制 in Jinan, each with the
// department that runs it. zh-TW is converted from zh-CN with OpenCC; English is written. Also the
// procedure and status of each seeded commitment, derived from the record's id, never from the
// seeder's random stream (so every other seeded fact stays as it was).
import * as OpenCC from 'opencc-js';
import type { Sql } from '../db/client';
import type { CommitmentStatus } from '../domain/commitments';
import type { DepartmentCode } from '../reference/departments';

export interface SeedCommitmentTemplate {
  procedureCode: string;
  department: DepartmentCode;
  title: { zh: string; en: string };
  text: { zh: string; en: string };
  legalBasis: string;
  effectiveFrom: string;
}

const JINAN_2019 = '《济南市人民政府办公厅关于加快推进社会信用体系建设构建以信用为基础的新型监管机制的实施意见》（济政办字〔2019〕54号）';

/** The common closing of every letter: what happens when the commitment is broken (Jinan 2019 (一)2). */
const CLOSING_ZH = '如有违反，自愿承担相应法律责任，接受有关部门依法撤销许可、实施惩戒，并同意将违反承诺的情况记入信用记录、向社会公示。';
const CLOSING_EN =
  'If I break this commitment I accept the legal consequences, the revocation of the decision and the penalties the departments impose by law, and agree that the breach is entered in my credit record and published.';

export const SEED_COMMITMENT_TEMPLATES: readonly SeedCommitmentTemplate[] = [
  {
    procedureCode: 'food-business-licence',
    department: 'jnamr',
    title: { zh: '食品经营许可告知承诺书', en: 'Food business licence: notification and commitment letter' },
    text: {
      zh: `本单位已知晓食品经营许可的条件、标准和要求，承诺经营场所、设施设备、人员和食品安全管理制度符合《食品安全法》及相关规定，所提交材料真实有效。${CLOSING_ZH}`,
      en: `We know the conditions, standards and requirements of the food business licence and commit that our premises, equipment, staff and food safety management meet the Food Safety Law, and that the documents we submitted are true. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（一）条第1项；《食品经营许可管理办法》`,
    effectiveFrom: '2019-09-01',
  },
  {
    procedureCode: 'construction-qualification',
    department: 'jnhuc',
    title: { zh: '建筑业企业资质告知承诺书', en: 'Construction enterprise qualification: notification and commitment letter' },
    text: {
      zh: `本企业承诺所申报的注册资本、技术负责人、注册人员、技术工人和工程业绩等条件真实并符合资质标准，在规定期限内接受核查。${CLOSING_ZH}`,
      en: `We commit that the registered capital, technical director, registered personnel, skilled workers and project record we declared are true and meet the qualification standard, and accept verification within the set period. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（一）条第1项；《建筑业企业资质管理规定》`,
    effectiveFrom: '2019-10-01',
  },
  {
    procedureCode: 'foreign-trade-filing',
    department: 'jncommerce',
    title: { zh: '对外贸易经营者备案告知承诺书', en: 'Foreign trade operator filing: notification and commitment letter' },
    text: {
      zh: `本经营者承诺遵守《对外贸易法》及相关法律法规，备案登记表所填内容真实、准确、完整，不伪造、变造、涂改备案登记表。${CLOSING_ZH}`,
      en: `We commit to observe the Foreign Trade Law and related regulations and that the filing form is true, accurate and complete, and will not forge, alter or deface it. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（一）条第1项；《对外贸易经营者备案登记办法》`,
    effectiveFrom: '2019-09-01',
  },
  {
    procedureCode: 'investment-project-filing',
    department: 'jndrc',
    title: { zh: '企业投资项目备案告知承诺书', en: 'Enterprise investment project filing: notification and commitment letter' },
    text: {
      zh: `本单位承诺备案项目符合国家产业政策，不属于禁止投资或须核准的项目，所填项目信息真实，项目开工前依法办理其他相关手续。${CLOSING_ZH}`,
      en: `We commit that the project filed complies with national industrial policy, is neither prohibited nor subject to approval, that the information given is true, and that we obtain the other permits required by law before work starts. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（一）条第1项；《企业投资项目核准和备案管理条例》`,
    effectiveFrom: '2019-09-01',
  },
  {
    procedureCode: 'labour-dispatch-licence',
    department: 'jnhrss',
    title: { zh: '劳务派遣经营许可告知承诺书', en: 'Labour dispatch business licence: notification and commitment letter' },
    text: {
      zh: `本单位承诺注册资本、经营场所、设施和劳务派遣管理制度符合《劳务派遣行政许可实施办法》规定的条件，依法保障被派遣劳动者权益。${CLOSING_ZH}`,
      en: `We commit that our registered capital, premises, facilities and dispatch management rules meet the conditions of the Measures on labour dispatch licensing, and that we protect dispatched workers’ rights as the law requires. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（一）条第1项；《劳务派遣行政许可实施办法》`,
    effectiveFrom: '2020-01-01',
  },
  {
    procedureCode: 'credit-repair',
    department: 'jndrc',
    title: { zh: '信用修复承诺书', en: 'Credit repair commitment letter' },
    text: {
      zh: `本单位已纠正失信行为、履行相关义务、消除不良影响，承诺今后依法诚信经营，不再发生同类失信行为。${CLOSING_ZH}`,
      en: `We have corrected the breach, fulfilled our obligations and removed its effects, and commit to operate lawfully and honestly and not to repeat it. ${CLOSING_EN}`,
    },
    legalBasis: `${JINAN_2019}第（十三）条第1项`,
    effectiveFrom: '2019-09-01',
  },
];

/** The procedure of a commitment the seeder's department signs for (the repair letter is jndrc's repair route). */
export const SEED_PROCEDURE_OF_DEPARTMENT: Partial<Record<DepartmentCode, string>> = {
  jnamr: 'food-business-licence',
  jnhuc: 'construction-qualification',
  jncommerce: 'foreign-trade-filing',
  jndrc: 'investment-project-filing',
};

/**
 * A seeded commitment's status from its record id and age: mostly kept once a year has passed,
 * pending before, about one in thirty broken (a hash of the id, not the random stream).
 */
export function seedCommitmentStatus(recordId: number, ageDays: number): CommitmentStatus {
  const h = Math.imul(recordId, 2654435761) >>> 0;
  const bucket = h % 100;
  if (bucket < 3) return 'broken';
  return ageDays > 365 && bucket < 80 ? 'kept' : 'pending';
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Writes the templates (idempotent by procedure code). */
export async function seedCommitmentTemplates(sql: Sql, options: { reset: boolean }): Promise<number> {
  if (options.reset) await sql`truncate commitment_templates restart identity`;
  const departments = new Map((await sql<{ id: number; code: string }[]>`select id, code from departments`).map((d) => [d.code, d.id]));
  for (const t of SEED_COMMITMENT_TEMPLATES) {
    const departmentId = departments.get(t.department);
    if (departmentId === undefined) throw new Error(`seed commitment template department ${t.department} is missing`);
    await sql`
      insert into commitment_templates (procedure_code, title_zh_cn, title_zh_tw, title_en, text_zh_cn, text_zh_tw, text_en, legal_basis,
        department_id, effective_from)
      values (${t.procedureCode}, ${t.title.zh}, ${toTraditional(t.title.zh)}, ${t.title.en}, ${t.text.zh}, ${toTraditional(t.text.zh)}, ${t.text.en},
        ${t.legalBasis}, ${departmentId}, ${t.effectiveFrom})
      on conflict (procedure_code) do update set title_zh_cn = excluded.title_zh_cn, title_zh_tw = excluded.title_zh_tw, title_en = excluded.title_en,
        text_zh_cn = excluded.text_zh_cn, text_zh_tw = excluded.text_zh_tw, text_en = excluded.text_en, legal_basis = excluded.legal_basis,
        department_id = excluded.department_id, effective_from = excluded.effective_from`;
  }
  return SEED_COMMITMENT_TEMPLATES.length;
}

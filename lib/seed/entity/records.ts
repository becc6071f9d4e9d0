// Basic (registration changes, licences, qualifications, trademarks, pledges, mortgages), good
// and inspection records.
import type { DepartmentCode } from '../../reference/departments';
import { addMonthsToDay, isoOf, yearOf } from '../days';
import { personNameOf } from '../names';
import type { GeneratedNames } from '../names';
import { JINAN_BANKS, LICENCE_TEMPLATES } from '../record-templates';
import { SEED_PROCEDURE_OF_DEPARTMENT } from '../commitment-templates';
import { addRecord, dayAfterEstablished, docNo, pad, type Context } from './context';
import {
  GENERAL_DOC_PREFIX,
  HONOURS_BY_INDUSTRY,
  INSPECTION_RESULT,
  INSPECTIONS_BY_INDUSTRY,
  LICENCES_BY_INDUSTRY,
  QUALIFICATIONS_BY_INDUSTRY,
} from './shares';

function licenceNumber(ctx: Context, kind: (typeof LICENCE_TEMPLATES)[number]['number'], day: number): string {
  const { rng } = ctx;
  const d = ctx.district.code;
  const y = yearOf(day);
  switch (kind) {
    case 'food':
      return `JY${rng.int(1, 2)}${d}${pad(rng.int(0, 999_999), 6)}${rng.int(0, 9)}`;
    case 'foodProduction':
      return `SC${rng.int(101, 131)}${d}${pad(rng.int(0, 9_999), 4)}`;
    case 'pollutant':
      return `${ctx.entity.uscc}001${rng.pick(['P', 'V', 'Q'])}`;
    case 'construction':
      return `${d}${isoOf(day).replace(/-/g, '')}${pad(rng.int(101, 399), 4)}`;
    case 'transport':
      return `鲁交运管许可济字${d}${pad(rng.int(0, 999_999), 6)}号`;
    case 'hygiene':
      return `济卫公字〔${y}〕第${pad(rng.int(1, 9_999), 4)}号`;
    case 'medical':
      return `PDY${pad(rng.int(0, 999_999), 6)}${d}${rng.int(10, 19)}A${rng.int(1_001, 5_299)}`;
    case 'hazchem':
      return `鲁济危化经字〔${y}〕${pad(rng.int(1, 999_999), 6)}`;
    case 'hr':
      return `${d}${y}${pad(rng.int(1, 999), 3)}`;
    case 'prepaid':
      return `济商预备〔${y}〕${rng.int(1, 2_999)}号`;
  }
}

export function addBasicRecords(ctx: Context, names: GeneratedNames, company: boolean): void {
  const { rng, industry } = ctx;
  const regDoc = (day: number) => `（济）登记内变字〔${yearOf(day)}〕第${pad(rng.int(1, 99_999), 5)}号`;

  if (names.formerNames[0] !== undefined) {
    const day = dayAfterEstablished(ctx, 200, 1, 3_650);
    if (day !== null) {
      addRecord(ctx, 'registration_change', {
        department: 'jnamr',
        title: '名称变更',
        docNo: regDoc(day),
        decision: day,
        content: `变更前：${names.formerNames[0]}；变更后：${names.name}`,
      });
    }
  }
  if (rng.chance(company ? 0.28 : 0.08)) {
    const changes = rng.chance(0.75) ? 1 : 2;
    for (let i = 0; i < changes; i += 1) {
      const day = dayAfterEstablished(ctx, 90, 1, 3_650);
      if (day === null) break;
      const what = rng.int(0, 3);
      const content =
        what === 0
          ? `变更前：${personNameOf(rng)}；变更后：${ctx.entity.legalRepresentative}`
          : what === 1
            ? `变更前：山东省济南市${ctx.district.shortZhCn}${rng.pick(ctx.district.roads)}${rng.int(1, 400)}号；变更后：${ctx.entity.address}`
            : what === 2
              ? `经营范围变更：增加“${rng.pick(['技术服务、技术开发', '日用百货销售', '会议及展览服务', '货物进出口', '信息咨询服务'])}”`
              : `变更前：${Math.max(1, Math.round(Number(ctx.entity.registeredCapital ?? '50') / rng.int(2, 5)))}万元；变更后：${ctx.entity.registeredCapital ?? '50'}万元`;
      addRecord(ctx, 'registration_change', {
        department: 'jnamr',
        title: ['法定代表人（负责人、经营者）变更', '住所（经营场所）变更', '经营范围变更', '注册资本（出资额）变更'][what]!,
        docNo: regDoc(day),
        decision: day,
        content,
      });
    }
  }

  const licences = LICENCES_BY_INDUSTRY.get(industry.code) ?? [];
  if (licences.length > 0 && rng.chance(0.55)) {
    const licence = rng.pick(licences);
    const day = dayAfterEstablished(ctx, 0, 1, 5 * 365);
    if (day !== null) {
      addRecord(ctx, 'licence', {
        department: licence.department,
        title: licence.title,
        docNo: licenceNumber(ctx, licence.number, day),
        decision: day,
        legalBasis: '《中华人民共和国行政许可法》',
        content: `许可内容：${licence.title}；有效期自${isoOf(day)}至${isoOf(addMonthsToDay(day, 60) - 1)}`,
      });
    }
  }

  const qualifications = QUALIFICATIONS_BY_INDUSTRY.get(industry.code) ?? [];
  if (company && qualifications.length > 0 && rng.chance(0.3)) {
    const qualification = rng.pick(qualifications);
    const day = dayAfterEstablished(ctx, 180, 1, 5 * 365);
    if (day !== null) {
      addRecord(ctx, 'qualification', {
        department: qualification.department,
        title: qualification.title,
        docNo:
          qualification.department === 'jnhuc'
            ? `D${rng.int(2, 3)}37${pad(rng.int(0, 9_999_999), 7)}`
            : `${yearOf(day) - 2000}1512${pad(rng.int(0, 999_999), 6)}`,
        decision: day,
        content: `资质有效期至${isoOf(addMonthsToDay(day, 60) - 1)}`,
      });
    }
  }

  if (company && rng.chance(0.06)) {
    const day = dayAfterEstablished(ctx, 200, 1, 10 * 365);
    if (day !== null) {
      addRecord(ctx, 'trademark', {
        department: 'jnamr',
        title: `注册商标：${ctx.trade}`,
        docNo: `第${rng.int(10_000_000, 79_999_999)}号`,
        decision: day,
        content: `核定使用商品/服务类别：第${rng.int(1, 45)}类；专用权期限：${isoOf(day)}至${isoOf(addMonthsToDay(day, 120) - 1)}`,
      });
    }
  }

  if (company && rng.chance(0.03)) {
    const day = dayAfterEstablished(ctx, 365, 1, 5 * 365);
    if (day !== null) {
      addRecord(ctx, 'equity_pledge', {
        department: 'jnamr',
        title: '股权出质设立登记',
        docNo: `${ctx.district.code}${yearOf(day)}${pad(rng.int(1, 999_999), 6)}`,
        decision: day,
        content: `出质人：${personNameOf(rng)}；质权人：${rng.pick(JINAN_BANKS)}；出质股权数额：${rng.int(1, 200) * 10}万元；状态：有效`,
      });
    }
  }

  if (company && 'CIM'.includes(industry.section) && rng.chance(0.03)) {
    const day = dayAfterEstablished(ctx, 365, 1, 5 * 365);
    if (day !== null) {
      addRecord(ctx, 'ip_pledge', {
        department: 'jnamr',
        title: '专利权质押登记',
        docNo: `Y${yearOf(day)}370000${pad(rng.int(1, 99_999), 5)}`,
        decision: day,
        content: `出质人：${ctx.entity.name}；质权人：${rng.pick(JINAN_BANKS)}；质押专利${rng.int(1, 12)}件；担保债权数额：${rng.int(50, 2_000)}万元`,
      });
    }
  }

  if (company && rng.chance(0.03)) {
    const day = dayAfterEstablished(ctx, 180, 1, 6 * 365);
    if (day !== null) {
      addRecord(ctx, 'chattel_mortgage', {
        department: 'jnamr',
        title: '动产抵押登记',
        docNo: `${ctx.district.code}${yearOf(day)}${pad(rng.int(1, 9_999), 4)}`,
        decision: day,
        content: `抵押权人：${rng.pick(JINAN_BANKS)}；被担保债权数额：${rng.int(20, 3_000)}万元；抵押物：${rng.pick(['生产设备', '运输车辆', '原材料及库存商品'])}${rng.int(1, 40)}台（套）`,
      });
    }
  }
}

export function addGoodAndInspectionRecords(ctx: Context, company: boolean): void {
  const { rng, industry } = ctx;
  const honours = HONOURS_BY_INDUSTRY.get(industry.code) ?? [];
  if (company && honours.length > 0 && rng.chance(0.07)) {
    const honour = rng.pick(honours);
    const day = dayAfterEstablished(ctx, 730, 1, 4 * 365);
    if (day !== null) {
      const year = yearOf(day);
      addRecord(ctx, 'honour', {
        department: honour.department,
        title: honour.department === 'jntax' ? `${year - 1}年度${honour.title}` : honour.title,
        docNo: docNo(GENERAL_DOC_PREFIX[honour.department], day, rng),
        decision: day,
        content: `经评审认定，授予${ctx.entity.name}“${honour.title}”称号。`,
      });
    }
  }

  if (rng.chance(0.08)) {
    const department: DepartmentCode = rng.pick(['jndrc', 'jncommerce', 'jnhuc', 'jnamr'] as const);
    const day = dayAfterEstablished(ctx, 0, 1, 3 * 365);
    if (day !== null) {
      addRecord(ctx, 'credit_commitment', {
        department,
        title: '信用承诺书（告知承诺制审批）',
        procedureCode: SEED_PROCEDURE_OF_DEPARTMENT[department] ?? null,
        docNo: docNo(GENERAL_DOC_PREFIX[department], day, rng),
        decision: day,
        content: '承诺所提供材料真实有效，符合相关审批条件，并依法诚信经营；如有违反，自愿接受相关部门依法依规实施的惩戒，并纳入信用记录。',
      });
    }
  }

  const inspections = INSPECTIONS_BY_INDUSTRY.get(industry.code) ?? [];
  if (inspections.length > 0 && rng.chance(0.2)) {
    const count = rng.chance(0.8) ? 1 : 2;
    for (let i = 0; i < count; i += 1) {
      const inspection = rng.pick(inspections);
      const day = dayAfterEstablished(ctx, 200, 1, 4 * 365);
      if (day === null) break;
      const year = yearOf(day);
      addRecord(ctx, 'inspection', {
        department: inspection.department,
        title: inspection.title.startsWith('企业年度报告') ? `${year - 1}年度${inspection.title}` : `${year}年${inspection.title}`,
        docNo: docNo(`${GENERAL_DOC_PREFIX[inspection.department]}抽查`, day, rng),
        decision: day,
        content: `检查结果：${INSPECTION_RESULT(rng)}`,
      });
    }
  }
}

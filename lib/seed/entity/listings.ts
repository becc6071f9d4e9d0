// Lists: abnormal operations, serious illegal and dishonest, dishonest debtors, tax violations,
// and licence revocations.
import { ABNORMAL_LISTING_ESCALATION_DAYS } from '../../domain/publicity';
import { dayOf, yearOf } from '../days';
import {
  ABNORMAL_GROUNDS,
  ABNORMAL_REMOVALS,
  DISHONEST_GROUNDS,
  DISHONEST_REMOVALS,
  LICENCE_TEMPLATES,
  PENALTY_DOC_PREFIX,
  SERIOUS_FROM_ABNORMAL,
  SERIOUS_ILLEGAL_GROUNDS,
  SERIOUS_REMOVALS,
  TAX_REMOVALS,
  TAX_VIOLATION_GROUNDS,
} from '../record-templates';
import { addRecord, dayAfterEstablished, docNo, type Context } from './context';
import { ABNORMAL_GROUND_INDEX, LICENCES_BY_INDUSTRY, P_ABNORMAL_OVER_THREE_YEARS } from './shares';

export function addAbnormalListing(ctx: Context, current: boolean, forceOld = false): void {
  const { rng } = ctx;
  const groundIndex = ABNORMAL_GROUND_INDEX(rng);
  const ground = ABNORMAL_GROUNDS[groundIndex]!;
  const old = forceOld || (current && rng.chance(P_ABNORMAL_OVER_THREE_YEARS));
  let listed = old ? dayAfterEstablished(ctx, 400, 1_100, 2_600) : current ? dayAfterEstablished(ctx, 400, 5, 1_090) : dayAfterEstablished(ctx, 400, 40, 2_600);
  if (listed === null) return;
  if (ground.annualReport) {
    // Firms that miss the 30 June annual-report deadline are listed in July or August.
    const year = yearOf(listed);
    const summer = dayOf(`${year}-07-01`) + rng.int(0, 61);
    if (summer <= ctx.today - 5 && summer > ctx.established + 365) listed = summer;
  }
  let removedOn: number | null = null;
  if (!current) {
    removedOn = Math.min(ctx.today, listed + rng.int(10, 700));
  }
  addRecord(ctx, 'abnormal_listing', {
    department: 'jnamr',
    title: '列入经营异常名录',
    docNo: docNo('济市监异列', listed, rng),
    decision: listed,
    legalBasis: ground.basis,
    content: `因${ground.grounds}，依据${ground.basis}，列入经营异常名录。`,
    grounds: ground.grounds,
    removedOn,
    removalReason: removedOn === null ? null : ABNORMAL_REMOVALS[groundIndex]!,
  });
  // Unresolved after three years, the entry moves to the serious-illegal-and-dishonest list.
  if (current && listed <= ctx.today - ABNORMAL_LISTING_ESCALATION_DAYS) {
    const moved = Math.min(ctx.today, listed + ABNORMAL_LISTING_ESCALATION_DAYS + rng.int(0, 40));
    addRecord(ctx, 'serious_illegal_listing', {
      department: 'jnamr',
      title: '列入严重违法失信名单（严重违法失信企业名单）',
      docNo: docNo('济市监严列', moved, rng),
      decision: moved,
      legalBasis: SERIOUS_FROM_ABNORMAL.basis,
      content: `因${SERIOUS_FROM_ABNORMAL.grounds}，依据${SERIOUS_FROM_ABNORMAL.basis}，列入严重违法失信名单。`,
      grounds: SERIOUS_FROM_ABNORMAL.grounds,
    });
  }
}

export function addSeriousIllegal(ctx: Context): void {
  const { rng } = ctx;
  const listed = dayAfterEstablished(ctx, 180, 10, 1_800);
  if (listed === null) return;
  const ground = rng.pick(SERIOUS_ILLEGAL_GROUNDS);
  const removed = rng.chance(0.2) ? Math.min(ctx.today, listed + rng.int(365, 1_100)) : null;
  addRecord(ctx, 'serious_illegal_listing', {
    department: 'jnamr',
    title: '列入严重违法失信名单（严重违法失信企业名单）',
    docNo: docNo('济市监严列', listed, rng),
    decision: listed,
    legalBasis: ground.basis,
    content: `因${ground.grounds}，依据${ground.basis}，列入严重违法失信名单，实施联合惩戒。`,
    grounds: ground.grounds,
    removedOn: removed,
    removalReason: removed === null ? null : rng.pick(SERIOUS_REMOVALS),
  });
}

/** The court of the entity's district (鲁01xx), or the intermediate court (鲁01). */
function courtCode(ctx: Context): string {
  const code = ctx.district.code;
  return ctx.district.kind === 'functional_area' ? '鲁01' : `鲁01${code.slice(4)}`;
}

export function addDishonestDebtor(ctx: Context): void {
  const { rng } = ctx;
  const listed = dayAfterEstablished(ctx, 365, 10, 1_800);
  if (listed === null) return;
  const year = yearOf(listed);
  const court = courtCode(ctx);
  const caseNo = `（${year}）${court}执${rng.int(1, 9_999)}号`;
  const judgment = `（${year - 1}）${court}民初${rng.int(100, 12_000)}号`;
  const grounds = rng.pick(DISHONEST_GROUNDS);
  const removed = rng.chance(0.38) ? Math.min(ctx.today, listed + rng.int(30, 900)) : null;
  addRecord(ctx, 'dishonest_debtor', {
    department: 'jncourt',
    title: '失信被执行人',
    docNo: caseNo,
    decision: listed,
    legalBasis: '《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条',
    content: `执行依据：${judgment}民事判决书；被执行人${ctx.entity.name}（法定代表人：${ctx.entity.legalRepresentative}）${grounds}，被纳入失信被执行人名单。`,
    grounds,
    removedOn: removed,
    removalReason: removed === null ? null : rng.pick(DISHONEST_REMOVALS),
  });
}

export function addTaxViolation(ctx: Context): void {
  const { rng } = ctx;
  const listed = dayAfterEstablished(ctx, 365, 10, 1_500);
  if (listed === null) return;
  const grounds = rng.pick(TAX_VIOLATION_GROUNDS);
  const removed = rng.chance(0.3) ? Math.min(ctx.today, listed + rng.int(180, 1_095)) : null;
  const year = yearOf(listed);
  addRecord(ctx, 'tax_violation', {
    department: 'jntax',
    title: '重大税收违法失信主体',
    docNo: docNo('济税稽罚', listed, rng),
    decision: listed,
    legalBasis: '《重大税收违法失信主体信息公布管理办法》第六条',
    content: `经国家税务总局济南市税务局稽查局检查，发现其在${year - 2}年1月1日至${year - 1}年12月31日期间，${grounds}，涉及税款${rng.int(50, 3_000)}万元。依法作出追缴税款、加收滞纳金并处罚款的处理处罚决定。`,
    grounds,
    removedOn: removed,
    removalReason: removed === null ? null : rng.pick(TAX_REMOVALS),
  });
}

export function addLicenceRevocation(ctx: Context, businessLicence: boolean): void {
  const { rng } = ctx;
  const decision = dayAfterEstablished(ctx, 400, 5, 1_500);
  if (decision === null) return;
  if (businessLicence) {
    const modern = decision >= dayOf('2024-07-01');
    const basis =
      ctx.entity.type === 'company'
        ? modern
          ? '《中华人民共和国公司法》第二百六十条第一款'
          : '《中华人民共和国公司法》第二百一十一条第一款'
        : '《中华人民共和国市场主体登记管理条例》';
    addRecord(ctx, 'licence_revocation', {
      department: 'jnamr',
      title: '吊销营业执照',
      docNo: docNo(PENALTY_DOC_PREFIX.jnamr, decision, rng),
      decision,
      legalBasis: basis,
      content: `当事人成立后无正当理由超过六个月未开业，或者开业后自行停业连续六个月以上，依据${basis}，决定吊销其营业执照。`,
    });
    return;
  }
  const licences = LICENCES_BY_INDUSTRY.get(ctx.industry.code) ?? [];
  const licence = licences.length > 0 ? rng.pick(licences) : LICENCE_TEMPLATES[0];
  addRecord(ctx, 'licence_revocation', {
    department: licence.department,
    title: `吊销${licence.title}证`,
    docNo: docNo(PENALTY_DOC_PREFIX[licence.department], decision, rng),
    decision,
    legalBasis: '《中华人民共和国行政许可法》第八十一条',
    content: `当事人存在严重违法行为，经听证，决定吊销其${licence.title}证。`,
  });
}

// Deterministic generation of one synthetic Jinan market entity with its records and 12345 complaint
// months, rated with the real engine. Everything depends only on (seed, index, today): entity i is
// the same whether a run makes 3,000 entities or a million, and whatever order they are made in.
import { nextRatingChangeDate, rateEntity } from '../credit';
import type { ComplaintMonth, CreditReason, RatingRecord } from '../credit';
import { CATEGORY_OF_KIND } from '../domain/vocabulary';
import type {
  Category,
  CreditLevel,
  EntityStatus,
  EntityType,
  RecordKind,
  RecordStatus,
  Severity,
} from '../domain/vocabulary';
import { normalizeEntityName } from '../domain/entity-name';
import { ABNORMAL_LISTING_ESCALATION_DAYS, PENALTY_PUBLICITY_MONTHS, REPAIR_MINIMUM_MONTHS } from '../domain/publicity';
import { buildUscc } from '../uscc';
import { addMonthsToDay, dayOf, isoOf, monthStartOf, yearOf } from './days';
import { breakCheckChar, isLegacyCodeIndex, orgCodeBodyOf, regNoOf } from './identity-codes';
import { REGISTRAR_DEPARTMENT_CODE, type DepartmentCode } from '../reference/departments';
import { SEED_DISTRICTS, SEED_INDUSTRIES, SEED_INDUSTRY_BY_CODE } from './geography';
import type { SeedDistrict, SeedIndustry } from './geography';
import {
  companyNameOf,
  cooperativeNameOf,
  individualNameOf,
  otherNameOf,
  personNameOf,
} from './names';
import type { GeneratedNames } from './names';
import { dayBetween, skewedInt, weighted } from './random';
import type { Rng } from './random';
import {
  ABNORMAL_GROUNDS,
  ABNORMAL_REMOVALS,
  DISHONEST_GROUNDS,
  DISHONEST_REMOVALS,
  HONOUR_TEMPLATES,
  INSPECTION_RESULTS,
  INSPECTION_TEMPLATES,
  JINAN_BANKS,
  LICENCE_TEMPLATES,
  PENALTY_DOC_PREFIX,
  PENALTY_TEMPLATES,
  QUALIFICATION_TEMPLATES,
  SERIOUS_FROM_ABNORMAL,
  SERIOUS_ILLEGAL_GROUNDS,
  SERIOUS_REMOVALS,
  TAX_REMOVALS,
  TAX_VIOLATION_GROUNDS,
  appliesToIndustry,
} from './record-templates';
import type { PenaltyTemplate } from './record-templates';

/** An entities row as generated (department referenced by code; the loader maps codes to ids). */
export interface SeedEntity {
  id: number;
  uscc: string;
  usccChecksumValid: boolean;
  regNo: string | null;
  name: string;
  nameNormalized: string;
  formerNames: string[];
  aliases: string[];
  type: EntityType;
  legalRepresentative: string;
  /** 万元, as a decimal string; null where the form has no registered capital. */
  registeredCapital: string | null;
  establishedOn: string;
  address: string;
  districtCode: string;
  industryCode: string;
  scope: string;
  status: EntityStatus;
  registrarDepartmentCode: DepartmentCode;
  isSmallMicro: boolean;
  creditLevel: CreditLevel;
  creditReasons: CreditReason[];
  creditRuleVersion: string;
  /** The rating date; the loader stores the load time as rated_at. */
  ratedOn: string;
  nextReviewOn: string | null;
}

/** A records row as generated. */
export interface SeedRecord {
  id: number;
  entityId: number;
  departmentCode: DepartmentCode;
  sourceRef: string;
  category: Category;
  kind: RecordKind;
  title: string;
  docNo: string | null;
  decisionDate: string;
  producedOn: string;
  collectedOn: string;
  severity: Severity | null;
  legalBasis: string | null;
  content: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  status: RecordStatus;
  grounds: string | null;
  removedOn: string | null;
  removalReason: string | null;
}

/** A complaint_stats row. */
export interface SeedComplaintMonth {
  entityId: number;
  periodStart: string;
  complaints: number;
  resolved: number;
}

/** One generated entity with everything that hangs off it. */
export interface GeneratedEntity {
  entity: SeedEntity;
  records: SeedRecord[];
  complaints: SeedComplaintMonth[];
}

/** Pre-assigned database ids (the loader numbers rows itself so it can COPY them). */
export interface GenerateEntityOptions {
  /** The entity's id; defaults to index + 1. */
  entityId?: number;
  /** The id of the entity's first record; the others follow consecutively. Defaults to 1. */
  firstRecordId?: number;
}

// ---------------------------------------------------------------------------------------------
// Shares. Tuned so that, with the real rules, levels come out about 85% green, 8% yellow,
// 4–5% red and 2% black (see tests/unit/seed.test.ts and the seed summary).

const ENTITY_TYPE = weighted<EntityType>([
  ['company', 62],
  ['individual', 35],
  ['cooperative', 2],
  ['other', 1],
]);
const ENTITY_STATUS = weighted<EntityStatus>([
  ['active', 95],
  ['revoked', 0.5],
  ['cancelled', 4.5],
]);
const DISTRICT = weighted<SeedDistrict>(SEED_DISTRICTS.map((d) => [d, d.weight] as const));
const RURAL_DISTRICT = weighted<SeedDistrict>(
  SEED_DISTRICTS.filter((d) => !['370102', '370103', '370104', '370105', '370171'].includes(d.code)).map(
    (d) => [d, d.code === '370114' || d.code === '370116' ? 3 : 2] as const,
  ),
);

function industryPicker(weights: Readonly<Record<string, number>>, fallback: number): (rng: Rng) => SeedIndustry {
  return weighted<SeedIndustry>(SEED_INDUSTRIES.map((industry) => [industry, weights[industry.code] ?? fallback] as const));
}
const COMPANY_INDUSTRY = industryPicker({ F51: 16, F52: 8, I65: 9, M75: 9, L72: 10, E47: 5, E48: 4, E50: 6, K70: 3, C33: 3, C34: 3, G54: 4, H62: 3, A01: 0.5, A03: 0.3, A05: 0.5 }, 2);
const INDIVIDUAL_INDUSTRY = weighted<SeedIndustry>(
  SEED_INDUSTRIES.filter((i) => i.shopWords.length > 0).map((i) => {
    const w: Record<string, number> = { F52: 35, H62: 25, O80: 12, O81: 8, F51: 5, H61: 2, E50: 3, R90: 2, L72: 2, G54: 2 };
    return [i, w[i.code] ?? 0.5] as const;
  }),
);
const COOPERATIVE_INDUSTRY = industryPicker({ A01: 70, A03: 20, A05: 10 }, 0);
const CONSUMER_FACING = new Set(['F52', 'H62', 'H61', 'O80', 'O81', 'K70', 'P83', 'Q84', 'R90', 'G54', 'I64']);

// Penalty profile of an entity (share of all entities).
const P_PENALTY_ONE = 0.07;
const P_PENALTY_TWO = 0.016;
const P_PENALTY_MANY = 0.016;
const P_PENALTY_HISTORY = 0.09;
// Lists.
const P_ABNORMAL_CURRENT = 0.042;
const P_ABNORMAL_REMOVED = 0.05;
const P_ABNORMAL_OVER_THREE_YEARS = 0.2;
const P_DISHONEST = 0.009;
const P_TAX_VIOLATION = 0.003;
const P_SERIOUS_OTHER = 0.0018;
const P_LICENCE_REVOCATION = 0.002;
// Complaints.
const P_COMPLAINTS_CONSUMER = 0.1;
const P_COMPLAINTS_OTHER = 0.02;
const P_COMPLAINTS_HEAVY = 0.2;

const EARLIEST_ESTABLISHED = dayOf('1990-01-01');
/** USCCs replaced 注册号 from 2015-10-01 ("三证合一"); firms registered before carry both. */
const USCC_REFORM_DAY = dayOf('2015-10-01');
const SEVERITY = weighted<Severity>([
  ['minor', 45],
  ['general', 40],
  ['serious', 15],
]);
const CAPITAL_WAN = weighted<number>([
  [3, 4], [10, 12], [30, 8], [50, 14], [100, 20], [200, 10], [300, 8], [500, 10], [1000, 8], [2000, 3], [5000, 2], [10000, 1],
]);
const COLLECTION_DELAY = weighted<readonly [number, number]>([
  [[1, 5], 62],
  [[6, 9], 23],
  [[10, 25], 15],
]);
const INSPECTION_RESULT = weighted<string>(INSPECTION_RESULTS.map(([result, w]) => [result, w] as const));
const ABNORMAL_GROUND_INDEX = weighted<number>(ABNORMAL_GROUNDS.map((g, i) => [i, g.weight] as const));

/** Per-industry template lists, resolved once. */
const PENALTIES_BY_INDUSTRY = new Map<string, (rng: Rng) => PenaltyTemplate>(
  SEED_INDUSTRIES.map((industry) => [
    industry.code,
    weighted<PenaltyTemplate>(
      PENALTY_TEMPLATES.filter((t) => appliesToIndustry(t.appliesTo, industry.code)).map((t) => [t, t.weight] as const),
    ),
  ]),
);
function templatesFor<T extends { appliesTo: readonly string[] }>(templates: readonly T[]): Map<string, T[]> {
  return new Map(SEED_INDUSTRIES.map((i) => [i.code, templates.filter((t) => appliesToIndustry(t.appliesTo, i.code))]));
}
const LICENCES_BY_INDUSTRY = templatesFor(LICENCE_TEMPLATES);
const QUALIFICATIONS_BY_INDUSTRY = templatesFor(QUALIFICATION_TEMPLATES);
const HONOURS_BY_INDUSTRY = templatesFor(HONOUR_TEMPLATES);
const INSPECTIONS_BY_INDUSTRY = templatesFor(INSPECTION_TEMPLATES);

const GENERAL_DOC_PREFIX: Readonly<Record<DepartmentCode, string>> = {
  jnamr: '济市监字',
  jntax: '济税发',
  jncourt: '济中法',
  jneeb: '济环字',
  jnemb: '济应急字',
  jnhuc: '济建字',
  jnhrss: '济人社字',
  jntrans: '济交字',
  jnhealth: '济卫字',
  jnurban: '济城管字',
  jndrc: '济发改信用',
  jncommerce: '济商务字',
};

// ---------------------------------------------------------------------------------------------

interface Context {
  rng: Rng;
  index: number;
  today: number;
  entityId: number;
  nextRecordId: number;
  records: SeedRecord[];
  entity: Omit<SeedEntity, 'creditLevel' | 'creditReasons' | 'creditRuleVersion' | 'ratedOn' | 'nextReviewOn'>;
  industry: SeedIndustry;
  district: SeedDistrict;
  established: number;
  trade: string;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function docNo(prefix: string, day: number, rng: Rng): string {
  return `${prefix}〔${yearOf(day)}〕${rng.int(1, 2_999)}号`;
}

/** The day the record was produced (usually the decision day) and collected (1–25 days later). */
function timing(ctx: Context, decision: number): { produced: number; collected: number } {
  const { rng, today } = ctx;
  const produced = Math.min(today, rng.chance(0.7) ? decision : decision + rng.int(1, 5));
  const [lo, hi] = COLLECTION_DELAY(rng);
  const collected = Math.min(today, produced + rng.int(lo, hi));
  return { produced, collected };
}

interface RecordFields {
  department: DepartmentCode;
  title: string;
  docNo?: string | null;
  decision: number;
  severity?: Severity | null;
  legalBasis?: string | null;
  content?: string | null;
  publicityStart?: number | null;
  publicityEnd?: number | null;
  status?: RecordStatus;
  grounds?: string | null;
  removedOn?: number | null;
  removalReason?: string | null;
}

function addRecord(ctx: Context, kind: RecordKind, fields: RecordFields): SeedRecord {
  const { produced, collected } = timing(ctx, fields.decision);
  const ordinal = ctx.records.length;
  const record: SeedRecord = {
    id: ctx.nextRecordId,
    entityId: ctx.entityId,
    departmentCode: fields.department,
    sourceRef: `seed-${ctx.rng.seed}-${ctx.index}-${ordinal}`,
    category: CATEGORY_OF_KIND[kind],
    kind,
    title: fields.title,
    docNo: fields.docNo ?? null,
    decisionDate: isoOf(fields.decision),
    producedOn: isoOf(produced),
    collectedOn: isoOf(collected),
    severity: fields.severity ?? null,
    legalBasis: fields.legalBasis ?? null,
    content: fields.content ?? null,
    publicityStart: fields.publicityStart == null ? null : isoOf(fields.publicityStart),
    publicityEnd: fields.publicityEnd == null ? null : isoOf(fields.publicityEnd),
    status: fields.status ?? 'published',
    grounds: fields.grounds ?? null,
    removedOn: fields.removedOn == null ? null : isoOf(fields.removedOn),
    removalReason: fields.removalReason ?? null,
  };
  ctx.nextRecordId += 1;
  ctx.records.push(record);
  return record;
}

/** A day at least `minAge` days after establishment and at most `maxAgo` days before today, or null. */
function dayAfterEstablished(ctx: Context, minAge: number, minAgo: number, maxAgo: number): number | null {
  const earliest = Math.max(ctx.established + minAge, ctx.today - maxAgo);
  const latest = ctx.today - minAgo;
  return earliest > latest ? null : dayBetween(ctx.rng, earliest, latest);
}

// ---------------------------------------------------------------------------------------------
// Penalties (publicity periods and the repair minimum: lib/domain/publicity.ts).

/** penaltyPublicityEnd of lib/domain/publicity.ts on day numbers (the generator's fast dates). */
function publicityEndOf(decision: number, severity: Severity): number {
  return addMonthsToDay(decision, PENALTY_PUBLICITY_MONTHS[severity]) - 1;
}

function penaltyDecisionText(rng: Rng, severity: Severity): string {
  if (severity === 'minor') {
    return rng.chance(0.3) ? '给予警告' : `罚款${rng.int(5, 100) * 100}元`;
  }
  if (severity === 'general') {
    const fine = `罚款${rng.int(10, 99) * 1_000}元`;
    return rng.chance(0.4) ? `1.没收违法所得${rng.int(300, 9_000)}元；2.${fine}` : fine;
  }
  const fine = `罚款${rng.int(10, 120) * 10_000}元`;
  return rng.chance(0.3) ? `1.${fine}；2.责令停产停业整顿` : `1.没收违法所得${rng.int(10_000, 300_000)}元；2.${fine}`;
}

function addPenalty(ctx: Context, decision: number, severity: Severity, status: RecordStatus): void {
  const template = (PENALTIES_BY_INDUSTRY.get(ctx.industry.code) ?? PENALTIES_BY_INDUSTRY.get('F52'))!(ctx.rng);
  const chosenSeverity = template.severities.includes(severity) ? severity : (template.severities[0] ?? severity);
  const publicityEnd = publicityEndOf(decision, chosenSeverity);
  const finalStatus: RecordStatus = publicityEnd < ctx.today ? 'expired' : status;
  addRecord(ctx, 'penalty', {
    department: template.department,
    title: template.title,
    docNo: docNo(PENALTY_DOC_PREFIX[template.department], decision, ctx.rng),
    decision,
    severity: chosenSeverity,
    legalBasis: template.basis,
    content: `经查，当事人${template.facts}，违反了${template.violated}的规定。依据${template.basis}的规定，决定：${penaltyDecisionText(ctx.rng, chosenSeverity)}。`,
    publicityStart: decision,
    publicityEnd,
    status: finalStatus,
  });
}

/** Penalties that count now: decided within both the two-year window and their publicity period. */
function addCurrentPenalties(ctx: Context, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const severity = SEVERITY(ctx.rng);
    const months = Math.min(PENALTY_PUBLICITY_MONTHS[severity], 24);
    const maxAgo = ctx.today - addMonthsToDay(ctx.today, -months) - 2;
    const decision = dayAfterEstablished(ctx, 30, 0, maxAgo);
    if (decision === null) continue;
    addPenalty(ctx, decision, severity, 'published');
  }
}

/** Older penalties: expired, repaired after the minimum period, or public but outside the window. */
function addHistoricPenalties(ctx: Context): void {
  const count = ctx.rng.chance(0.8) ? 1 : 2;
  for (let i = 0; i < count; i += 1) {
    const severity = SEVERITY(ctx.rng);
    const decision = dayAfterEstablished(ctx, 30, 95, 6 * 365);
    if (decision === null) continue;
    const publicityEnd = publicityEndOf(decision, severity);
    const inWindow = decision >= ctx.today - 730;
    let status: RecordStatus = 'published';
    if (publicityEnd >= ctx.today && inWindow) {
      // Still public and inside the window: only a repaired one leaves the rating untouched.
      if (addMonthsToDay(decision, REPAIR_MINIMUM_MONTHS[severity]) > ctx.today) continue;
      status = 'repaired';
      addRecord(ctx, 'credit_commitment', {
        department: 'jndrc',
        title: '信用修复承诺书',
        docNo: docNo(GENERAL_DOC_PREFIX.jndrc, decision, ctx.rng),
        decision: Math.min(ctx.today, decision + ctx.rng.int(95, 200)),
        content: '本单位已纠正违法行为、履行相关义务，承诺今后依法诚信经营，如有违反，自愿接受相关部门依法依规实施的惩戒。',
      });
    }
    addPenalty(ctx, decision, severity, status);
  }
}

// ---------------------------------------------------------------------------------------------
// Lists.

function addAbnormalListing(ctx: Context, current: boolean, forceOld = false): void {
  const { rng } = ctx;
  const groundIndex = ABNORMAL_GROUND_INDEX(rng);
  const ground = ABNORMAL_GROUNDS[groundIndex]!;
  const old = forceOld || (current && rng.chance(P_ABNORMAL_OVER_THREE_YEARS));
  let listed = old
    ? dayAfterEstablished(ctx, 400, 1_100, 2_600)
    : current
      ? dayAfterEstablished(ctx, 400, 5, 1_090)
      : dayAfterEstablished(ctx, 400, 40, 2_600);
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

function addSeriousIllegal(ctx: Context): void {
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

function addDishonestDebtor(ctx: Context): void {
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

function addTaxViolation(ctx: Context): void {
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

function addLicenceRevocation(ctx: Context, businessLicence: boolean): void {
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

// ---------------------------------------------------------------------------------------------
// Basic, good and inspection records.

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

function addBasicRecords(ctx: Context, names: GeneratedNames, company: boolean): void {
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
        docNo: qualification.department === 'jnhuc' ? `D${rng.int(2, 3)}37${pad(rng.int(0, 9_999_999), 7)}` : `${yearOf(day) - 2000}1512${pad(rng.int(0, 999_999), 6)}`,
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

function addGoodAndInspectionRecords(ctx: Context, company: boolean): void {
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

// ---------------------------------------------------------------------------------------------
// Complaints from the 12345 hotline, by month, over the last two years.

function generateComplaints(ctx: Context): ComplaintMonth[] {
  const { rng } = ctx;
  const p = CONSUMER_FACING.has(ctx.industry.code) ? P_COMPLAINTS_CONSUMER : P_COMPLAINTS_OTHER;
  if (!rng.chance(p) || ctx.today - ctx.established < 60) return [];
  const heavy = rng.chance(P_COMPLAINTS_HEAVY);
  const monthsWanted = heavy ? rng.int(2, 7) : rng.int(1, 3);
  const chosen = new Set<number>();
  const maxMonthsAgo = Math.min(22, Math.floor((ctx.today - ctx.established) / 31));
  while (chosen.size < Math.min(monthsWanted, maxMonthsAgo + 1)) chosen.add(rng.int(0, maxMonthsAgo));
  // Heavy: 4+ complaints with a resolution rate that is mostly good, sometimes middling or poor.
  const mode = rng.next();
  const rate = heavy ? (mode < 0.5 ? 0.85 + rng.next() * 0.15 : mode < 0.75 ? 0.55 + rng.next() * 0.2 : rng.next() * 0.4) : 0.9;
  const months: ComplaintMonth[] = [];
  let total = 0;
  const sorted = [...chosen].sort((a, b) => b - a);
  for (const [i, monthsAgo] of sorted.entries()) {
    const periodStart = isoOf(monthStartOf(addMonthsToDay(ctx.today, -monthsAgo)));
    let count = heavy ? rng.int(1, 3) : 1;
    if (heavy && i === sorted.length - 1 && total + count < 4) count = 4 - total;
    total += count;
    let resolved = 0;
    for (let c = 0; c < count; c += 1) if (rng.next() < rate) resolved += 1;
    months.push({ periodStart, count, resolved });
  }
  return months;
}

// ---------------------------------------------------------------------------------------------

function addressOf(rng: Rng, district: SeedDistrict, type: EntityType, town: string | null): string {
  const prefix = `山东省济南市${district.shortZhCn}`;
  if (town !== null) {
    return `${prefix}${town}${personNameOf(rng).slice(0, 1)}家${rng.pick(['庄', '村', '寨', '峪'])}村${rng.int(1, 300)}号`;
  }
  const base = `${prefix}${rng.pick(district.roads)}${rng.int(1, 2_999)}号`;
  if (type === 'company' && district.buildings.length > 0 && rng.chance(0.45)) {
    return `${base}${rng.pick(district.buildings)}${rng.int(1, 12)}号楼${rng.int(1, 28)}${pad(rng.int(1, 20), 2)}室`;
  }
  if (type === 'individual' && rng.chance(0.4)) return `${base}${rng.int(1, 6)}号商铺`;
  return base;
}

/** Generates entity `index` as of `today` (YYYY-MM-DD); `rng` must be createEntityRng(seed, index). */
export function generateEntity(
  index: number,
  rng: Rng,
  today: string,
  options: GenerateEntityOptions = {},
): GeneratedEntity {
  const todayDay = dayOf(today);
  const entityId = options.entityId ?? index + 1;
  const type = ENTITY_TYPE(rng);
  const district = type === 'cooperative' ? RURAL_DISTRICT(rng) : DISTRICT(rng);
  const otherForm = type === 'other' ? rng.pick(['civil', 'civil', 'law', 'other'] as const) : null;
  const industry =
    type === 'company'
      ? COMPANY_INDUSTRY(rng)
      : type === 'individual'
        ? INDIVIDUAL_INDUSTRY(rng)
        : type === 'cooperative'
          ? COOPERATIVE_INDUSTRY(rng)
          : SEED_INDUSTRY_BY_CODE.get(otherForm === 'law' ? 'L72' : rng.pick(['P83', 'Q84', 'O80']))!;
  // Establishment skewed towards recent years, as the register is.
  const established = todayDay - 30 - skewedInt(rng, 0, todayDay - 30 - EARLIEST_ESTABLISHED, 1.25);
  const status = ENTITY_STATUS(rng);
  const legalRepresentative = personNameOf(rng);

  const names =
    type === 'company'
      ? companyNameOf(index, rng, industry)
      : type === 'individual'
        ? individualNameOf(index, rng, industry, district, legalRepresentative)
        : type === 'cooperative'
          ? cooperativeNameOf(index, rng, district)
          : otherNameOf(index, rng, district, otherForm ?? 'civil');
  const trade = names.aliases[0] ?? names.name;

  // USCC: registration department and category by type; organisation-code body unique per index.
  const old = established < USCC_REFORM_DAY;
  const [department, category] =
    type === 'company' ? ['9', '1'] : type === 'individual' ? ['9', '2'] : type === 'cooperative' ? ['9', '3']
      : otherForm === 'civil' ? ['5', '2'] : otherForm === 'law' ? ['3', '1'] : ['Y', '1'];
  const body = orgCodeBodyOf(index, rng.seed, old ? 'numeric' : department === '5' ? 'MJ' : 'MA');
  const validUscc = buildUscc({ department, category, divisionCode: district.code, orgCodeBody: body });
  const legacy = isLegacyCodeIndex(index);
  const uscc = legacy ? breakCheckChar(validUscc) : validUscc;
  // Market-regulation registrations made before the reform keep their 15-digit 注册号.
  const regNo = old && department === '9' ? regNoOf(index, rng.seed, type === 'company' ? '370100' : district.code) : null;

  const registeredCapital =
    type === 'company'
      ? String(CAPITAL_WAN(rng) * (rng.chance(0.2) ? rng.int(1, 3) : 1))
      : type === 'cooperative'
        ? String(rng.int(5, 60) * 10)
        : type === 'other'
          ? String(rng.int(3, 100))
          : null;
  const town = type === 'cooperative' ? rng.pick(district.towns) : null;
  const isSmallMicro =
    type === 'company' ? rng.chance(0.66) : type === 'individual' ? rng.chance(0.1) : rng.chance(0.2);

  const ctx: Context = {
    rng,
    index,
    today: todayDay,
    entityId,
    nextRecordId: options.firstRecordId ?? 1,
    records: [],
    industry,
    district,
    established,
    trade,
    entity: {
      id: entityId,
      uscc,
      usccChecksumValid: !legacy,
      regNo,
      name: names.name,
      nameNormalized: normalizeEntityName(names.name),
      formerNames: names.formerNames,
      aliases: names.aliases,
      type,
      legalRepresentative,
      registeredCapital,
      establishedOn: isoOf(established),
      address: addressOf(rng, district, type, town),
      districtCode: district.code,
      industryCode: industry.code,
      scope: industry.scope,
      status,
      registrarDepartmentCode: REGISTRAR_DEPARTMENT_CODE,
      isSmallMicro,
    },
  };
  const company = type === 'company';

  addBasicRecords(ctx, names, company);
  addGoodAndInspectionRecords(ctx, company);

  // Warnings. One draw decides the penalty profile so the shares stay as tuned.
  const penaltyDraw = rng.next();
  if (penaltyDraw < P_PENALTY_ONE) addCurrentPenalties(ctx, 1);
  else if (penaltyDraw < P_PENALTY_ONE + P_PENALTY_TWO) addCurrentPenalties(ctx, 2);
  else if (penaltyDraw < P_PENALTY_ONE + P_PENALTY_TWO + P_PENALTY_MANY) addCurrentPenalties(ctx, rng.int(3, 5));
  if (rng.chance(P_PENALTY_HISTORY)) addHistoricPenalties(ctx);

  const listable = type === 'company' || type === 'cooperative' ? 1 : type === 'individual' ? 0.5 : 0;
  const listingDraw = rng.next();
  if (status === 'revoked') {
    if (rng.chance(0.7)) addAbnormalListing(ctx, true);
    addLicenceRevocation(ctx, true);
  } else if (listingDraw < P_ABNORMAL_CURRENT * listable) {
    addAbnormalListing(ctx, true);
  } else if (listingDraw < (P_ABNORMAL_CURRENT + P_ABNORMAL_REMOVED) * listable) {
    addAbnormalListing(ctx, false);
  }
  if (type !== 'other') {
    if (rng.chance(P_DISHONEST)) addDishonestDebtor(ctx);
    if (rng.chance(P_TAX_VIOLATION * listable)) addTaxViolation(ctx);
    if (rng.chance(P_SERIOUS_OTHER * listable)) addSeriousIllegal(ctx);
    if (status !== 'revoked' && rng.chance(P_LICENCE_REVOCATION)) addLicenceRevocation(ctx, false);
  }

  const complaintMonths = generateComplaints(ctx);

  // Rate with the real engine; record ids are the pre-assigned database ids.
  const ratingRecords: RatingRecord[] = ctx.records.map((record) => ({
    id: String(record.id),
    kind: record.kind,
    status: record.status,
    decisionDate: record.decisionDate,
    publicityEnd: record.publicityEnd,
    removedOn: record.removedOn,
    severity: record.severity,
  }));
  const input = { entityStatus: status, records: ratingRecords, complaints: complaintMonths };
  const rating = rateEntity(input, today);
  const nextReviewOn = nextRatingChangeDate(input, today);

  return {
    entity: {
      ...ctx.entity,
      creditLevel: rating.level,
      creditReasons: rating.reasons,
      creditRuleVersion: rating.ruleVersion,
      ratedOn: rating.ratedOn,
      nextReviewOn,
    },
    records: ctx.records,
    complaints: complaintMonths.map((month) => ({
      entityId,
      periodStart: month.periodStart,
      complaints: month.count,
      resolved: month.resolved,
    })),
  };
}

// Shares and pickers of the generator: entity types and statuses, districts, industries, the
// probability of each kind of record, and the per-industry record templates resolved once. Tuned
// so that, with the real rules, levels come out about 85% green, 8% yellow, 4–5% red and 2% black
// (see tests/unit/seed.test.ts and the seed summary).
import type { EntityStatus, EntityType, Severity } from '../../domain/vocabulary';
import type { DepartmentCode } from '../../reference/departments';
import { dayOf } from '../days';
import { SEED_DISTRICTS, SEED_INDUSTRIES } from '../geography';
import type { SeedDistrict, SeedIndustry } from '../geography';
import { weighted } from '../random';
import type { Rng } from '../random';
import {
  ABNORMAL_GROUNDS,
  HONOUR_TEMPLATES,
  INSPECTION_RESULTS,
  INSPECTION_TEMPLATES,
  LICENCE_TEMPLATES,
  PENALTY_TEMPLATES,
  QUALIFICATION_TEMPLATES,
  appliesToIndustry,
} from '../record-templates';
import type { PenaltyTemplate } from '../record-templates';

export const ENTITY_TYPE = weighted<EntityType>([
  ['company', 62],
  ['individual', 35],
  ['cooperative', 2],
  ['other', 1],
]);
export const ENTITY_STATUS = weighted<EntityStatus>([
  ['active', 95],
  ['revoked', 0.5],
  ['cancelled', 4.5],
]);
export const DISTRICT = weighted<SeedDistrict>(SEED_DISTRICTS.map((d) => [d, d.weight] as const));
export const RURAL_DISTRICT = weighted<SeedDistrict>(
  SEED_DISTRICTS.filter((d) => !['370102', '370103', '370104', '370105', '370171'].includes(d.code)).map(
    (d) => [d, d.code === '370114' || d.code === '370116' ? 3 : 2] as const,
  ),
);

function industryPicker(weights: Readonly<Record<string, number>>, fallback: number): (rng: Rng) => SeedIndustry {
  return weighted<SeedIndustry>(SEED_INDUSTRIES.map((industry) => [industry, weights[industry.code] ?? fallback] as const));
}
export const COMPANY_INDUSTRY = industryPicker(
  { F51: 16, F52: 8, I65: 9, M75: 9, L72: 10, E47: 5, E48: 4, E50: 6, K70: 3, C33: 3, C34: 3, G54: 4, H62: 3, A01: 0.5, A03: 0.3, A05: 0.5 },
  2,
);
export const INDIVIDUAL_INDUSTRY = weighted<SeedIndustry>(
  SEED_INDUSTRIES.filter((i) => i.shopWords.length > 0).map((i) => {
    const w: Record<string, number> = { F52: 35, H62: 25, O80: 12, O81: 8, F51: 5, H61: 2, E50: 3, R90: 2, L72: 2, G54: 2 };
    return [i, w[i.code] ?? 0.5] as const;
  }),
);
export const COOPERATIVE_INDUSTRY = industryPicker({ A01: 70, A03: 20, A05: 10 }, 0);
export const CONSUMER_FACING = new Set(['F52', 'H62', 'H61', 'O80', 'O81', 'K70', 'P83', 'Q84', 'R90', 'G54', 'I64']);

// Penalty profile of an entity (share of all entities).
export const P_PENALTY_ONE = 0.07;
export const P_PENALTY_TWO = 0.016;
export const P_PENALTY_MANY = 0.016;
export const P_PENALTY_HISTORY = 0.09;
// Lists.
export const P_ABNORMAL_CURRENT = 0.042;
export const P_ABNORMAL_REMOVED = 0.05;
export const P_ABNORMAL_OVER_THREE_YEARS = 0.2;
export const P_DISHONEST = 0.009;
export const P_TAX_VIOLATION = 0.003;
export const P_SERIOUS_OTHER = 0.0018;
export const P_LICENCE_REVOCATION = 0.002;
// Complaints.
export const P_COMPLAINTS_CONSUMER = 0.1;
export const P_COMPLAINTS_OTHER = 0.02;
export const P_COMPLAINTS_HEAVY = 0.2;

export const EARLIEST_ESTABLISHED = dayOf('1990-01-01');
/** USCCs replaced 注册号 from 2015-10-01 ("三证合一"); firms registered before carry both. */
export const USCC_REFORM_DAY = dayOf('2015-10-01');
export const SEVERITY = weighted<Severity>([
  ['minor', 45],
  ['general', 40],
  ['serious', 15],
]);
export const CAPITAL_WAN = weighted<number>([
  [3, 4],
  [10, 12],
  [30, 8],
  [50, 14],
  [100, 20],
  [200, 10],
  [300, 8],
  [500, 10],
  [1000, 8],
  [2000, 3],
  [5000, 2],
  [10000, 1],
]);
export const COLLECTION_DELAY = weighted<readonly [number, number]>([
  [[1, 5], 62],
  [[6, 9], 23],
  [[10, 25], 15],
]);
export const INSPECTION_RESULT = weighted<string>(INSPECTION_RESULTS.map(([result, w]) => [result, w] as const));
export const ABNORMAL_GROUND_INDEX = weighted<number>(ABNORMAL_GROUNDS.map((g, i) => [i, g.weight] as const));

/** Per-industry template lists, resolved once. */
export const PENALTIES_BY_INDUSTRY = new Map<string, (rng: Rng) => PenaltyTemplate>(
  SEED_INDUSTRIES.map((industry) => [
    industry.code,
    weighted<PenaltyTemplate>(PENALTY_TEMPLATES.filter((t) => appliesToIndustry(t.appliesTo, industry.code)).map((t) => [t, t.weight] as const)),
  ]),
);
function templatesFor<T extends { appliesTo: readonly string[] }>(templates: readonly T[]): Map<string, T[]> {
  return new Map(SEED_INDUSTRIES.map((i) => [i.code, templates.filter((t) => appliesToIndustry(t.appliesTo, i.code))]));
}
export const LICENCES_BY_INDUSTRY = templatesFor(LICENCE_TEMPLATES);
export const QUALIFICATIONS_BY_INDUSTRY = templatesFor(QUALIFICATION_TEMPLATES);
export const HONOURS_BY_INDUSTRY = templatesFor(HONOUR_TEMPLATES);
export const INSPECTIONS_BY_INDUSTRY = templatesFor(INSPECTION_TEMPLATES);

export const GENERAL_DOC_PREFIX: Readonly<Record<DepartmentCode, string>> = {
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

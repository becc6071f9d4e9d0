// Deterministic generation of one synthetic Jinan market entity with its records and 12345 complaint
// months, rated with the real engine. Everything depends only on (seed, index, today): entity i is
// the same whether a run makes 3,000 entities or a million, and whatever order they are made in.
// The parts live in lib/seed/entity/ (shares, record context, penalties, listings, other records,
// complaints, address); this file composes them in the order the random draws are made.
import { nextRatingChangeDate, rateEntity } from '../credit';
import type { RatingRecord } from '../credit';
import { normalizeEntityName } from '../domain/entity-name';
import { REGISTRAR_DEPARTMENT_CODE } from '../reference/departments';
import { buildUscc } from '../uscc';
import { dayOf, isoOf } from './days';
import { addressOf } from './entity/address';
import { generateComplaints } from './entity/complaints';
import type { Context } from './entity/context';
import { addAbnormalListing, addDishonestDebtor, addLicenceRevocation, addSeriousIllegal, addTaxViolation } from './entity/listings';
import { addCurrentPenalties, addHistoricPenalties } from './entity/penalties';
import { addBasicRecords, addGoodAndInspectionRecords } from './entity/records';
import {
  CAPITAL_WAN,
  COMPANY_INDUSTRY,
  COOPERATIVE_INDUSTRY,
  DISTRICT,
  EARLIEST_ESTABLISHED,
  ENTITY_STATUS,
  ENTITY_TYPE,
  INDIVIDUAL_INDUSTRY,
  P_ABNORMAL_CURRENT,
  P_ABNORMAL_REMOVED,
  P_DISHONEST,
  P_LICENCE_REVOCATION,
  P_PENALTY_HISTORY,
  P_PENALTY_MANY,
  P_PENALTY_ONE,
  P_PENALTY_TWO,
  P_SERIOUS_OTHER,
  P_TAX_VIOLATION,
  RURAL_DISTRICT,
  USCC_REFORM_DAY,
} from './entity/shares';
import type { GeneratedEntity, GenerateEntityOptions } from './entity/types';
import { SEED_INDUSTRY_BY_CODE } from './geography';
import { breakCheckChar, isLegacyCodeIndex, orgCodeBodyOf, regNoOf } from './identity-codes';
import { companyNameOf, cooperativeNameOf, individualNameOf, otherNameOf, personNameOf } from './names';
import { skewedInt } from './random';
import type { Rng } from './random';

export type { GeneratedEntity, GenerateEntityOptions, SeedComplaintMonth, SeedEntity, SeedRecord } from './entity/types';

export function generateEntity(index: number, rng: Rng, today: string, options: GenerateEntityOptions = {}): GeneratedEntity {
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
    type === 'company'
      ? ['9', '1']
      : type === 'individual'
        ? ['9', '2']
        : type === 'cooperative'
          ? ['9', '3']
          : otherForm === 'civil'
            ? ['5', '2']
            : otherForm === 'law'
              ? ['3', '1']
              : ['Y', '1'];
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
  const isSmallMicro = type === 'company' ? rng.chance(0.66) : type === 'individual' ? rng.chance(0.1) : rng.chance(0.2);

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
      ...businessTermOf(index, isoOf(established)),
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
  const rating = rateEntity(input, today, options.ruleSets);
  const nextReviewOn = nextRatingChangeDate(input, today, options.ruleSets);

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

/**
 * The business term (营业期限) of the seed firm `index`: from its establishment; most without end
 * (长期), one in five for 20 years and one in ten for 30. Derived from the index, not the random
 * stream, so adding it left every other seeded value as it was.
 */
function businessTermOf(index: number, establishedOn: string): { businessTermFrom: string; businessTermTo: string | null } {
  const years = index % 10 < 7 ? null : index % 10 < 9 ? 20 : 30;
  if (years === null) return { businessTermFrom: establishedOn, businessTermTo: null };
  // The day before the anniversary (a term from 2015-06-01 for 20 years ends on 2035-05-31).
  const end = new Date(`${establishedOn}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  end.setUTCDate(end.getUTCDate() - 1);
  return { businessTermFrom: establishedOn, businessTermTo: end.toISOString().slice(0, 10) };
}

// The measures catalogue (激励/惩戒, issue 16 part 3): which incentive or punitive measure applies to
// a firm, by its credit level and the lists it is on now. Jinan 2019 (十)1 asks for a public "联合惩戒
// 措施清单"; Jinan 2017 §(九) and Jieshou 2020 五(五) name what trustworthy and dishonest firms get.
import type { CreditLevel, ListingKind } from './vocabulary';

export const MEASURE_KINDS = ['incentive', 'punitive'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Whom a measure applies to and when: what the applicability rule reads. */
export interface MeasureScope {
  kind: MeasureKind;
  /** Levels the measure applies to; empty = none by level. */
  levels: readonly CreditLevel[];
  /** Lists whose members it applies to; empty = none by list. */
  listKinds: readonly ListingKind[];
  /** First day in force, YYYY-MM-DD. */
  effectiveFrom: string;
  /** Last day in force (inclusive), YYYY-MM-DD; null = open-ended. */
  effectiveTo: string | null;
}

/** What the rule knows of a firm: its level today and the lists it is on today. */
export interface MeasureSubject {
  level: CreditLevel;
  listings: readonly ListingKind[];
}

/** Whether a measure is in force on `today` (both ends inclusive). */
export function isMeasureInForce(measure: Pick<MeasureScope, 'effectiveFrom' | 'effectiveTo'>, today: string): boolean {
  return measure.effectiveFrom <= today && (measure.effectiveTo === null || measure.effectiveTo >= today);
}

/** Whether a measure applies to the firm on `today`: in force, and its level or one of its lists is named. */
export function measureApplies(measure: MeasureScope, subject: MeasureSubject, today: string): boolean {
  if (!isMeasureInForce(measure, today)) return false;
  return measure.levels.includes(subject.level) || measure.listKinds.some((kind) => subject.listings.includes(kind));
}

/** The measures of a catalogue that apply to the firm on `today`, punitive ones first, catalogue order kept. */
export function applicableMeasures<T extends MeasureScope>(catalogue: readonly T[], subject: MeasureSubject, today: string): T[] {
  const applying = catalogue.filter((m) => measureApplies(m, subject, today));
  return [...applying.filter((m) => m.kind === 'punitive'), ...applying.filter((m) => m.kind === 'incentive')];
}

/** Whether any of the measures takes financial subsidies and government support away (the eligibility guide reads this). */
export function excludesSupport(measures: readonly { excludesSupport: boolean }[]): boolean {
  return measures.some((m) => m.excludesSupport);
}

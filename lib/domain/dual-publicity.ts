// 双公示: administrative licences and penalties published across all firms (issue 18 part 1).
// Pure: the two lists, the record kinds behind each, and the publication deadline.
import { TIMELINESS_SHORT_LIMIT } from './intake';
import type { RecordKind } from './vocabulary';

export const DUAL_SLUGS = ['licences', 'penalties'] as const;
export type DualSlug = (typeof DUAL_SLUGS)[number];

/**
 * The record kinds each list shows, the `kind` filter's values. Licences: 行政许可 decisions,
 * including qualifications (资质 are granted by licensing procedures); penalties: 行政处罚,
 * including the revocation of a licence (吊销许可证, one of the penalty types of the Administrative
 * Penalty Law, art. 9). Keep in step with the partial indexes of migration 0015 (records_dual_*).
 */
export const DUAL_KINDS = {
  licences: ['licence', 'qualification'],
  penalties: ['penalty', 'licence_revocation'],
} as const satisfies Record<DualSlug, readonly RecordKind[]>;

export type DualKind = (typeof DUAL_KINDS)[DualSlug][number];

/**
 * Working days from the decision within which a licence or penalty must be published (Jieshou 2020
 * 四, Jinan 2019 (十五)1: "自作出行政决定之日起7个工作日内上网公开"); the same figure as the
 * collection rule for basic information and penalties.
 */
export const DUAL_PUBLICATION_LIMIT = TIMELINESS_SHORT_LIMIT;

/** Whether a string is one of the two 双公示 slugs. */
export function isDualSlug(value: string): value is DualSlug {
  return (DUAL_SLUGS as readonly string[]).includes(value);
}

/** Whether a publication `lag` working days after the decision was late. */
export function isLatePublication(lag: number): boolean {
  return lag > DUAL_PUBLICATION_LIMIT;
}

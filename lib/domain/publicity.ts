// The publicity catalogue (issue 17 part 1): per record kind and penalty severity, how long a record
// is published (the minimum before repair may be applied for, the maximum after which publication
// stops), which working-day collection deadline applies, whether it counts toward the credit level
// and whether it may be repaired before its maximum. The catalogue is data (the
// `publicity_catalogue` table, versioned by effective date, maintained by staff); this module is the
// pure part: lookups and date arithmetic over entries passed in. Sources: Jinan 2019 (十三)2
// (一般/严重/特定严重 with 公示期限 and 修复途径), Jieshou 2020 三(二)6 (simple-procedure penalties are
// "other information", short period), Dongguan 2017 §16 (归集期限和公示期限 published), DOMAIN.md
// (minor 3 months; general 3 months to 1 year; serious 1 to 3 years).
import { timelinessLimit } from './intake';
import { LISTING_KINDS, RECORD_KINDS, type RecordKind, type Severity } from './vocabulary';

/** One catalogue entry: the rules for one kind (and, for penalties, one severity) from a date on. */
export interface PublicityRule {
  kind: RecordKind;
  /** Penalties only; null for every other kind. */
  severity: Severity | null;
  /** Months a record must have been public before repair may be applied for; null: no minimum. */
  minMonths: number | null;
  /** Months after the decision when publication stops; null: until removed (listings) or for good. */
  maxMonths: number | null;
  /** False for 特定严重: no repair before the maximum period has run. */
  repairBeforeMax: boolean;
  /** Working days from production to collection (7 or 20, Jinan §5). */
  collectionWorkingDays: number;
  /** Whether a public record of this entry counts toward the credit level. */
  countsTowardLevel: boolean;
  /** First day (inclusive) this version applies to records decided on or after it. */
  effectiveFrom: string;
}

/** The seed catalogue's first effective day (before any seeded record). */
export const CATALOGUE_SEED_EFFECTIVE_FROM = '2000-01-01';

/** Penalty rows of the seed catalogue (min, max in months; DOMAIN.md "Publicity periods and repair"). */
const PENALTY_SEED: Readonly<Record<Severity, { min: number; max: number; counts: boolean; repairBeforeMax: boolean }>> = {
  // 简易程序: other information, the short period, never toward yellow or red (Jieshou 2020 三(二)6).
  minor: { min: 3, max: 3, counts: false, repairBeforeMax: true },
  general: { min: 3, max: 12, counts: true, repairBeforeMax: true },
  serious: { min: 12, max: 36, counts: true, repairBeforeMax: true },
  // 特定严重: published for its whole period, no early repair (Jinan 2019 (十三)2).
  specific_serious: { min: 36, max: 36, counts: true, repairBeforeMax: false },
};

/**
 * Other kinds with an end of publicity: warning information that is not a listing (3 years, the
 * serious penalty's maximum; repair after 1 year like a serious penalty). Listings and basic, good and
 * inspection information have none (listings stay until removed).
 */
const WARNING_SEED: Partial<Readonly<Record<RecordKind, { min: number; max: number }>>> = {
  judicial_assistance: { min: 12, max: 36 },
  administrative_enforcement: { min: 12, max: 36 },
  broken_commitment: { min: 12, max: 36 },
  refused_correction: { min: 12, max: 36 },
};

/** Kinds the default rating rules read: the others are published but never set a level. */
const LEVEL_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>([...LISTING_KINDS, 'licence_revocation', 'penalty']);

/** The seed catalogue: one entry per kind (four for penalties), in effect from CATALOGUE_SEED_EFFECTIVE_FROM. */
export const SEED_PUBLICITY_CATALOGUE: readonly PublicityRule[] = RECORD_KINDS.flatMap((kind): PublicityRule[] => {
  const base = { kind, collectionWorkingDays: timelinessLimit(kind), effectiveFrom: CATALOGUE_SEED_EFFECTIVE_FROM };
  if (kind === 'penalty') {
    return (Object.keys(PENALTY_SEED) as Severity[]).map((severity) => {
      const p = PENALTY_SEED[severity];
      return { ...base, severity, minMonths: p.min, maxMonths: p.max, countsTowardLevel: p.counts, repairBeforeMax: p.repairBeforeMax };
    });
  }
  const warning = WARNING_SEED[kind];
  return [
    {
      ...base,
      severity: null,
      minMonths: warning?.min ?? null,
      maxMonths: warning?.max ?? null,
      countsTowardLevel: LEVEL_KINDS.has(kind),
      repairBeforeMax: true,
    },
  ];
});

/**
 * The entry for a kind and severity in effect on `onDate` (the record's decision date): the latest
 * version whose effectiveFrom is on or before it; null when the catalogue has none.
 */
export function findPublicityRule(catalogue: readonly PublicityRule[], kind: RecordKind, severity: Severity | null, onDate: string): PublicityRule | null {
  let found: PublicityRule | null = null;
  for (const rule of catalogue) {
    if (rule.kind !== kind || rule.severity !== (kind === 'penalty' ? severity : null) || rule.effectiveFrom > onDate) continue;
    if (!found || rule.effectiveFrom > found.effectiveFrom) found = rule;
  }
  return found;
}

/** Adds calendar months to an ISO date; the day of month is clamped to the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDate(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day before an ISO date. */
function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The last public day (inclusive) of a period of `months` starting on `start`: the day before the
 * same date `months` later (publication stops, and the record is gone, the day after).
 */
export function periodEnd(start: string, months: number): string {
  return dayBefore(addMonthsToDate(start, months));
}

/** The publicity end a record gets from its entry when the department sends none: the maximum; null when publication does not end. */
export function defaultPublicityEnd(rule: PublicityRule, decisionDate: string): string | null {
  return rule.maxMonths === null ? null : periodEnd(decisionDate, rule.maxMonths);
}

/** The earliest and latest publicity end the entry allows for a record decided on `decisionDate` (null: no bound). */
export function publicityEndBounds(rule: PublicityRule, decisionDate: string): { earliest: string | null; latest: string | null } {
  return {
    earliest: rule.minMonths === null ? null : periodEnd(decisionDate, rule.minMonths),
    latest: defaultPublicityEnd(rule, decisionDate),
  };
}

/** The outcome of checking a sent publicity end against the catalogue. */
export type PublicityEndCheck =
  | { ok: true; publicityEnd: string | null }
  | { ok: false; code: 'publicityTooShort' | 'publicityTooLong'; bound: string }
  | { ok: false; code: 'notInCatalogue' };

/**
 * Settles a record's publicity end: the sent one when it lies within the entry's bounds, the
 * entry's maximum when none was sent; outside the bounds (or with no entry for a penalty) the item
 * is refused, naming the bound it broke.
 */
export function resolvePublicityEnd(
  catalogue: readonly PublicityRule[],
  item: { kind: RecordKind; severity: Severity | null; decisionDate: string; publicityEnd: string | null },
): PublicityEndCheck {
  const rule = findPublicityRule(catalogue, item.kind, item.severity, item.decisionDate);
  if (!rule) return item.kind === 'penalty' ? { ok: false, code: 'notInCatalogue' } : { ok: true, publicityEnd: item.publicityEnd };
  if (item.publicityEnd === null) return { ok: true, publicityEnd: defaultPublicityEnd(rule, item.decisionDate) };
  const { earliest, latest } = publicityEndBounds(rule, item.decisionDate);
  if (earliest !== null && item.publicityEnd < earliest) return { ok: false, code: 'publicityTooShort', bound: earliest };
  if (latest !== null && item.publicityEnd > latest) return { ok: false, code: 'publicityTooLong', bound: latest };
  return { ok: true, publicityEnd: item.publicityEnd };
}

/** Whether a record of this kind and severity, decided on the date, counts toward the level (true when the catalogue has no entry). */
export function countsTowardLevel(catalogue: readonly PublicityRule[], kind: RecordKind, severity: Severity | null, decisionDate: string): boolean {
  return findPublicityRule(catalogue, kind, severity, decisionDate)?.countsTowardLevel ?? true;
}

/** When repair opens for a record, and which rule holds it back until then. */
export interface RepairOpening {
  from: string;
  /** notYetEligible: the minimum period; notBeforeMaximum: 特定严重, no repair before the maximum. */
  code: 'notYetEligible' | 'notBeforeMaximum';
}

/**
 * The first day repair may be applied for a record published from `publicityStart` (its decision
 * day when unknown): the start plus the entry's minimum; for an entry not repairable early (特定严重),
 * the day after its maximum period. Without an entry, the general penalty's minimum.
 */
export function repairOpening(
  catalogue: readonly PublicityRule[],
  record: { kind: RecordKind; severity: Severity | null; decisionDate: string; publicityStart: string | null },
): RepairOpening {
  const start = record.publicityStart ?? record.decisionDate;
  const rule = findPublicityRule(catalogue, record.kind, record.severity, record.decisionDate);
  if (rule && !rule.repairBeforeMax && rule.maxMonths !== null) return { from: addMonthsToDate(start, rule.maxMonths), code: 'notBeforeMaximum' };
  return { from: addMonthsToDate(start, rule?.minMonths ?? PENALTY_SEED.general.min), code: 'notYetEligible' };
}

/** The first day repair may be applied for (repairOpening's date). */
export function repairEligibleFrom(
  catalogue: readonly PublicityRule[],
  record: { kind: RecordKind; severity: Severity | null; decisionDate: string; publicityStart: string | null },
): string {
  return repairOpening(catalogue, record).from;
}

/**
 * Days (three years) after which an abnormal-operations listing still unresolved moves to the
 * serious-illegal-and-dishonest list (《市场监督管理严重违法失信名单管理办法》第十三条).
 */
export const ABNORMAL_LISTING_ESCALATION_DAYS = 1_096;

/** The entry in force on `onDate` for every kind and severity the catalogue has, in vocabulary order. */
export function rulesInForce<T extends PublicityRule>(catalogue: readonly T[], onDate: string): T[] {
  const keys = new Map<string, T>();
  for (const rule of catalogue) {
    const key = `${rule.kind}/${rule.severity ?? ''}`;
    const current = keys.get(key);
    if (rule.effectiveFrom <= onDate && (!current || rule.effectiveFrom > current.effectiveFrom)) keys.set(key, rule);
  }
  const order = (r: PublicityRule) => RECORD_KINDS.indexOf(r.kind) * 10 + (r.severity ? SEVERITY_ORDER.indexOf(r.severity) + 1 : 0);
  return [...keys.values()].sort((a, b) => order(a) - order(b));
}

/** Versions announced for a day after `onDate`, soonest first. */
export function upcomingRules<T extends PublicityRule>(catalogue: readonly T[], onDate: string): T[] {
  return catalogue.filter((r) => r.effectiveFrom > onDate).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

const SEVERITY_ORDER: readonly Severity[] = ['minor', 'general', 'serious', 'specific_serious'];

// Penalties (publicity periods and the repair minimum: lib/domain/publicity.ts).
import { findPublicityRule, SEED_PUBLICITY_CATALOGUE } from '../../domain/publicity';
import type { RecordStatus, Severity } from '../../domain/vocabulary';
import { addMonthsToDay } from '../days';
import type { Rng } from '../random';
import { PENALTY_DOC_PREFIX } from '../record-templates';
import { addRecord, dayAfterEstablished, docNo, type Context } from './context';
import { GENERAL_DOC_PREFIX, PENALTIES_BY_INDUSTRY, SEVERITY } from './shares';

/** A penalty's minimum and maximum publicity in months, from the seed catalogue (lib/domain/publicity.ts). */
function monthsOf(severity: Severity): { min: number; max: number } {
  const rule = findPublicityRule(SEED_PUBLICITY_CATALOGUE, 'penalty', severity, '2100-01-01');
  return { min: rule?.minMonths ?? 3, max: rule?.maxMonths ?? 12 };
}

/** defaultPublicityEnd of lib/domain/publicity.ts on day numbers (the generator's fast dates). */
function publicityEndOf(decision: number, severity: Severity): number {
  return addMonthsToDay(decision, monthsOf(severity).max) - 1;
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
export function addCurrentPenalties(ctx: Context, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const severity = SEVERITY(ctx.rng);
    const months = Math.min(monthsOf(severity).max, 24);
    const maxAgo = ctx.today - addMonthsToDay(ctx.today, -months) - 2;
    const decision = dayAfterEstablished(ctx, 30, 0, maxAgo);
    if (decision === null) continue;
    addPenalty(ctx, decision, severity, 'published');
  }
}

/** Older penalties: expired, repaired after the minimum period, or public but outside the window. */
export function addHistoricPenalties(ctx: Context): void {
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
      if (addMonthsToDay(decision, monthsOf(severity).min) > ctx.today) continue;
      status = 'repaired';
      addRecord(ctx, 'credit_commitment', {
        department: 'jndrc',
        title: '信用修复承诺书',
        procedureCode: 'credit-repair',
        docNo: docNo(GENERAL_DOC_PREFIX.jndrc, decision, ctx.rng),
        decision: Math.min(ctx.today, decision + ctx.rng.int(95, 200)),
        content: '本单位已纠正违法行为、履行相关义务，承诺今后依法诚信经营，如有违反，自愿接受相关部门依法依规实施的惩戒。',
      });
    }
    addPenalty(ctx, decision, severity, status);
  }
}

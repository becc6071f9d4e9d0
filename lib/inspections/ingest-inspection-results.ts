import 'server-only';
// Intake of inspection results (POST /api/v1/intake/inspection-results): each item is checked with
// the one result schema (the admin form's) and entered like a staff entry, for the token's
// department only (谁产生、谁提供、谁负责). Bad items are reported per field; the good ones go in.
import type { AuditActorType } from '../audit/chain';
import { recordInspectionResult } from '../db/mutations/inspections';
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { issuesFromZod } from '../forms/action-result';
import { translator } from '../i18n/messages';
import { inspectionResultSchema } from './inspection-schema';

export interface InspectionIntakeResult {
  accepted: number;
  rejected: { index: number; field: string; message: string }[];
}

/** Enters each valid item's result for the department; returns what was accepted and why the rest was not. */
export async function ingestInspectionResults(options: {
  departmentId: number;
  items: readonly unknown[];
  locale: Locale;
  actor: { type: AuditActorType; id: string };
}): Promise<InspectionIntakeResult> {
  const today = ratingDate();
  const schema = inspectionResultSchema(today);
  const tf = translator(options.locale, 'AdminInspections');
  const tr = translator(options.locale, 'InspectionIntake');
  const rejected: InspectionIntakeResult['rejected'] = [];
  let accepted = 0;
  for (const [index, item] of options.items.entries()) {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of issuesFromZod(parsed.error)) rejected.push({ index, field: issue.field, message: tf(`errors.${issue.code}`) });
      continue;
    }
    // Scope = the token's department: another department's plan is refused for that item.
    const outcome = await recordInspectionResult(parsed.data, options.departmentId, options.actor, today);
    if (typeof outcome === 'string') {
      rejected.push({ index, field: outcome === 'notOnPlan' ? 'uscc' : 'planId', message: tr(outcome) });
      continue;
    }
    accepted += 1;
  }
  return { accepted, rejected };
}

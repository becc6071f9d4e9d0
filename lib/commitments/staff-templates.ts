import 'server-only';
// The back office's reads of commitment templates (never cached: staff see their own changes at once).
import { getCommitmentTemplate, listCommitmentTemplates, type CommitmentTemplateRow } from '../db/queries/commitments';

/** Every template, for the staff list. */
export function listCommitmentTemplatesForStaff(): Promise<CommitmentTemplateRow[]> {
  return listCommitmentTemplates();
}

/** One template for its edit page, or undefined. */
export async function getCommitmentTemplateForStaff(id: number): Promise<CommitmentTemplateRow | undefined> {
  return (await getCommitmentTemplate(id)) ?? undefined;
}

/** A template's answers as the form shows them. */
export function templateFormValues(t: CommitmentTemplateRow): Record<string, string> {
  return {
    procedureCode: t.procedureCode,
    department: t.department.code,
    titleZhCn: t.title['zh-CN'],
    titleZhTw: t.title['zh-TW'],
    titleEn: t.title.en,
    textZhCn: t.text['zh-CN'],
    textZhTw: t.text['zh-TW'],
    textEn: t.text.en,
    legalBasis: t.legalBasis ?? '',
    effectiveFrom: t.effectiveFrom,
    effectiveTo: t.effectiveTo ?? '',
  };
}

// Intake of support received (POST /api/v1/intake/support): validate every item with the one
// schema, resolve firms, policies and departments, then upsert the valid ones in one transaction.
// Bad items are reported per field and never committed; the good ones go in regardless.
import type { AuditActorType } from '../audit/chain';
import { resolveSupportReferences } from '../db/queries/intake-unmatched';
import { upsertSupportReceived, type ResolvedSupport } from '../db/mutations/support-received';
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { translator } from '../i18n/messages';
import { validateSupportItems, type SupportIssue } from './support-schema';

export interface SupportIntakeResult {
  /** Valid items taken in: created + updated + unchanged. */
  accepted: number;
  created: number;
  /** Items that changed an existing row (same department and sourceRef). */
  updated: number;
  unchanged: number;
  rejected: { index: number; field: string; message: string }[];
}

/** Takes in a batch of support items for a department; returns the per-item outcome. */
export async function ingestSupport(options: {
  departmentId: number;
  departmentCode: string;
  items: readonly unknown[];
  locale: Locale;
  actor: { type: AuditActorType; id: string };
}): Promise<SupportIntakeResult> {
  const { valid, issues } = validateSupportItems(options.items, ratingDate());
  const usccs = [...new Set(valid.map((v) => v.item.uscc))];
  const policyIds = [...new Set(valid.map((v) => v.item.policyId).filter((id): id is number => id !== undefined))];
  const deptCodes = [...new Set(valid.map((v) => v.item.implementingDepartment).filter((c): c is string => c !== undefined))];
  const { entities, policies, departments } = await resolveSupportReferences({ usccs, policyIds, departmentCodes: deptCodes });
  const entityBy = new Map(entities.map((e) => [e.uscc, e.id]));
  const policySet = new Set(policies.map((p) => p.id));
  const deptBy = new Map(departments.map((d) => [d.code, d.id]));
  const resolved: ResolvedSupport[] = [];
  for (const { index, item } of valid) {
    const entityId = entityBy.get(item.uscc);
    const implementingDepartmentId = item.implementingDepartment ? deptBy.get(item.implementingDepartment) : options.departmentId;
    const bad: SupportIssue[] = [];
    if (entityId === undefined) bad.push({ index, field: 'uscc', code: 'unknownEntity' });
    if (item.policyId !== undefined && !policySet.has(item.policyId)) bad.push({ index, field: 'policyId', code: 'unknownPolicy' });
    if (implementingDepartmentId === undefined) bad.push({ index, field: 'implementingDepartment', code: 'unknownDepartment' });
    if (bad.length > 0 || entityId === undefined || implementingDepartmentId === undefined) {
      issues.push(...bad);
      continue;
    }
    resolved.push({ index, item, entityId, implementingDepartmentId });
  }
  const rejectedItems = new Set(issues.map((i) => i.index)).size;
  const merge = resolved.length
    ? await upsertSupportReceived(options.departmentId, resolved, {
        actorType: options.actor.type,
        actorId: options.actor.id,
        departmentCode: options.departmentCode,
        items: options.items.length,
        rejected: rejectedItems,
      })
    : { created: 0, updated: 0, unchanged: 0 };
  const t = translator(options.locale, 'SupportErrors');
  return {
    accepted: merge.created + merge.updated + merge.unchanged,
    created: merge.created,
    updated: merge.updated,
    unchanged: merge.unchanged,
    rejected: issues
      .sort((a, b) => a.index - b.index || a.field.localeCompare(b.field))
      .map((i) => ({ index: i.index, field: i.field, message: t(i.code, { field: i.field }) })),
  };
}

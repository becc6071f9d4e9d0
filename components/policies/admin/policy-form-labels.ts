import 'server-only';
// Server-side assembly of the policy form's labels and options (admin UI is zh-CN).
import { getTranslations } from 'next-intl/server';
import { listAllDepartments } from '@/lib/db/queries/policies';
import { ENTERPRISE_SIZES, POLICY_CATEGORIES } from '@/lib/domain/policies';
import { JINAN_DISTRICTS } from '@/lib/seed/jinan';
import type { StaffUser } from '@/lib/staff/types';
import type { PolicyFormProps } from './policy-form';

const LABEL_KEYS = [
  'title', 'issuingDepartment', 'docNo', 'issuedOn', 'publishedOn', 'publishedOnHint', 'category', 'sizes', 'industries', 'industriesHint',
  'districts', 'districtsHint', 'benefits', 'applySteps', 'applyMaterials', 'applyWhere', 'validFrom', 'validTo', 'validToHint', 'links',
  'linksHint', 'attachments', 'attachmentsHint', 'status', 'statusPublished', 'statusDraft', 'submit', 'errorSummary', 'errorPrefix', 'choose',
  'requiredMark',
] as const;

/** Labels and options of the policy form for this staff member. */
export async function policyFormSetup(user: StaffUser): Promise<Omit<PolicyFormProps, 'csrf' | 'initial' | 'policyId'>> {
  const [t, tc, tp, departments] = await Promise.all([
    getTranslations({ locale: 'zh-CN', namespace: 'AdminPolicies' }),
    getTranslations({ locale: 'zh-CN', namespace: 'PolicyCategories' }),
    getTranslations({ locale: 'zh-CN', namespace: 'Policies' }),
    listAllDepartments(),
  ]);
  const locked = user.role !== 'admin';
  return {
    labels: Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`form.${k}`)])),
    departments: departments.filter((d) => !locked || d.id === user.departmentId).map((d) => ({ value: d.code, label: d['zh-CN'] })),
    departmentLocked: locked,
    categories: POLICY_CATEGORIES.map((c) => ({ value: c, label: tc(c) })),
    sizes: ENTERPRISE_SIZES.map((s) => ({ value: s, label: tp(`sizes.${s}`) })),
    districts: JINAN_DISTRICTS.map((d) => ({ value: d.code, label: d.name['zh-CN'] })),
  };
}

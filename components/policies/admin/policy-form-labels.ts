import 'server-only';
// Server-side assembly of the policy form's labels and options (admin UI is zh-CN).
import { getTranslations } from 'next-intl/server';
import { CREDIT_CONDITIONS, ENTERPRISE_SIZES, POLICY_CATEGORIES } from '@/lib/domain/policies';
import { POLICY_ISSUE_CODES } from '@/lib/policies/policy-schema';
import { listPolicyDepartmentsInScope } from '@/lib/policies/staff-policies';
import { JINAN_DISTRICTS } from '@/lib/reference/districts';
import { seesAllDepartments } from '@/lib/staff/scope';
import type { StaffUser } from '@/lib/staff/types';
import type { PolicyFormProps } from './policy-form';

const LABEL_KEYS = [
  'title',
  'issuingDepartment',
  'docNo',
  'issuedOn',
  'publishedOn',
  'publishedOnHint',
  'category',
  'creditCondition',
  'creditConditionHint',
  'sizes',
  'industries',
  'industriesHint',
  'districts',
  'districtsHint',
  'benefits',
  'applySteps',
  'applyMaterials',
  'applyWhere',
  'validFrom',
  'validTo',
  'validToHint',
  'links',
  'linksHint',
  'attachments',
  'attachmentsHint',
  'status',
  'statusPublished',
  'statusDraft',
  'submit',
  'errorSummary',
  'errorPrefix',
  'choose',
  'requiredMark',
] as const;

/** Labels and options of the policy form for this staff member. */
export async function policyFormSetup(user: StaffUser): Promise<Omit<PolicyFormProps, 'csrf' | 'initial' | 'policyId'>> {
  const [t, te, tc, tp, tcc, departments] = await Promise.all([
    getTranslations({ locale: 'zh-CN', namespace: 'AdminPolicies' }),
    getTranslations({ locale: 'zh-CN', namespace: 'PolicyErrors' }),
    getTranslations({ locale: 'zh-CN', namespace: 'PolicyCategories' }),
    getTranslations({ locale: 'zh-CN', namespace: 'Policies' }),
    getTranslations({ locale: 'zh-CN', namespace: 'PolicyCreditConditions' }),
    listPolicyDepartmentsInScope(user),
  ]);
  return {
    labels: Object.fromEntries(LABEL_KEYS.map((k) => [k, t(`form.${k}`)])),
    // The form's issue codes (lib/policies/policy-schema.ts) and the staff checks' `csrf` and `personalIdNumber`.
    errorMessages: { ...Object.fromEntries(POLICY_ISSUE_CODES.map((c) => [c, te(c)])), csrf: te('csrfFailed'), personalIdNumber: te('personalIdNumber') },
    departments: departments.map((d) => ({ value: d.code, label: d.name })),
    departmentLocked: !seesAllDepartments(user),
    categories: POLICY_CATEGORIES.map((c) => ({ value: c, label: tc(c) })),
    creditConditions: CREDIT_CONDITIONS.map((c) => ({ value: c, label: tcc(c) })),
    sizes: ENTERPRISE_SIZES.map((s) => ({ value: s, label: tp(`sizes.${s}`) })),
    districts: JINAN_DISTRICTS.map((d) => ({ value: d.code, label: d.name['zh-CN'] })),
  };
}

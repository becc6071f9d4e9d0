import 'server-only';
// Server-side assembly of the measure form's labels and options (the back office is zh-CN).
import { getTranslations } from 'next-intl/server';
import { MEASURE_KINDS } from '@/lib/domain/measures';
import { CREDIT_LEVELS, LISTING_KINDS } from '@/lib/domain/vocabulary';
import { MEASURE_FIELDS, MEASURE_ISSUE_CODES } from '@/lib/measures/measure-schema';
import { listPolicyDepartmentsInScope } from '@/lib/policies/staff-policies';
import { seesAllDepartments } from '@/lib/staff/scope';
import type { StaffUser } from '@/lib/staff/types';
import type { MeasureFormProps } from './measure-form';

const EXTRA_LABELS = ['codeHint', 'levelsHint', 'departmentHint', 'effectiveToHint', 'submit', 'errorSummary', 'errorPrefix', 'requiredMark'] as const;

/** Labels and options of the measure form for this staff member. */
export async function measureFormSetup(user: StaffUser): Promise<Omit<MeasureFormProps, 'csrf' | 'initial' | 'measureId'>> {
  const [t, te, tlevel, tkind, departments] = await Promise.all([
    getTranslations({ locale: 'zh-CN', namespace: 'AdminMeasures' }),
    getTranslations({ locale: 'zh-CN', namespace: 'MeasureErrors' }),
    getTranslations({ locale: 'zh-CN', namespace: 'Levels' }),
    getTranslations({ locale: 'zh-CN', namespace: 'Kinds' }),
    listPolicyDepartmentsInScope(user),
  ]);
  return {
    labels: Object.fromEntries([...MEASURE_FIELDS, ...EXTRA_LABELS].map((k) => [k, t(`form.${k}`)])),
    // The form's issue codes (lib/measures/measure-schema.ts) and the staff checks' `csrf`.
    errorMessages: { ...Object.fromEntries(MEASURE_ISSUE_CODES.map((c) => [c, te(c)])), csrf: te('csrfFailed') },
    kinds: MEASURE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
    levels: CREDIT_LEVELS.map((l) => ({ value: l, label: tlevel(l) })),
    listKinds: LISTING_KINDS.map((k) => ({ value: k, label: tkind(k) })),
    departments: [
      ...(seesAllDepartments(user) ? [{ value: '', label: t('form.allDepartments') }] : []),
      ...departments.map((d) => ({ value: d.code, label: d.name })),
    ],
  };
}

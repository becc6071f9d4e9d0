import 'server-only';
// What the template form needs from the server: its texts (zh-CN, like all of /admin) and the
// departments the signed-in staff member may choose (a reviewer only its own).
import { getTranslations } from 'next-intl/server';
import { listPolicyDepartmentsInScope } from '@/lib/policies/staff-policies';
import type { StaffUser } from '@/lib/staff/types';
import { TEMPLATE_FIELDS } from '@/lib/commitments/template-schema';

const ERROR_CODES = [
  'required',
  'tooLong',
  'invalidDate',
  'invalidProcedureCode',
  'endBeforeStart',
  'unknownDepartment',
  'otherDepartment',
  'procedureTaken',
  'notFound',
  'csrf',
  'invalidValue',
] as const;

/** Labels, error messages and department options of the template form. */
export async function templateFormSetup(user: StaffUser) {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminCommitments' });
  const labels: Record<string, string> = {
    errorSummary: t('errorSummary'),
    errorPrefix: t('errorPrefix'),
    submit: t('submit'),
    procedureCodeHint: t('procedureCodeHint'),
    effectiveToHint: t('effectiveToHint'),
  };
  for (const f of TEMPLATE_FIELDS) labels[f] = t(`form.${f}`);
  const errorMessages = Object.fromEntries(ERROR_CODES.map((c) => [c, t(`errors.${c}`)]));
  // The same scope as a policy's department: every one for admins, their own otherwise.
  const departments = (await listPolicyDepartmentsInScope(user)).map((d) => ({ value: d.code, label: d.name }));
  return { labels, errorMessages, departments };
}

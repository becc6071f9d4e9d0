import { BackLink } from '@/components/ui/back-link';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { emptyFormValues } from '@/lib/policies/policy-form-values';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { PolicyForm } from '@/components/policies/admin/policy-form';
import { policyFormSetup } from '@/components/policies/admin/policy-form-labels';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminPolicies', 'newTitle');

export default async function NewPolicyPage() {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminPolicies' });
  const setup = await policyFormSetup(user);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/policies" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <div className="rounded bg-white p-4 shadow">
        <PolicyForm {...setup} csrf={await staffCsrfToken(user)} initial={emptyFormValues(user.departmentCode)} />
      </div>
    </div>
  );
}

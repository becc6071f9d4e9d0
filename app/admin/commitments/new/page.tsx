import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { TemplateForm } from '@/components/commitments/admin/template-form';
import { templateFormSetup } from '@/components/commitments/admin/template-form-setup';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminCommitments', 'newTitle');

export default async function NewCommitmentTemplatePage() {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminCommitments' });
  const setup = await templateFormSetup(user);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/commitments" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <div className="rounded bg-white p-4 shadow">
        <TemplateForm {...setup} csrf={await staffCsrfToken(user)} initial={{ department: user.departmentCode }} />
      </div>
    </div>
  );
}

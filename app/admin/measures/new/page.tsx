import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { MeasureForm } from '@/components/measures/admin/measure-form';
import { measureFormSetup } from '@/components/measures/admin/measure-form-labels';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { emptyMeasureFormValues } from '@/lib/measures/measure-form-values';
import { staffCsrfToken } from '@/lib/security/csrf';
import { seesAllDepartments } from '@/lib/staff/scope';
import { requireStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminMeasures', 'newTitle');

export default async function NewMeasurePage() {
  const user = await requireStaff();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminMeasures' });
  return (
    <div className="space-y-4">
      <BackLink href="/admin/measures" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <div className="rounded bg-white p-4 shadow">
        <MeasureForm
          {...await measureFormSetup(user)}
          csrf={await staffCsrfToken(user)}
          initial={emptyMeasureFormValues(seesAllDepartments(user) ? '' : user.departmentCode)}
        />
      </div>
    </div>
  );
}

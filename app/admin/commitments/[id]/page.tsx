import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { StatusNotice } from '@/components/ui/status-notice';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { getCommitmentTemplateForStaff, templateFormValues } from '@/lib/commitments/staff-templates';
import { TemplateForm } from '@/components/commitments/admin/template-form';
import { templateFormSetup } from '@/components/commitments/admin/template-form-setup';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminCommitments', 'editTitle');

export default async function EditCommitmentTemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireStaff();
  const { id } = await params;
  if (!/^[1-9]\d{0,8}$/.test(id)) notFound();
  const template = await getCommitmentTemplateForStaff(Number(id));
  if (!template) notFound();
  const { saved } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminCommitments' });
  const setup = await templateFormSetup(user);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/commitments" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      {saved ? <StatusNotice>{t('saved')}</StatusNotice> : null}
      <div className="rounded bg-white p-4 shadow">
        <TemplateForm {...setup} templateId={template.id} csrf={await staffCsrfToken(user)} initial={templateFormValues(template)} />
      </div>
    </div>
  );
}

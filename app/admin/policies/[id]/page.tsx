import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { formValuesOfPolicy } from '@/lib/policies/policy-form-values';
import { getPolicyForStaff } from '@/lib/policies/staff-policies';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { CsrfField } from '@/components/forms/csrf-field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { StatusNotice } from '@/components/ui/status-notice';
import { Textarea } from '@/components/ui/textarea';
import { PolicyForm } from '@/components/policies/admin/policy-form';
import { policyFormSetup } from '@/components/policies/admin/policy-form-labels';
import { withdrawPolicyAction } from '../actions';
import { HeadedSection } from '@/components/ui/headed-section';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminPolicies', 'editTitle');

const NOTICES = ['csrfFailed', 'notOwnDepartment', 'reasonRequired', 'alreadyWithdrawn', 'personalIdNumber'] as const;

export default async function EditPolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; withdrawn?: string; error?: string }>;
}) {
  const user = await requireStaff();
  const { id: raw } = await params;
  if (!/^[1-9]\d{0,8}$/.test(raw)) notFound();
  const found = await getPolicyForStaff(user, Number(raw));
  if (!found) notFound();
  const { policy } = found;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminPolicies' });
  const sp = await searchParams;
  const error = NOTICES.find((n) => n === sp.error);
  const csrf = await staffCsrfToken(user);
  if (!found.mayManage) {
    return (
      <div className="space-y-4">
        <BackLink href="/admin/policies" label={t('backToList')} className="text-blue-800 underline" />
        <h1 className="text-2xl font-bold">{policy.title}</h1>
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
          {t('notOwn', { department: policy.department['zh-CN'] })}
        </p>
      </div>
    );
  }
  const setup = await policyFormSetup(user);
  return (
    <div className="space-y-4">
      <BackLink href="/admin/policies" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">
        {t('editTitle')}：{policy.title}
      </h1>
      {sp.saved ? <StatusNotice testId="policy-saved">{t('saved', { version: policy.version })}</StatusNotice> : null}
      {sp.withdrawn ? <StatusNotice>{t('withdrawnDone')}</StatusNotice> : null}
      <ErrorSummary
        items={
          error
            ? [
                error === 'reasonRequired' || error === 'personalIdNumber'
                  ? { text: t(`errors.${error}`), field: 'withdraw-reason' }
                  : { text: t(`errors.${error}`) },
              ]
            : []
        }
      />
      <p className="text-slate-700">
        {t(`status.${policy.status}`)} · {t('version', { version: policy.version })}
        {policy.status !== 'draft' ? (
          <>
            {' '}
            ·{' '}
            <a href={`/zh-CN/policies/${policy.id}`} className="text-blue-800 underline">
              {t('viewPublic')}
            </a>
          </>
        ) : null}
      </p>
      <div className="rounded bg-white p-4 shadow">
        <PolicyForm {...setup} csrf={csrf} policyId={policy.id} initial={formValuesOfPolicy(policy)} />
      </div>
      {policy.status !== 'withdrawn' ? (
        <HeadedSection
          id="withdraw-heading"
          heading={t('withdrawHeading')}
          className="space-y-2 rounded bg-white p-4 shadow"
          headingClassName="text-lg font-semibold"
        >
          <p className="text-sm text-slate-700">{t('withdrawIntro')}</p>
          <form action={withdrawPolicyAction} className="space-y-3">
            <CsrfField token={csrf} />
            <input type="hidden" name="policyId" value={policy.id} />
            <Textarea id="withdraw-reason" name="reason" label={t('withdrawReason')} required rows={2} maxLength={500} />
            <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-700">
              {t('withdrawSubmit')}
            </button>
          </form>
        </HeadedSection>
      ) : null}
    </div>
  );
}

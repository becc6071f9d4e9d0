import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CsrfField } from '@/components/forms/csrf-field';
import { MeasureForm } from '@/components/measures/admin/measure-form';
import { measureFormSetup } from '@/components/measures/admin/measure-form-labels';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { HeadedSection } from '@/components/ui/headed-section';
import { StatusNotice } from '@/components/ui/status-notice';
import { Textarea } from '@/components/ui/textarea';
import { ratingDate } from '@/lib/env';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { measureFormValuesOfRow } from '@/lib/measures/measure-form-values';
import { getMeasureForStaff } from '@/lib/measures/save-measure';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { endMeasureAction } from '../actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminMeasures', 'editTitle');

const NOTICES = ['csrfFailed', 'notOwnDepartment', 'reasonRequired', 'invalidDate', 'endBeforeStart'] as const;

export default async function EditMeasurePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; ended?: string; error?: string }>;
}) {
  const user = await requireStaff();
  const { id: raw } = await params;
  if (!/^[1-9]\d{0,8}$/.test(raw)) notFound();
  const found = await getMeasureForStaff(user, Number(raw));
  if (!found) notFound();
  const { measure } = found;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminMeasures' });
  const sp = await searchParams;
  const error = NOTICES.find((n) => n === sp.error);
  const heading = (
    <>
      <BackLink href="/admin/measures" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">
        {t('editTitle')}：{measure.title['zh-CN']}
      </h1>
    </>
  );
  if (!found.mayManage) {
    return (
      <div className="space-y-4">
        {heading}
        <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-3">
          {t('notOwn', { department: measure.department?.['zh-CN'] ?? t('form.allDepartments') })}
        </p>
      </div>
    );
  }
  const csrf = await staffCsrfToken(user);
  return (
    <div className="space-y-4">
      {heading}
      {sp.saved ? <StatusNotice testId="measure-saved">{t('saved', { version: measure.version })}</StatusNotice> : null}
      {sp.ended ? <StatusNotice testId="measure-ended">{t('endedDone', { date: measure.effectiveTo ?? '' })}</StatusNotice> : null}
      <ErrorSummary items={error ? [{ text: t(`errors.${error}`), field: error === 'reasonRequired' ? 'end-reason' : 'end-lastDay' }] : []} />
      <p className="text-slate-700">
        {t('version', { version: measure.version })} ·{' '}
        <a href={`/zh-CN/measures#${measure.code}`} className="text-blue-800 underline">
          {t('viewPublic')}
        </a>
      </p>
      <div className="rounded bg-white p-4 shadow">
        <MeasureForm {...await measureFormSetup(user)} csrf={csrf} measureId={measure.id} initial={measureFormValuesOfRow(measure)} />
      </div>
      <HeadedSection id="end-heading" heading={t('endHeading')} className="space-y-2 rounded bg-white p-4 shadow" headingClassName="text-lg font-semibold">
        <p className="text-sm text-slate-700">{t('endIntro')}</p>
        <form action={endMeasureAction} className="space-y-3">
          <CsrfField token={csrf} />
          <input type="hidden" name="measureId" value={measure.id} />
          <Field id="end-lastDay" name="lastDay" type="date" label={t('endLastDay')} required defaultValue={ratingDate()} />
          <Textarea id="end-reason" name="reason" label={t('endReason')} required rows={2} maxLength={500} />
          <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-700">
            {t('endSubmit')}
          </button>
        </form>
      </HeadedSection>
    </div>
  );
}

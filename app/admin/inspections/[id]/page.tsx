import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { ratingDate } from '@/lib/env';
import { INSPECTION_RESULTS } from '@/lib/domain/inspections';
import { getPlanForStaff } from '@/lib/inspections/staff-inspections';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { CsrfField } from '@/components/forms/csrf-field';
import { BackLink } from '@/components/ui/back-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, FieldShell, controlClass } from '@/components/ui/field';
import { HeadedSection } from '@/components/ui/headed-section';
import { StatusNotice } from '@/components/ui/status-notice';
import { TableHead } from '@/components/ui/table-head';
import { Textarea } from '@/components/ui/textarea';
import { PlanFacts } from '@/components/inspections/plan-facts';
import { drawPlanAction, enterResultAction } from '../actions';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminInspections', 'planTitle');

const ERRORS = [
  'csrf',
  'notOwnDepartment',
  'alreadyDrawn',
  'emptyPopulation',
  'notOnPlan',
  'notDrawn',
  'required',
  'invalidDate',
  'futureDate',
  'invalidResult',
  'invalidUscc',
  'deadlineRequired',
  'deadlineBeforeInspection',
  'tooLong',
  'invalidValue',
] as const;
const FIELDS = ['uscc', 'result', 'inspectedOn', 'correctionDeadline', 'findings', 'docNo'];

export default async function AdminInspectionPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; drawn?: string; saved?: string; error?: string; field?: string; uscc?: string }>;
}) {
  const user = await requireStaff();
  const { id: raw } = await params;
  if (!/^[1-9]\d{0,8}$/.test(raw)) notFound();
  const found = await getPlanForStaff(user, Number(raw));
  if (!found) notFound();
  const { plan, targets } = found;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminInspections' });
  const tp = await getTranslations({ locale: 'zh-CN', namespace: 'Inspections' });
  const sp = await searchParams;
  const error = ERRORS.find((e) => e === sp.error);
  const errorField = sp.field && FIELDS.includes(sp.field) ? sp.field : undefined;
  const csrf = await staffCsrfToken(user);
  const cell = 'border-b border-slate-200 px-3 py-2 text-left align-top';
  return (
    <div className="space-y-4">
      <BackLink href="/admin/inspections" label={t('backToList')} className="text-blue-800 underline" />
      <h1 className="text-2xl font-bold">{plan.title}</h1>
      {sp.created ? <StatusNotice>{t('created')}</StatusNotice> : null}
      {sp.drawn ? <StatusNotice testId="plan-drawn">{t('drawnNotice', { count: plan.drawnCount })}</StatusNotice> : null}
      {sp.saved ? <StatusNotice testId="result-saved">{t('savedNotice', { uscc: sp.saved })}</StatusNotice> : null}
      <ErrorSummary title={t('form.errorTitle')} items={error ? [{ text: t(`errors.${error}`), field: errorField }] : []} />
      <div className="rounded bg-white p-4 shadow">
        <PlanFacts plan={plan} locale="zh-CN" />
        <p className="mt-2 font-mono text-sm">
          {tp('seed')}：{plan.seed}
          {plan.snapshotSha256 ? ` · ${tp('snapshotHash')}：${plan.snapshotSha256}` : ''}
        </p>
        {plan.status !== 'draft' ? (
          <p className="mt-2">
            <a href={`/zh-CN/inspections/${plan.id}`} className="text-blue-800 underline">
              {t('viewPublic')}
            </a>
          </p>
        ) : null}
      </div>
      {plan.status === 'draft' ? (
        <form action={drawPlanAction} className="space-y-2 rounded bg-white p-4 shadow">
          <p className="text-slate-700">{t('drawIntro')}</p>
          <CsrfField token={csrf} />
          <input type="hidden" name="planId" value={plan.id} />
          <button type="submit" className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
            {t('drawSubmit')}
          </button>
        </form>
      ) : (
        <>
          <HeadedSection
            id="targets-heading"
            heading={t('targetsHeading')}
            className="rounded bg-white p-4 shadow"
            headingClassName="mb-2 text-lg font-semibold"
          >
            <div role="region" aria-label={t('targetsHeading')} tabIndex={0} className="overflow-x-auto">
              <table className="w-full border-collapse text-sm">
                <TableHead
                  cellClassName={`${cell} font-semibold`}
                  columns={[tp('colOrder'), tp('colFirm'), t('colInspectorNames'), tp('colResult'), tp('colInspectedOn'), tp('colDeadline')]}
                />
                <tbody>
                  {targets.map((x) => (
                    <tr key={x.id}>
                      <td className={cell}>{x.drawPosition === null ? tp('reasons.follow_up') : x.drawPosition + 1}</td>
                      <td className={cell}>
                        {x.name}
                        <div className="font-mono text-xs">{x.uscc}</div>
                      </td>
                      <td className={cell}>{x.inspectorNames.join('、')}</td>
                      <td className={cell}>{x.result ? tp(`results.${x.result}`) : tp('pendingResult')}</td>
                      <td className={cell}>{x.inspectedOn ?? ''}</td>
                      <td className={cell}>{x.correctionDeadline ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </HeadedSection>
          <HeadedSection id="results" heading={t('resultHeading')} className="rounded bg-white p-4 shadow" headingClassName="mb-2 text-lg font-semibold">
            <form action={enterResultAction} className="space-y-3">
              <CsrfField token={csrf} />
              <input type="hidden" name="planId" value={plan.id} />
              <FieldShell id="uscc" label={t('form.firm')}>
                <select id="uscc" name="uscc" defaultValue={sp.uscc ?? ''} className={controlClass()}>
                  {targets.map((x) => (
                    <option key={x.id} value={x.uscc}>
                      {x.name}（{x.uscc}）
                    </option>
                  ))}
                </select>
              </FieldShell>
              <FieldShell id="result" label={t('form.result')}>
                <select id="result" name="result" className={controlClass()}>
                  {INSPECTION_RESULTS.map((r) => (
                    <option key={r} value={r}>
                      {tp(`results.${r}`)}
                    </option>
                  ))}
                </select>
              </FieldShell>
              <Field id="inspectedOn" label={t('form.inspectedOn')} type="date" defaultValue={ratingDate()} />
              <Field id="correctionDeadline" label={t('form.correctionDeadline')} hint={t('form.correctionDeadlineHint')} type="date" />
              <Textarea id="findings" label={t('form.findings')} rows={3} maxLength={2000} />
              <Field id="docNo" label={t('form.docNo')} maxLength={100} />
              <button type="submit" className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
                {t('form.resultSubmit')}
              </button>
            </form>
          </HeadedSection>
        </>
      )}
    </div>
  );
}

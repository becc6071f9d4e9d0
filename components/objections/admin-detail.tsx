import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CsrfField } from '@/components/forms/csrf-field';
import { decideApplicationAction } from '@/app/admin/objections/actions';
import { getApplicationForStaff, listDepartmentsForAdmin, type StaffApplicationDetail } from '@/lib/db/queries/applications';
import { OPEN_APPLICATION_STATUSES, type ApplicationKind } from '@/lib/domain/objections';
import { SEVERITIES } from '@/lib/domain/vocabulary';
import { ratingDate } from '@/lib/env';
import { staffCsrfToken } from '@/lib/security/csrf';
import { requireStaff } from '@/lib/staff/session';
import { DaysLeft } from './admin-queue';

export type DetailSearchParams = { done?: string; error?: string };

const ERRORS = ['replyRequired', 'invalidCorrection', 'wrongState', 'notAllowed', 'csrf'] as const;
const ACTIONS = ['suspend', 'resume', 'correct', 'revoke', 'uphold', 'approve', 'refuse', 'reassign'] as const;

const fieldClass = 'mt-1 w-full rounded border-2 border-slate-500 px-2 py-1.5';
const buttonClass = 'mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800';

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * One objection or repair request for staff. A reviewer of another department gets the same 404 as
 * for an id that does not exist (the query is scoped in its WHERE clause).
 */
export async function ApplicationDetail({ kind, id, searchParams }: { kind: ApplicationKind; id: string; searchParams: DetailSearchParams }) {
  const user = await requireStaff();
  if (!/^\d{1,15}$/.test(id)) notFound();
  const app = await getApplicationForStaff(Number(id), kind, user.role === 'admin' ? null : user.departmentId);
  if (!app) notFound();
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
  const tApp = await getTranslations({ locale: 'zh-CN', namespace: 'Application' });
  const tKinds = await getTranslations({ locale: 'zh-CN', namespace: 'Kinds' });
  const tSev = await getTranslations({ locale: 'zh-CN', namespace: 'Severities' });
  const tRec = await getTranslations({ locale: 'zh-CN', namespace: 'RecordStatuses' });
  const csrf = await staffCsrfToken(user);
  const today = ratingDate();
  const open = (OPEN_APPLICATION_STATUSES as readonly string[]).includes(app.status);
  const base = kind === 'objection' ? '/admin/objections' : '/admin/repairs';
  const error = ERRORS.find((e) => e === searchParams.error);
  const done = ACTIONS.find((a) => a === searchParams.done);
  const departments = user.role === 'admin' && open ? await listDepartmentsForAdmin() : [];

  const hidden = (action: string) => (
    <>
      <CsrfField token={csrf} />
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="action" value={action} />
    </>
  );
  const replyField = (action: string, label: string) => (
    <div className="mt-2">
      <label htmlFor={`${action}-reply`} className="block font-semibold">{label}</label>
      <textarea id={`${action}-reply`} name="reply" rows={3} required maxLength={4000} className={fieldClass} />
    </div>
  );
  const noteField = (action: string) => (
    <div className="mt-2">
      <label htmlFor={`${action}-note`} className="block">{t('noteLabel')}</label>
      <textarea id={`${action}-note`} name="note" rows={2} maxLength={4000} className={fieldClass} />
    </div>
  );
  const panel = (action: string, heading: string, body: React.ReactNode, help?: string) => (
    <section key={action} aria-labelledby={`${action}-heading`} className="rounded bg-white p-4 shadow-sm">
      <h3 id={`${action}-heading`} className="font-semibold">{heading}</h3>
      {help ? <p className="text-sm text-slate-700">{help}</p> : null}
      <form action={decideApplicationAction}>
        {hidden(action)}
        {body}
        <button type="submit" className={buttonClass}>{t(`actions.${action}`)}</button>
      </form>
    </section>
  );

  return (
    <div className="space-y-6">
      <p><Link href={base} className="text-brand-700 underline">{t('backToQueue')}</Link></p>
      <h1 className="text-2xl font-bold">{t('detailTitle', { trackingNo: app.trackingNo })}</h1>
      {done ? <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">{t('done', { action: t(`actions.${done}`) })}</p> : null}
      {error ? <p role="alert" className="border-l-4 border-red-700 bg-red-50 p-3 font-semibold">{t(`errors.${error}`)}</p> : null}

      <section aria-labelledby="summary-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="summary-heading" className="text-lg font-semibold">{t('summary')}</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">{t('status')}</dt>
          <dd data-testid="application-status">{t(`statuses.${app.status}`)}</dd>
          <dt className="font-semibold">{t('submittedOn')}</dt>
          <dd>{app.submittedOn}</dd>
          <dt className="font-semibold">{t('deadline')}</dt>
          <dd>{app.deadline}（<DaysLeft status={app.status} deadline={app.deadline} today={today} t={t} />）</dd>
          <dt className="font-semibold">{t('department')}</dt>
          <dd>{app.departmentName ?? '—'}</dd>
          <dt className="font-semibold">{t('entity')}</dt>
          <dd>
            {app.entityName}（<span className="font-mono">{app.uscc}</span>）{' '}
            <a href={`/zh-CN/entities/${app.uscc}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">{t('viewProfile')}</a>
          </dd>
          {app.reason ? (
            <>
              <dt className="font-semibold">{t('reason')}</dt>
              <dd>{tApp(`reasons.${app.reason}`)}</dd>
            </>
          ) : null}
          {kind === 'repair' ? (
            <>
              <dt className="font-semibold">{t('commitment')}</dt>
              <dd>{app.commitmentSigned ? t('commitmentSigned') : '—'}</dd>
            </>
          ) : null}
        </dl>
        <h3 className="mt-3 font-semibold">{t('description')}</h3>
        <p className="whitespace-pre-wrap">{app.description}</p>
        {app.reply ? (
          <>
            <h3 className="mt-3 font-semibold">{t('reply')}</h3>
            <p className="whitespace-pre-wrap">{app.reply}</p>
          </>
        ) : null}
      </section>

      {app.record ? <RecordPanel record={app.record} t={t} kindLabel={tKinds(app.record.kind)} severityLabel={app.record.severity ? tSev(app.record.severity) : '—'} statusLabel={tRec(app.record.status)} /> : null}

      <section aria-labelledby="applicant-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="applicant-heading" className="text-lg font-semibold">{t('applicant')}</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold">{t('applicantType')}</dt>
          <dd>{tApp(`applicantTypes.${app.applicantType}`)}</dd>
          <dt className="font-semibold">{t('applicantName')}</dt>
          <dd>{app.applicantName}</dd>
          {app.applicantUscc ? (
            <>
              <dt className="font-semibold">{t('applicantUscc')}</dt>
              <dd className="font-mono">{app.applicantUscc}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t('phone')}</dt>
          <dd>{app.contactPhone ?? '—'}</dd>
          <dt className="font-semibold">{t('email')}</dt>
          <dd>{app.contactEmail ?? '—'}</dd>
        </dl>
      </section>

      <section aria-labelledby="evidence-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="evidence-heading" className="text-lg font-semibold">{t('evidence')}</h2>
        {app.files.length === 0 ? (
          <p>{t('noEvidence')}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {app.files.map((f) => (
              <li key={f.id}>
                <a href={`/admin/objections/evidence/${f.id}`} download className="text-brand-700 underline">{t('download', { name: f.originalName, size: formatSize(f.sizeBytes) })}</a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="timeline-heading" className="text-lg font-semibold">{t('timeline')}</h2>
        <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4">
          {app.events.map((e, i) => (
            <li key={i}>
              <time className="text-sm text-slate-600">{e.at}</time> {t(`events.${e.event}`)}{e.staffName ? `（${e.staffName}）` : ''}
              {e.note ? <p className="whitespace-pre-wrap text-slate-700">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="decide-heading" className="space-y-4">
        <h2 id="decide-heading" className="text-lg font-semibold">{t('decide')}</h2>
        {!open ? (
          <p className="rounded bg-white p-4">{t('closedNote')}</p>
        ) : kind === 'objection' ? (
          <>
            {app.record && app.status === 'open' ? panel('suspend', t('suspendHeading'), noteField('suspend'), t('suspendHelp')) : null}
            {app.record && app.status === 'suspended' ? panel('resume', t('resumeHeading'), noteField('resume')) : null}
            {app.record ? panel('correct', t('correctHeading'), <CorrectionFields record={app.record} t={t} severityLabel={(s) => tSev(s)} />, t('correctHelp')) : null}
            {app.record ? panel('revoke', t('revokeHeading'), replyField('revoke', t('replyLabel')), t('revokeHelp')) : null}
            {panel('uphold', t('upholdHeading'), replyField('uphold', t('replyLabel')))}
          </>
        ) : (
          <>
            {panel('approve', t('approveHeading'), replyField('approve', t('replyLabel')), t('approveHelp'))}
            {panel('refuse', t('refuseHeading'), replyField('refuse', t('reasonsLabel')))}
          </>
        )}
        {open && user.role === 'admin'
          ? panel(
              'reassign',
              t('reassignHeading'),
              <>
                <div className="mt-2">
                  <label htmlFor="reassign-department" className="block font-semibold">{t('reassignTo')}</label>
                  <select id="reassign-department" name="departmentId" required defaultValue={app.departmentId ?? ''} className={`${fieldClass} bg-white sm:w-96`}>
                    {departments.map((d) => (
                      <option key={d.id} value={d.id}>{d.name}</option>
                    ))}
                  </select>
                </div>
                {noteField('reassign')}
              </>,
            )
          : null}
      </section>
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations>>;

function RecordPanel({ record, t, kindLabel, severityLabel, statusLabel }: { record: NonNullable<StaffApplicationDetail['record']>; t: T; kindLabel: string; severityLabel: string; statusLabel: string }) {
  return (
    <section aria-labelledby="record-heading" className="rounded bg-white p-4 shadow-sm">
      <h2 id="record-heading" className="text-lg font-semibold">{t('record')}</h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t('recordStatus')}</dt>
        <dd data-testid="record-status">{statusLabel}</dd>
        <dt className="font-semibold">{t('recordKind')}</dt>
        <dd>{kindLabel}</dd>
        <dt className="font-semibold">{t('recordTitle')}</dt>
        <dd>{record.title}</dd>
        <dt className="font-semibold">{t('recordDocNo')}</dt>
        <dd>{record.docNo ?? '—'}</dd>
        <dt className="font-semibold">{t('recordDecisionDate')}</dt>
        <dd>{record.decisionDate}</dd>
        {record.kind === 'penalty' ? (
          <>
            <dt className="font-semibold">{t('recordSeverity')}</dt>
            <dd>{severityLabel}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('recordContent')}</dt>
        <dd className="whitespace-pre-wrap">{record.content ?? '—'}</dd>
      </dl>
    </section>
  );
}

function CorrectionFields({ record, t, severityLabel }: { record: NonNullable<StaffApplicationDetail['record']>; t: T; severityLabel: (s: string) => string }) {
  return (
    <div className="mt-2 grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <label htmlFor="correct-title" className="block font-semibold">{t('recordTitle')}</label>
        <input id="correct-title" name="title" required maxLength={300} defaultValue={record.title} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="correct-docNo" className="block font-semibold">{t('recordDocNo')}</label>
        <input id="correct-docNo" name="docNo" maxLength={100} defaultValue={record.docNo ?? ''} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="correct-decisionDate" className="block font-semibold">{t('recordDecisionDate')}</label>
        <input id="correct-decisionDate" name="decisionDate" type="date" required defaultValue={record.decisionDate} className={fieldClass} />
      </div>
      {record.kind === 'penalty' ? (
        <div>
          <label htmlFor="correct-severity" className="block font-semibold">{t('recordSeverity')}</label>
          <select id="correct-severity" name="severity" defaultValue={record.severity ?? ''} className={`${fieldClass} bg-white`}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>{severityLabel(s)}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="sm:col-span-2">
        <label htmlFor="correct-content" className="block font-semibold">{t('recordContent')}</label>
        <textarea id="correct-content" name="content" rows={3} maxLength={4000} defaultValue={record.content ?? ''} className={fieldClass} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="correct-reply" className="block font-semibold">{t('replyLabel')}</label>
        <textarea id="correct-reply" name="reply" rows={3} required maxLength={4000} className={fieldClass} />
      </div>
    </div>
  );
}

// The read-only panels of a staff application page: summary, record, applicant, evidence, timeline.
import type { getTranslations } from 'next-intl/server';
import type { StaffApplicationDetail } from '@/lib/objections/staff-applications';
import type { ApplicationKind } from '@/lib/domain/objections';
import { DaysLeft } from '../admin-queue';
import { HeadedSection } from '@/components/ui/headed-section';

export type T = Awaited<ReturnType<typeof getTranslations>>;

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Status, dates, department, entity, reason, the applicant's description and the reply. */
export function SummaryPanel({ app, kind, today, t, tApp }: { app: StaffApplicationDetail; kind: ApplicationKind; today: string; t: T; tApp: T }) {
  return (
    <HeadedSection id="summary-heading" heading={t('summary')} className="rounded bg-white p-4 shadow-sm" headingClassName="text-lg font-semibold">
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t('status')}</dt>
        <dd data-testid="application-status">{t(`statuses.${app.status}`)}</dd>
        <dt className="font-semibold">{t('submittedOn')}</dt>
        <dd>{app.submittedOn}</dd>
        <dt className="font-semibold">{t('deadline')}</dt>
        <dd>
          {app.deadline}（<DaysLeft status={app.status} deadline={app.deadline} today={today} t={t} />）
        </dd>
        <dt className="font-semibold">{t('department')}</dt>
        <dd>{app.departmentName ?? '—'}</dd>
        <dt className="font-semibold">{t('entity')}</dt>
        <dd>
          {app.entityName}（<span className="font-mono">{app.uscc}</span>）{' '}
          <a href={`/zh-CN/entities/${app.uscc}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
            {t('viewProfile')}
          </a>
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
            <dt className="font-semibold">{t('routes')}</dt>
            <dd data-testid="repair-routes">{app.repairRoutes.length > 0 ? app.repairRoutes.map((r) => tApp(`repairRoutes.${r}`)).join('、') : '—'}</dd>
            <dt className="font-semibold">{t('actingRole')}</dt>
            <dd>{app.actingRole ? tApp(`actingRoles.${app.actingRole}`) : '—'}</dd>
            {app.authorityVerifiedBy ? (
              <>
                <dt className="font-semibold">{t('authorityVerifiedBy')}</dt>
                <dd>{app.authorityVerifiedBy}</dd>
              </>
            ) : null}
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
    </HeadedSection>
  );
}

export function RecordPanel({
  record,
  t,
  kindLabel,
  severityLabel,
  statusLabel,
}: {
  record: NonNullable<StaffApplicationDetail['record']>;
  t: T;
  kindLabel: string;
  severityLabel: string;
  statusLabel: string;
}) {
  return (
    <HeadedSection id="record-heading" heading={t('record')} className="rounded bg-white p-4 shadow-sm" headingClassName="text-lg font-semibold">
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
    </HeadedSection>
  );
}

/** Who applied and how to reach them (staff only: personal data). */
export function ApplicantPanel({ app, t, tApp }: { app: StaffApplicationDetail; t: T; tApp: T }) {
  return (
    <HeadedSection id="applicant-heading" heading={t('applicant')} className="rounded bg-white p-4 shadow-sm" headingClassName="text-lg font-semibold">
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
    </HeadedSection>
  );
}

/** The evidence files, each a download link (downloads are audited). */
export function EvidencePanel({ app, t }: { app: StaffApplicationDetail; t: T }) {
  return (
    <HeadedSection id="evidence-heading" heading={t('evidence')} className="rounded bg-white p-4 shadow-sm" headingClassName="text-lg font-semibold">
      {app.files.length === 0 ? (
        <p>{t('noEvidence')}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {app.files.map((f) => (
            <li key={f.id}>
              {f.purpose === 'authorisation' ? <span className="font-semibold">{t('authorisationFile')}：</span> : null}
              <a href={`/admin/objections/evidence/${f.id}`} download className="text-brand-700 underline">
                {t('download', { name: f.originalName, size: formatSize(f.sizeBytes) })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </HeadedSection>
  );
}

/** The application's events, oldest first. */
export function TimelinePanel({ app, t }: { app: StaffApplicationDetail; t: T }) {
  return (
    <HeadedSection id="timeline-heading" heading={t('timeline')} className="rounded bg-white p-4 shadow-sm" headingClassName="text-lg font-semibold">
      <ol className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4">
        {app.events.map((e, i) => (
          <li key={i}>
            <time className="text-sm text-slate-600">{e.at}</time> {t(`events.${e.event}`)}
            {e.staffName ? `（${e.staffName}）` : ''}
            {e.note ? <p className="whitespace-pre-wrap text-slate-700">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </HeadedSection>
  );
}

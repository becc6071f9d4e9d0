// A staff member's page of one objection or repair request: the read-only panels and the decision
// forms. The route (app/admin/objections/application-routes.tsx) signs in, parses, fetches and 404s.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/ui/error-summary';
import type { ApplicationKind } from '@/lib/domain/objections';
import type { DepartmentOption, StaffApplicationDetail } from '@/lib/objections/staff-applications';
import { DECISION_ACTIONS, type DecisionAction } from '@/lib/objections/transitions';
import { DecisionPanels } from './admin-detail/decision-panels';
import { ApplicantPanel, EvidencePanel, RecordPanel, SummaryPanel, TimelinePanel } from './admin-detail/read-panels';

export type DetailSearchParams = { done?: string; error?: string };

const ERRORS = ['replyRequired', 'invalidCorrection', 'authorityUnverified', 'wrongState', 'notAllowed', 'csrf'] as const;

export interface ApplicationDetailProps {
  kind: ApplicationKind;
  app: StaffApplicationDetail;
  /** Departments to reassign to (admins, open applications). */
  departments: readonly DepartmentOption[];
  /** The decisions this staff member may take now (lib/objections/transitions.ts). */
  actions: readonly DecisionAction[];
  csrf: string;
  today: string;
  searchParams: DetailSearchParams;
}

/** One objection or repair request for staff. */
export async function ApplicationDetail({ kind, app, departments, actions, csrf, today, searchParams }: ApplicationDetailProps) {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
  const tApp = await getTranslations({ locale: 'zh-CN', namespace: 'Application' });
  const tKinds = await getTranslations({ locale: 'zh-CN', namespace: 'Kinds' });
  const tSev = await getTranslations({ locale: 'zh-CN', namespace: 'Severities' });
  const tRec = await getTranslations({ locale: 'zh-CN', namespace: 'RecordStatuses' });
  const base = kind === 'objection' ? '/admin/objections' : '/admin/repairs';
  const error = ERRORS.find((e) => e === searchParams.error);
  const done = DECISION_ACTIONS.find((a) => a === searchParams.done);

  return (
    <div className="space-y-6">
      <p>
        <Link href={base} className="text-brand-700 underline">
          {t('backToQueue')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('detailTitle', { trackingNo: app.trackingNo })}</h1>
      {done ? (
        <p role="status" className="border-l-4 border-green-700 bg-green-50 p-3 font-semibold">
          {t('done', { action: t(`actions.${done}`) })}
        </p>
      ) : null}
      <ErrorSummary items={error ? [{ text: t(`errors.${error}`) }] : []} />
      <SummaryPanel app={app} kind={kind} today={today} t={t} tApp={tApp} />
      {app.record ? (
        <RecordPanel
          record={app.record}
          t={t}
          kindLabel={tKinds(app.record.kind)}
          severityLabel={app.record.severity ? tSev(app.record.severity) : '—'}
          statusLabel={tRec(app.record.status)}
        />
      ) : null}
      <ApplicantPanel app={app} t={t} tApp={tApp} />
      <EvidencePanel app={app} t={t} />
      <TimelinePanel app={app} t={t} />
      <DecisionPanels app={app} kind={kind} actions={actions} departments={departments} csrf={csrf} t={t} tSev={tSev} />
    </div>
  );
}

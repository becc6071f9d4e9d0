// The decision forms of a staff application page: one panel per action the state machine
// (lib/objections/transitions.ts) allows for this application and staff member.
import type { ReactNode } from 'react';
import { CsrfField } from '@/components/forms/csrf-field';
import { decideApplicationAction } from '@/app/admin/objections/actions';
import type { ApplicationKind } from '@/lib/domain/objections';
import { SEVERITIES } from '@/lib/domain/vocabulary';
import type { DepartmentOption, StaffApplicationDetail } from '@/lib/objections/staff-applications';
import type { DecisionAction } from '@/lib/objections/transitions';
import type { T } from './read-panels';

const fieldClass = 'mt-1 w-full rounded border-2 border-slate-500 px-2 py-1.5';
const buttonClass = 'mt-3 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800';

interface DecisionPanelsProps {
  app: StaffApplicationDetail;
  kind: ApplicationKind;
  /** The actions to offer, in order (availableActions). */
  actions: readonly DecisionAction[];
  departments: readonly DepartmentOption[];
  csrf: string;
  t: T;
  tSev: T;
}

/** "Decide": the closed note, or a form per allowed action. */
export function DecisionPanels({ app, kind, actions, departments, csrf, t, tSev }: DecisionPanelsProps) {
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
  const panel = (action: string, heading: string, body: ReactNode, help?: string) => (
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
  const panels: Record<DecisionAction, () => ReactNode> = {
    suspend: () => panel('suspend', t('suspendHeading'), noteField('suspend'), t('suspendHelp')),
    resume: () => panel('resume', t('resumeHeading'), noteField('resume')),
    correct: () => (app.record ? panel('correct', t('correctHeading'), <CorrectionFields record={app.record} t={t} severityLabel={(s) => tSev(s)} />, t('correctHelp')) : null),
    revoke: () => panel('revoke', t('revokeHeading'), replyField('revoke', t('replyLabel')), t('revokeHelp')),
    uphold: () => panel('uphold', t('upholdHeading'), replyField('uphold', t('replyLabel'))),
    approve: () => panel('approve', t('approveHeading'), replyField('approve', t('replyLabel')), t('approveHelp')),
    refuse: () => panel('refuse', t('refuseHeading'), replyField('refuse', t('reasonsLabel'))),
    reassign: () =>
      panel(
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
      ),
  };
  return (
    <section aria-labelledby="decide-heading" className="space-y-4">
      <h2 id="decide-heading" className="text-lg font-semibold">{t('decide')}</h2>
      {actions.length === 0 ? <p className="rounded bg-white p-4">{t('closedNote')}</p> : actions.map((action) => panels[action]())}
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

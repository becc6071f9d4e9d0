// The decision forms of a staff application page: one panel per action the state machine
// (lib/objections/transitions.ts) allows for this application and staff member.
import type { ReactNode } from 'react';
import { CsrfField } from '@/components/forms/csrf-field';
import { CheckboxField, controlClass, Field, FieldShell } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { decideApplicationAction } from '@/app/admin/objections/actions';
import type { ApplicationKind } from '@/lib/domain/objections';
import { SEVERITIES } from '@/lib/domain/vocabulary';
import type { DepartmentOption, StaffApplicationDetail } from '@/lib/objections/staff-applications';
import type { DecisionAction } from '@/lib/objections/transitions';
import type { T } from './read-panels';
import { HeadedSection } from '@/components/ui/headed-section';
import { SelectOptions } from '@/components/ui/select-options';

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
    <Textarea id={`${action}-reply`} name="reply" label={label} className="mt-2" rows={3} required maxLength={4000} />
  );
  const noteField = (action: string) => (
    <Textarea id={`${action}-note`} name="note" label={t('noteLabel')} labelClassName="block" className="mt-2" rows={2} maxLength={4000} />
  );
  const panel = (action: string, heading: string, body: ReactNode, help?: string) => (
    <section key={action} aria-labelledby={`${action}-heading`} className="rounded bg-white p-4 shadow-sm">
      <h3 id={`${action}-heading`} className="font-semibold">
        {heading}
      </h3>
      {help ? <p className="text-sm text-slate-700">{help}</p> : null}
      <form action={decideApplicationAction}>
        {hidden(action)}
        {body}
        <button type="submit" className={buttonClass}>
          {t(`actions.${action}`)}
        </button>
      </form>
    </section>
  );
  const panels: Record<DecisionAction, () => ReactNode> = {
    suspend: () => panel('suspend', t('suspendHeading'), noteField('suspend'), t('suspendHelp')),
    resume: () => panel('resume', t('resumeHeading'), noteField('resume')),
    correct: () =>
      app.record
        ? panel('correct', t('correctHeading'), <CorrectionFields record={app.record} t={t} severityLabel={(s) => tSev(s)} />, t('correctHelp'))
        : null,
    revoke: () => panel('revoke', t('revokeHeading'), replyField('revoke', t('replyLabel')), t('revokeHelp')),
    uphold: () => panel('uphold', t('upholdHeading'), replyField('uphold', t('replyLabel'))),
    approve: () =>
      panel(
        'approve',
        t('approveHeading'),
        <>
          {replyField('approve', t('replyLabel'))}
          <CheckboxField id="approve-authorityVerified" name="authorityVerified" label={t('authorityVerified')} className="mt-2" />
        </>,
        t('approveHelp'),
      ),
    refuse: () => panel('refuse', t('refuseHeading'), replyField('refuse', t('reasonsLabel'))),
    reassign: () =>
      panel(
        'reassign',
        t('reassignHeading'),
        <>
          <FieldShell id="reassign-department" label={t('reassignTo')} className="mt-2">
            <select id="reassign-department" name="departmentId" required defaultValue={app.departmentId ?? ''} className={controlClass(undefined, 'sm:w-96')}>
              <SelectOptions options={departments.map((d) => ({ value: d.id, label: d.name }))} />
            </select>
          </FieldShell>
          {noteField('reassign')}
        </>,
      ),
  };
  return (
    <HeadedSection id="decide-heading" heading={t('decide')} className="space-y-4" headingClassName="text-lg font-semibold">
      {actions.length === 0 ? <p className="rounded bg-white p-4">{t('closedNote')}</p> : actions.map((action) => panels[action]())}
    </HeadedSection>
  );
}

function CorrectionFields({ record, t, severityLabel }: { record: NonNullable<StaffApplicationDetail['record']>; t: T; severityLabel: (s: string) => string }) {
  return (
    <div className="mt-2 grid gap-3 sm:grid-cols-2">
      <Field id="correct-title" name="title" label={t('recordTitle')} className="sm:col-span-2" required maxLength={300} defaultValue={record.title} />
      <Field id="correct-docNo" name="docNo" label={t('recordDocNo')} maxLength={100} defaultValue={record.docNo ?? ''} />
      <Field id="correct-decisionDate" name="decisionDate" label={t('recordDecisionDate')} type="date" required defaultValue={record.decisionDate} />
      {record.kind === 'penalty' ? (
        <FieldShell id="correct-severity" label={t('recordSeverity')}>
          <select id="correct-severity" name="severity" defaultValue={record.severity ?? ''} className={controlClass()}>
            <SelectOptions options={SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) }))} />
          </select>
        </FieldShell>
      ) : null}
      <Textarea
        id="correct-content"
        name="content"
        label={t('recordContent')}
        className="sm:col-span-2"
        rows={3}
        maxLength={4000}
        defaultValue={record.content ?? ''}
      />
      <Textarea id="correct-reply" name="reply" label={t('replyLabel')} className="sm:col-span-2" rows={3} required maxLength={4000} />
    </div>
  );
}

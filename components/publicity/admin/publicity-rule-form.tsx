'use client';
import { useActionState } from 'react';
import { addPublicityRuleAction, type PublicityRuleFormState } from '@/app/admin/catalogue/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { controlAria, controlClass, Field, FieldShell } from '@/components/ui/field';
import { SelectOptions } from '@/components/ui/select-options';
import { Textarea } from '@/components/ui/textarea';

type Option = { value: string; label: string };

export interface PublicityRuleFormProps {
  csrf: string;
  /** Field labels and buttons, by key (AdminCatalogue.*, translated on the server). */
  labels: Record<string, string>;
  /** The message of each issue code (AdminCatalogue.errors.*, with {today} filled in). */
  errorMessages: Record<string, string>;
  kinds: Option[];
  severities: Option[];
}

const INITIAL_STATE: PublicityRuleFormState = { version: 0, values: {}, errors: [] };

/** A new version of one catalogue entry: error summary at the top, answers kept after a refusal, works without JavaScript. */
export function PublicityRuleForm({ csrf, labels, errorMessages, kinds, severities }: PublicityRuleFormProps) {
  const [state, action, pending] = useActionState<PublicityRuleFormState, FormData>(addPublicityRuleAction, INITIAL_STATE);
  const v = state.values;
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const notes = (field: string) => ({ error: err(field), errorPrefix: labels.errorPrefix });
  const text = (field: string, type = 'text', fallback = '') => (
    <Field id={field} label={labels[field] ?? field} {...notes(field)} type={type} defaultValue={v[field] ?? fallback} />
  );
  const select = (field: 'kind' | 'severity', options: Option[], choose: string) => (
    <FieldShell id={field} label={labels[field]} {...notes(field)}>
      <select id={field} name={field} defaultValue={v[field] ?? ''} className={controlClass(err(field))} {...controlAria(field, { error: err(field) })}>
        <option value="">{choose}</option>
        <SelectOptions options={options} />
      </select>
    </FieldShell>
  );
  const checkbox = (field: 'countsTowardLevel' | 'repairBeforeMax') => (
    <label className="flex items-center gap-2">
      <input type="checkbox" id={field} name={field} value="yes" defaultChecked={state.version === 0 ? true : v[field] === 'yes'} className="h-5 w-5" />
      {labels[field]}
    </label>
  );
  const summary = state.errors.map((i) =>
    i.field === 'form' ? { text: message(i.code) } : { text: `${labels[i.field] ?? i.field}：${message(i.code)}`, field: i.field },
  );
  return (
    <form key={state.version} action={action} className="space-y-4" noValidate>
      <ErrorSummary title={labels.errorSummary ?? ''} items={summary} focusKey={state.errors} testId="catalogue-form-errors" />
      <input type="hidden" name="csrf" value={csrf} />
      <div className="grid gap-4 sm:grid-cols-2">
        {select('kind', kinds, labels.choose ?? '')}
        {select('severity', severities, labels.severityNone ?? '')}
        {text('minMonths', 'number')}
        {text('maxMonths', 'number')}
        {text('collectionWorkingDays', 'number', '7')}
        {text('effectiveFrom', 'date')}
      </div>
      {checkbox('countsTowardLevel')}
      {checkbox('repairBeforeMax')}
      <Textarea id="note" label={labels.note ?? ''} {...notes('note')} rows={2} defaultValue={v.note ?? ''} />
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}

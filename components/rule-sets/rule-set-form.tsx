'use client';
import { useActionState } from 'react';
import { addRuleSetAction, type RuleSetFormState } from '@/app/admin/rule-sets/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxGroup, Field } from '@/components/ui/field';
import type { RuleSetFormValues } from '@/lib/rule-sets/rule-set-form';

type Option = { value: string; label: string };

export interface RuleSetFormProps {
  csrf: string;
  initial: RuleSetFormValues;
  /** Field labels, hints and buttons, by key (translated on the server). */
  labels: Record<string, string>;
  /** The message of each issue code (AdminRuleSets.errors.*, translated on the server, `{today}` filled in). */
  errorMessages: Record<string, string>;
  listingKinds: Option[];
  recordKinds: Option[];
}

const INITIAL_STATE: RuleSetFormState = { version: 0, values: null, errors: [] };

type TextField = 'version' | 'effectiveFrom' | 'windowYears' | 'yellowMin' | 'redMin' | 'minCount' | 'redAtOrBelowRate' | 'yellowBelowRate';

/** The new rule set version form: error summary linking to the fields, answers kept after a refusal, works without JavaScript. */
export function RuleSetForm({ csrf, initial, labels, errorMessages, listingKinds, recordKinds }: RuleSetFormProps) {
  const [state, action, pending] = useActionState<RuleSetFormState, FormData>(addRuleSetAction, INITIAL_STATE);
  const v = state.values ?? initial;
  const message = (code: string) => errorMessages[code] ?? errorMessages.invalidValue ?? code;
  const err = (field: string) => {
    const issue = state.errors.find((i) => i.field === field);
    return issue ? message(issue.code) : undefined;
  };
  const notes = (field: string, hint?: string) => ({ hint, error: err(field), errorPrefix: labels.errorPrefix });
  const text = (field: TextField, opts: { type?: string; hint?: string; inputMode?: 'numeric' | 'decimal' } = {}) => (
    <Field id={field} label={labels[field]} {...notes(field, opts.hint)} type={opts.type ?? 'text'} inputMode={opts.inputMode} defaultValue={v[field]} />
  );
  const kinds = (field: 'blackListingKinds' | 'blackRecordKinds' | 'redListingKinds', options: Option[]) => (
    <CheckboxGroup
      id={field}
      name={field}
      legend={labels[field]}
      {...notes(field)}
      options={options}
      checked={v[field]}
      className="mt-1 flex flex-wrap gap-4"
    />
  );
  const summary = state.errors.map((i) =>
    i.field === 'form' ? { text: message(i.code) } : { text: `${labels[i.field] ?? i.field}：${message(i.code)}`, field: i.field },
  );
  return (
    // The key resets uncontrolled fields to the echoed values after each refused submission.
    <form key={state.version} action={action} className="space-y-5" noValidate>
      <ErrorSummary title={labels.errorSummary} items={summary} focusKey={state.errors} testId="rule-set-form-errors" />
      <input type="hidden" name="csrf" value={csrf} />
      <div className="grid gap-4 sm:grid-cols-2">
        {text('version', { hint: labels.versionHint })}
        {text('effectiveFrom', { type: 'date', hint: labels.effectiveFromHint })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('windowYears', { inputMode: 'numeric' })}
        {text('yellowMin', { inputMode: 'numeric' })}
        {text('redMin', { inputMode: 'numeric' })}
      </div>
      <p className="text-sm text-slate-600">{labels.ratesHint}</p>
      <div className="grid gap-4 sm:grid-cols-3">
        {text('minCount', { inputMode: 'numeric' })}
        {text('redAtOrBelowRate', { inputMode: 'decimal' })}
        {text('yellowBelowRate', { inputMode: 'decimal' })}
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="blackOnEntityRevoked" defaultChecked={v.blackOnEntityRevoked} className="h-5 w-5" />
        {labels.blackOnEntityRevoked}
      </label>
      {kinds('blackListingKinds', listingKinds)}
      {kinds('blackRecordKinds', recordKinds)}
      {kinds('redListingKinds', listingKinds)}
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}

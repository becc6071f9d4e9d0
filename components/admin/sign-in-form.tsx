'use client';
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/admin/actions';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';

interface Labels {
  username: string;
  password: string;
  submit: string;
  errorSummary: string;
  errorPrefix: string;
  invalid: string;
  rateLimited: string;
  missing: string;
  expired: string;
  serviceUnavailable: string;
  /** Contains `{time}`. */
  locked: string;
}

type IssueCode = Exclude<keyof Labels, 'username' | 'password' | 'submit' | 'errorSummary' | 'errorPrefix'>;

/** Works without JavaScript too: the action answers with the page and its error state. */
export function SignInForm({ labels, next }: { labels: Labels; next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { version: 0, values: { username: '' }, errors: [] });
  const text = (code: string, params: Record<string, string | number> = {}) =>
    (labels[code as IssueCode] ?? labels.invalid).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  const items = state.errors.map((e) => ({ text: text(e.code, e.params), field: e.field === 'form' ? undefined : e.field }));
  const usernameError = items.find((i) => i.field === 'username')?.text;
  return (
    <form key={state.version} action={action} className="mt-6 space-y-4" noValidate>
      <ErrorSummary title={labels.errorSummary} items={items} focusKey={state.errors} />
      <input type="hidden" name="next" value={next} />
      <Field
        id="username"
        label={labels.username}
        error={usernameError}
        errorPrefix={labels.errorPrefix}
        autoComplete="username"
        required
        defaultValue={state.values.username}
      />
      <Field id="password" label={labels.password} type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}

'use client';
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/admin/actions';

interface Labels {
  username: string;
  password: string;
  submit: string;
  errorSummary: string;
  invalid: string;
  rateLimited: string;
  missing: string;
  expired: string;
  serviceUnavailable: string;
  /** Contains `{time}`. */
  locked: string;
}

/** Works without JavaScript too: the action answers with the page and its error state. */
export function SignInForm({ labels, next }: { labels: Labels; next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const message = state.error
    ? state.error === 'locked'
      ? labels.locked.replace('{time}', state.lockedUntil ?? '')
      : labels[state.error]
    : null;
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {message ? (
        <div role="alert" tabIndex={-1} className="border-l-4 border-red-700 bg-red-50 p-3">
          <h2 className="font-bold text-red-800">{labels.errorSummary}</h2>
          <p className="mt-1">{state.error === 'serviceUnavailable' ? message : <a href="#username" className="text-red-800 underline">{message}</a>}</p>
        </div>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="username" className="block font-semibold">{labels.username}</label>
        <input id="username" name="username" autoComplete="username" required defaultValue={state.username ?? ''}
          className="mt-1 w-full rounded border-2 border-slate-500 px-2 py-1.5" aria-invalid={message && state.error !== 'serviceUnavailable' ? true : undefined} />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 w-full rounded border-2 border-slate-500 px-2 py-1.5" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}

'use server';
import { notFound, redirect } from 'next/navigation';
import { receiveDecision } from '@/lib/objections/decide-application';
import { requireStaff } from '@/lib/staff/session';

/** Every decision form of the objection and repair detail pages posts here (works without JS). */
export async function decideApplicationAction(form: FormData): Promise<void> {
  const user = await requireStaff();
  const kind = form.get('kind') === 'repair' ? 'repairs' : 'objections';
  const id = String(form.get('applicationId') ?? '');
  const outcome = await receiveDecision(user, form);
  if (!outcome.ok && outcome.code === 'notFound') notFound();
  const base = `/admin/${kind}/${encodeURIComponent(id)}`;
  redirect(outcome.ok ? `${base}?done=${outcome.action}` : `${base}?error=${outcome.code}`);
}

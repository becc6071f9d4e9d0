'use server';
import { notFound, redirect } from 'next/navigation';
import { pageAfterDecision, receiveDecision } from '@/lib/objections/decide-application';

/** Every decision form of the objection and repair detail pages posts here (works without JS). */
export async function decideApplicationAction(form: FormData): Promise<void> {
  const page = pageAfterDecision(form, await receiveDecision(form));
  if (page === null) notFound();
  redirect(page);
}

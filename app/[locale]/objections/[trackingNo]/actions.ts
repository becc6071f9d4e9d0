'use server';
import { headers } from 'next/headers';
import { answerStatusLookup, type StatusLookupState } from '@/lib/objections/lookup-application';

export type { StatusLookupState };

/** The status page's look-up; every argument (the bound tracking number too) is re-parsed in lib/. */
export async function lookupApplicationAction(trackingNo: string, prev: StatusLookupState, form: FormData): Promise<StatusLookupState> {
  const address = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  return answerStatusLookup({ trackingNo, prev, form }, address);
}

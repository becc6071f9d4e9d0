'use server';
import { answerStatusLookup, type StatusLookupState } from '@/lib/objections/lookup-application';
import { currentClientAddress } from '@/lib/security/request-address';

export type { StatusLookupState };

/** The status page's look-up; every argument (the bound tracking number too) is re-parsed in lib/. */
export async function lookupApplicationAction(trackingNo: string, prev: StatusLookupState, form: FormData): Promise<StatusLookupState> {
  return answerStatusLookup({ trackingNo, prev, form }, await currentClientAddress());
}

'use server';
import { isDatabaseUnavailable } from '@/lib/db/is-unavailable';
import { lookupApplication, type ApplicationStatusView } from '@/lib/objections/lookup-application';
import { currentClientAddress } from '@/lib/security/request-address';

export interface StatusLookupState {
  version: number;
  error?: 'wrongCode' | 'rateLimited' | 'serviceUnavailable';
  seconds?: number;
  view?: ApplicationStatusView;
}

export async function lookupApplicationAction(trackingNo: string, prev: StatusLookupState, form: FormData): Promise<StatusLookupState> {
  const address = await currentClientAddress();
  const code = typeof form.get('accessCode') === 'string' ? (form.get('accessCode') as string).slice(0, 40) : '';
  const version = prev.version + 1;
  let outcome;
  try {
    outcome = await lookupApplication(trackingNo, code, address);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { version, error: 'serviceUnavailable' };
    throw error;
  }
  if (outcome.ok) return { version, view: outcome.view };
  return outcome.code === 'rateLimited' ? { version, error: 'rateLimited', seconds: outcome.seconds } : { version, error: 'wrongCode' };
}

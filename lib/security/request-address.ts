import 'server-only';
// The app's only reader of the client's address: the internal header the serving layer
// (scripts/serve.mjs, via lib/security/client-address.mjs) sets on every request after deleting
// any copy the client sent. Route handlers pass their Request's headers; Server Actions and pages
// call currentClientAddress().
import { headers } from 'next/headers';
import { logger } from '../log';
import { CLIENT_ADDRESS_HEADER, normalizeAddress, UNKNOWN_ADDRESS } from './client-address.mjs';

let warnedMissing = false;

/** The client's address of a request, as decided by the serving layer; `unknown` without one. */
export function requestClientAddress(source: Headers): string {
  const value = source.get(CLIENT_ADDRESS_HEADER);
  if (value === UNKNOWN_ADDRESS) return UNKNOWN_ADDRESS;
  const address = normalizeAddress(value);
  if (address) return address;
  if (!warnedMissing) {
    warnedMissing = true;
    // Every client then shares one bucket of every rate limit: serve through scripts/serve.mjs.
    logger.warn({ header: CLIENT_ADDRESS_HEADER }, 'request without a client address: is the site served by scripts/serve.mjs (npm start)?');
  }
  return UNKNOWN_ADDRESS;
}

/** The current request's client address (Server Actions, server components). */
export async function currentClientAddress(): Promise<string> {
  return requestClientAddress(await headers());
}

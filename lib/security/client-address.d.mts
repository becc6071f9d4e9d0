// Types of client-address.mjs (plain JavaScript so that scripts/serve.mjs runs under plain Node).
import type { IncomingMessage } from 'node:http';

/** The internal request header carrying the client's address (set by scripts/serve.mjs). */
export const CLIENT_ADDRESS_HEADER: 'x-credit-client-address';
/** The address used when none can be known (the socket is already gone). */
export const UNKNOWN_ADDRESS: 'unknown';
/** TRUSTED_PROXY_HOPS as a number: unset or empty = 0; anything but a whole number from 0 to 10 throws. */
export function parseTrustedProxyHops(value: string | undefined): number;
/** One address in canonical form (IPv4-mapped IPv6 as IPv4, IPv6 compressed); null when not an IP address. */
export function normalizeAddress(raw: string | undefined | null): string | null;
/** The client's address from the socket peer and X-Forwarded-For, trusting `trustedHops` proxies. */
export function clientAddress(input: {
  remoteAddress: string | undefined | null;
  forwardedFor?: string | string[] | undefined | null;
  trustedHops: number;
}): string;
/** Decides the address of a Node request and puts it into CLIENT_ADDRESS_HEADER, replacing any client-sent copy. */
export function stampClientAddress(req: IncomingMessage, trustedHops: number): string;

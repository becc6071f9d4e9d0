// Who is asking: the one place the client's address is decided (plain JavaScript, so that
// scripts/serve.mjs runs it under plain Node before Next sees the request; types in
// client-address.d.mts). Rate limits, the sign-in brake and the form limits all key on it.
//
// X-Forwarded-For is written by whoever sends the request: only the entries added by our own
// proxies can be believed. With TRUSTED_PROXY_HOPS=N (default 0) the chain is read as
//   [entries written by the client…, entry written by proxy 1, …, entry written by proxy N, socket peer]
// and the client is the N-th address from the right, never anything further left. With 0 the
// header is ignored altogether and the socket peer is the client. The serving layer puts the
// result into an internal request header, after deleting any copy the client sent, and the app
// reads only that header (lib/security/request-address.ts).
import net from 'node:net';

/** The internal request header carrying the address decided here (set by scripts/serve.mjs). */
export const CLIENT_ADDRESS_HEADER = 'x-credit-client-address';
/** The address used when none can be known (the socket is already gone). */
export const UNKNOWN_ADDRESS = 'unknown';
const MAX_TRUSTED_HOPS = 10;

/**
 * TRUSTED_PROXY_HOPS as a number: unset or empty = 0; anything but a whole number from 0 to 10 throws.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustedProxyHops(value) {
  if (value === undefined || value.trim() === '') return 0;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > MAX_TRUSTED_HOPS) {
    throw new Error(
      `TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_HOPS} (the number of reverse proxies in front of the site), not "${value}".`,
    );
  }
  return Number(trimmed);
}

/**
 * One address in canonical form: IPv4-mapped IPv6 (`::ffff:192.0.2.1`) as plain IPv4, IPv6
 * compressed and lower-case, brackets, ports and zone ids dropped; null when it is not an IP address.
 * @param {string | undefined | null} raw
 * @returns {string | null}
 */
export function normalizeAddress(raw) {
  if (typeof raw !== 'string') return null;
  let value = raw.trim();
  if (value === '') return null;
  // `[2001:db8::1]:443` and `192.0.2.1:443` (some proxies add the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? '';
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%[\w.-]+$/, '');
  const kind = net.isIP(value);
  if (kind === 4) return value;
  if (kind !== 6) return null;
  // The URL parser writes any IPv6 form (expanded, upper-case, dotted tail) in one canonical way.
  const canonical = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) {
    const high = parseInt(mapped[1] ?? '0', 16);
    const low = parseInt(mapped[2] ?? '0', 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return canonical;
}

/**
 * The client's address from the socket peer and X-Forwarded-For, trusting `trustedHops` proxies.
 * @param {{ remoteAddress: string | undefined | null, forwardedFor?: string | string[] | undefined | null, trustedHops: number }} input
 * @returns {string}
 */
export function clientAddress({ remoteAddress, forwardedFor, trustedHops }) {
  const peer = normalizeAddress(remoteAddress) ?? UNKNOWN_ADDRESS;
  if (trustedHops <= 0 || !forwardedFor) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return peer;
  // The chain as our side sees it: the header's entries, then the peer (the nearest proxy).
  // Walking `trustedHops` steps left from the peer lands on the entry our outermost proxy wrote;
  // with fewer entries than proxies the left-most one is the best there is.
  const index = Math.max(0, entries.length - trustedHops);
  const chosen = entries[index];
  // A trusted proxy writes addresses; anything else there means a misconfigured proxy chain,
  // so it is refused rather than used as a key the client may have chosen.
  return normalizeAddress(chosen) ?? UNKNOWN_ADDRESS;
}

/**
 * Decides the address of a Node request and puts it into CLIENT_ADDRESS_HEADER, replacing any
 * copy the client sent. Returns the address.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} trustedHops
 * @returns {string}
 */
export function stampClientAddress(req, trustedHops) {
  const address = clientAddress({ remoteAddress: req.socket?.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedHops });
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

// The client's address: from the socket unless proxies are trusted, and then only the entry the
// outermost trusted proxy wrote. Whatever the client writes into X-Forwarded-For is never used.
import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddress, normalizeAddress, parseTrustedProxyHops, stampClientAddress } from '../../lib/security/client-address.mjs';

describe('client address', () => {
  it('with no trusted proxy (the default), ignores X-Forwarded-For entirely', () => {
    expect(clientAddress({ remoteAddress: '203.0.113.5', forwardedFor: '198.51.100.1', trustedHops: 0 })).toBe('203.0.113.5');
    expect(clientAddress({ remoteAddress: '203.0.113.5', forwardedFor: ['198.51.100.1', '198.51.100.2'], trustedHops: 0 })).toBe('203.0.113.5');
    expect(clientAddress({ remoteAddress: '203.0.113.5', forwardedFor: undefined, trustedHops: 0 })).toBe('203.0.113.5');
  });

  it("with one trusted proxy, takes the right-most entry: the one the proxy wrote, not the client's", () => {
    // The proxy (10.0.0.2) appended the address it saw; everything left of it is the client's say.
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '203.0.113.5', trustedHops: 1 })).toBe('203.0.113.5');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.5', trustedHops: 1 })).toBe('203.0.113.5');
    // Repeated headers are one list, in order.
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: ['1.1.1.1', '203.0.113.5'], trustedHops: 1 })).toBe('203.0.113.5');
    // A request that reached the site around the proxy has no entry: the socket is the client.
    expect(clientAddress({ remoteAddress: '203.0.113.6', forwardedFor: undefined, trustedHops: 1 })).toBe('203.0.113.6');
    expect(clientAddress({ remoteAddress: '203.0.113.6', forwardedFor: ' , ', trustedHops: 1 })).toBe('203.0.113.6');
  });

  it('with two trusted proxies, walks two hops from the right', () => {
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.5, 192.0.2.10', trustedHops: 2 })).toBe('203.0.113.5');
    // Fewer entries than proxies (the outer proxy was bypassed): the left-most is the best there is.
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '203.0.113.7', trustedHops: 2 })).toBe('203.0.113.7');
  });

  it('never uses what is not an address, even at a trusted position', () => {
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '203.0.113.5, evil', trustedHops: 1 })).toBe('unknown');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '203.0.113.5, 999.1.1.1', trustedHops: 1 })).toBe('unknown');
  });

  it('writes IPv4-mapped IPv6 as IPv4 and IPv6 in one canonical form', () => {
    expect(clientAddress({ remoteAddress: '::ffff:203.0.113.5', trustedHops: 0 })).toBe('203.0.113.5');
    expect(clientAddress({ remoteAddress: '::FFFF:cb00:7105', trustedHops: 0 })).toBe('203.0.113.5');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '::ffff:198.51.100.9', trustedHops: 1 })).toBe('198.51.100.9');
    expect(normalizeAddress('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('203.0.113.5:8080')).toBe('203.0.113.5');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('0:0:0:0:0:ffff:7f00:1')).toBe('127.0.0.1');
    expect(normalizeAddress('localhost')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });

  it('without a socket address (the client already left) answers "unknown", whatever the header says', () => {
    expect(clientAddress({ remoteAddress: undefined, forwardedFor: '198.51.100.1', trustedHops: 0 })).toBe('unknown');
    expect(clientAddress({ remoteAddress: null, trustedHops: 0 })).toBe('unknown');
    // Behind a trusted proxy the proxy's entry still names the client.
    expect(clientAddress({ remoteAddress: undefined, forwardedFor: '198.51.100.1', trustedHops: 1 })).toBe('198.51.100.1');
  });

  it('reads TRUSTED_PROXY_HOPS strictly', () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops('')).toBe(0);
    expect(parseTrustedProxyHops(' 1 ')).toBe(1);
    expect(parseTrustedProxyHops('2')).toBe(2);
    for (const bad of ['-1', '1.5', 'one', '11', 'true']) expect(() => parseTrustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/);
  });

  it('stamps the request for the app, replacing any copy of the internal header the client sent', () => {
    const request = (remoteAddress: string | undefined, headers: Record<string, string>) =>
      ({ socket: { remoteAddress }, headers: { ...headers } }) as unknown as IncomingMessage;
    const spoofed = request('::ffff:203.0.113.5', { 'x-forwarded-for': '198.51.100.1', [CLIENT_ADDRESS_HEADER]: '198.51.100.2' });
    expect(stampClientAddress(spoofed, 0)).toBe('203.0.113.5');
    expect(spoofed.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.5');
    const gone = request(undefined, { [CLIENT_ADDRESS_HEADER]: '198.51.100.2' });
    expect(stampClientAddress(gone, 0)).toBe('unknown');
    expect(gone.headers[CLIENT_ADDRESS_HEADER]).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { rateLimitSubject, RateLimits } from '../../lib/security/rate-limits';

describe('rate limits in memory (the one-process demo)', () => {
  it('allow the limit per address, then refuse with the time left, then allow again in the next window', async () => {
    const limits = new RateLimits({ policies: { api: { points: 3, durationSeconds: 1 } } });
    expect(limits.shared).toBe(false);
    const first = await limits.consume('api', '198.51.100.1');
    expect(first).toMatchObject({ ok: true, limit: 3, remaining: 2 });
    expect((await limits.consume('api', '198.51.100.1')).ok).toBe(true);
    expect((await limits.consume('api', '198.51.100.1')).ok).toBe(true);
    const refused = await limits.consume('api', '198.51.100.1');
    expect(refused).toMatchObject({ ok: false, limit: 3, remaining: 0, resetSeconds: 1 });
    // Another address has its own count; another limit too.
    expect((await limits.consume('api', '198.51.100.2')).ok).toBe(true);
    expect((await limits.consume('statusLookup', '198.51.100.1')).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await limits.consume('api', '198.51.100.1')).ok).toBe(true);
  });

  it('keep the configured limits (environment) unless told otherwise', async () => {
    const limits = new RateLimits();
    expect((await limits.consume('api', '198.51.100.3')).limit).toBeGreaterThanOrEqual(1);
    // Without a proof of work: one application a minute.
    expect(await limits.consume('submissionWithoutProof', '198.51.100.3')).toMatchObject({ ok: true, limit: 1 });
    const second = await limits.consume('submissionWithoutProof', '198.51.100.3');
    expect(second.ok).toBe(false);
    expect(second.resetSeconds).toBeGreaterThan(50);
    expect(second.resetSeconds).toBeLessThanOrEqual(60);
  });

  it('count an IPv6 client per /64, whichever address of it asks', async () => {
    expect(rateLimitSubject('203.0.113.9')).toBe('203.0.113.9');
    expect(rateLimitSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitSubject('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitSubject('unknown')).toBe('unknown');
    const limits = new RateLimits({ policies: { staffSignIn: { points: 2, durationSeconds: 60 } } });
    expect((await limits.consume('staffSignIn', '2001:db8:5:6::1')).ok).toBe(true);
    expect((await limits.consume('staffSignIn', '2001:db8:5:6::2')).ok).toBe(true);
    expect((await limits.consume('staffSignIn', '2001:db8:5:6:ffff:1:2:3')).ok).toBe(false);
    expect((await limits.consume('staffSignIn', '2001:db8:5:7::1')).ok).toBe(true);
  });
});

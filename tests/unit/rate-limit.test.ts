import { describe, expect, it } from 'vitest';
import { takeToken } from '../../lib/api/public-api';

describe('per-address token bucket', () => {
  it('allows the limit, then refuses, then refills with time', () => {
    const t0 = 1_000_000;
    for (let i = 0; i < 10; i++) expect(takeToken('198.51.100.1', 10, t0).ok).toBe(true);
    const refused = takeToken('198.51.100.1', 10, t0);
    expect(refused.ok).toBe(false);
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
    // Another address has its own bucket.
    expect(takeToken('198.51.100.2', 10, t0).ok).toBe(true);
    // Six seconds later one token (a tenth of a minute's ten) has come back.
    expect(takeToken('198.51.100.1', 10, t0 + 6_000).ok).toBe(true);
    expect(takeToken('198.51.100.1', 10, t0 + 6_000).ok).toBe(false);
  });
});

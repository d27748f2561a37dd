import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/widget/directline/rateLimiter.js';

describe('RateLimiter', () => {
  it('allows the limit per key per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
    now = 15_000;
    expect(limiter.take('1.2.3.4')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('5.6.7.8').allowed).toBe(true);
    now = 60_000;
    expect(limiter.take('1.2.3.4').allowed).toBe(true);
  });
});

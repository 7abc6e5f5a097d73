import { describe, expect, it } from 'vitest';
import { ipKey, retryAfter, userKey } from '../../src/core/sign-in-limits.ts';

const rule = { maxFailures: 3, windowMs: 60_000 };

describe('retryAfter', () => {
  it('lets a key try while fewer failures than the limit fall inside the window', () => {
    expect(retryAfter([], rule, 100_000)).toBe(0);
    expect(retryAfter([90_000, 95_000], rule, 100_000)).toBe(0);
    // Three failures, but the first left the window: two count.
    expect(retryAfter([39_000, 90_000, 95_000], rule, 100_000)).toBe(0);
  });

  it('waits until the oldest counted failure leaves the window', () => {
    // Failures at 50 s, 90 s, 95 s; the one at 50 s leaves at 110 s: 10 s from now.
    expect(retryAfter([50_000, 90_000, 95_000], rule, 100_000)).toBe(10);
    // With more failures than the limit, the limit-th most recent decides.
    expect(retryAfter([45_000, 80_000, 90_000, 95_000], rule, 100_000)).toBe(40);
  });

  it('never answers 0 while refusing: a sub-second wait rounds up to 1', () => {
    expect(retryAfter([40_500, 90_000, 95_000], rule, 100_000)).toBe(1);
  });
});

describe('counter keys', () => {
  it('keep usernames and addresses apart and fold a username like sign-in does', () => {
    expect(userKey('  Ann ')).toBe('user:ann');
    expect(ipKey('10.0.0.1')).toBe('ip:10.0.0.1');
    expect(userKey('ip:10.0.0.1')).not.toBe(ipKey('10.0.0.1'));
  });
});

import { describe, expect, it } from 'vitest';
import { RandomIds, SystemClock } from '../../src/adapters/system.ts';

describe('RandomIds', () => {
  it('gives the prefix and 16 Crockford base32 characters, all distinct', () => {
    const ids = new RandomIds();
    const made = Array.from({ length: 2000 }, () => ids.next('per'));
    for (const id of made) expect(id).toMatch(/^per_[0-9a-hjkmnp-tv-z]{16}$/);
    expect(new Set(made).size).toBe(made.length);
    // 80 random bits: every position varies, the first included.
    expect(new Set(made.map((id) => id[4])).size).toBeGreaterThan(16);
  });

  it('refuses a prefix that would make ids hard to read or parse', () => {
    const ids = new RandomIds();
    expect(() => ids.next('Per')).toThrow(/lower-case/);
    expect(() => ids.next('per_x')).toThrow(/lower-case/);
    expect(() => ids.next('')).toThrow(/lower-case/);
  });
});

describe('SystemClock', () => {
  it('tells the current time as ISO 8601 UTC with milliseconds', () => {
    const before = Date.now();
    const now = new SystemClock().now();
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(now)).toBeLessThanOrEqual(Date.now());
  });
});

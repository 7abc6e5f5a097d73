import { describe, expect, it } from 'vitest';
import { maxBackoffSeconds, nextCheckAt, parseEvery } from '../../src/core/watch.ts';

describe('watched sources: schedule and backoff', () => {
  it('reads intervals from a minute to a week, and names a bad one', () => {
    expect(parseEvery('30m')).toBe(1800);
    expect(parseEvery('2h')).toBe(7200);
    expect(parseEvery(' 1d ')).toBe(86_400);
    expect(parseEvery('90s')).toBe(90);
    expect(() => parseEvery('10s')).toThrow(/^every: must be between 1m and 7d/);
    expect(() => parseEvery('8d')).toThrow(/between 1m and 7d/);
    expect(() => parseEvery('half an hour')).toThrow(/^every: expected a duration such as 30m/);
  });

  it('doubles the wait for each failure in a row, at most a day unless the schedule is longer', () => {
    const now = '2026-12-04T10:00:00.000Z';
    const wait = (every: number, failures: number) =>
      (Date.parse(nextCheckAt(now, every, failures)) - Date.parse(now)) / 1000;
    expect(wait(1800, 0)).toBe(1800);
    expect(wait(1800, 1)).toBe(3600);
    expect(wait(1800, 3)).toBe(14_400);
    expect(wait(1800, 10)).toBe(maxBackoffSeconds);
    expect(wait(1800, 1000)).toBe(maxBackoffSeconds);
    expect(wait(3 * 86_400, 5)).toBe(3 * 86_400);
  });
});

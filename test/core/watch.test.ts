import { describe, expect, it } from 'vitest';
import {
  articleUrlKey,
  checkLanguage,
  checkName,
  checkWatchUrl,
  contentKey,
  formatEvery,
  maxBackoffSeconds,
  maxRetryAfterSeconds,
  nextCheckAt,
  parseEvery,
  retryAfterSeconds,
} from '../../src/core/watch.ts';

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

describe('watched sources: Retry-After', () => {
  const now = '2026-12-04T10:00:00.000Z';

  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
    expect(retryAfterSeconds('Fri, 04 Dec 2026 12:30:00 GMT', now)).toBe(9000);
    // A date already past is no wait, not a negative one.
    expect(retryAfterSeconds('Fri, 04 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('-5', now)).toBeNull();
    expect(retryAfterSeconds('1.5', now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds('', now)).toBeNull();
    expect(retryAfterSeconds(null, now)).toBeNull();
  });

  it('waits at least what the server asked, the backoff when that is longer, at most a week', () => {
    const wait = (failures: number, retryAfter: number | null) =>
      (Date.parse(nextCheckAt(now, 1800, failures, retryAfter)) - Date.parse(now)) / 1000;
    expect(wait(1, 7200)).toBe(7200);
    expect(wait(1, 60)).toBe(3600);
    expect(wait(3, 7200)).toBe(14_400);
    expect(wait(1, 30 * 86_400)).toBe(maxRetryAfterSeconds);
    expect(wait(1, null)).toBe(3600);
  });
});

describe('watched sources: item keys', () => {
  it('reads one article once, whatever fragment, case of host or tracking parameters', () => {
    const key = articleUrlKey('https://news.example.org/a/1?id=7');
    expect(key).toBe('url:https://news.example.org/a/1?id=7');
    expect(articleUrlKey('HTTPS://News.Example.org/a/1?id=7#comments')).toBe(key);
    expect(articleUrlKey('https://news.example.org/a/1?utm_source=rss&id=7&fbclid=x')).toBe(key);
    expect(articleUrlKey('https://news.example.org/a/1?id=8')).not.toBe(key);
    // A query left alone is not re-encoded.
    expect(articleUrlKey('https://news.example.org/s?q=a+b')).toBe(
      'url:https://news.example.org/s?q=a+b',
    );
    expect(articleUrlKey('javascript:alert(1)')).toBeNull();
    expect(contentKey('ab12')).toBe('sha256:ab12');
  });
});

describe('watched sources: what an editor types', () => {
  it('checks names, languages and addresses, naming the field', () => {
    expect(checkName('  Viasna   news ')).toBe('Viasna news');
    expect(checkName('')).toBeNull();
    expect(() => checkName('x'.repeat(201))).toThrow(/^name: at most 200 characters/);
    expect(checkLanguage(' BE ')).toBe('be');
    expect(checkLanguage(null)).toBeNull();
    expect(() => checkLanguage('Belarusian')).toThrow(/^language: expected an ISO 639-1/);
    expect(checkWatchUrl('https://News.example.org/feed#x')).toBe('https://news.example.org/feed');
    expect(() => checkWatchUrl('ftp://example.org/feed')).toThrow(/^url: must be an http/);
  });

  it('writes intervals back as typed', () => {
    expect([60, 1800, 3600, 5400, 86_400, 90].map(formatEvery)).toEqual([
      '1m',
      '30m',
      '1h',
      '90m',
      '1d',
      '90s',
    ]);
  });
});

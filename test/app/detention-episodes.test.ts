/** Which stored detention a new event joins, with dates of any precision (pure). */
import { describe, expect, it } from 'vitest';
import { DetentionEpisodes, isBefore } from '../../src/app/ingest/detention-episodes.ts';

describe('detention episodes', () => {
  it('orders dates only when neither contains the other', () => {
    expect(isBefore('2025-03-14', '2025-03-15')).toBe(true);
    expect(isBefore('2025-03', '2025-04-01')).toBe(true);
    expect(isBefore('2025', '2025-09-11')).toBe(false);
    expect(isBefore('2025-09-11', '2025-09')).toBe(false);
    expect(isBefore('2025-09-11', '2025-09-11')).toBe(false);
  });

  it('joins the latest detention unless the person was freed between it and the event', () => {
    const e = new DetentionEpisodes();
    e.addEpisode('p', 'd1', '2020-08-10');
    expect(e.joinable('p', '2021-05-01')).toBe('d1');
    expect(e.joinable('q', '2021-05-01')).toBeNull();
    e.addRelease('p', '2025-09-11');
    expect(e.joinable('p', '2024-01-01')).toBe('d1');
    expect(e.joinable('p', '2026-02-03')).toBeNull();
    expect(e.freedBefore('p', '2026-02-03')).toBe(true);
    expect(e.freedBefore('p', '2025-09')).toBe(false);
    e.addEpisode('p', 'd2', '2026-02-03');
    expect(e.joinable('p', '2026-03-01')).toBe('d2');
  });

  it('does not split on a release whose day is too coarse to place', () => {
    const e = new DetentionEpisodes();
    e.addEpisode('p', 'd1', '2025-03-14');
    e.addRelease('p', '2025');
    expect(e.joinable('p', '2025-06-20')).toBe('d1');
    expect(e.freedBefore('p', '2025-06-20')).toBe(false);
  });

  it('takes the earliest start told of one detention', () => {
    const e = new DetentionEpisodes();
    e.addEpisode('p', 'd1', null);
    e.addEpisode('p', 'd1', '2021-06-01');
    e.addEpisode('p', 'd1', '2020-08-10');
    e.addRelease('p', '2021-01-01');
    // Freed after the detention began (2020-08-10) and before the event: a new one.
    expect(e.joinable('p', '2021-06-02')).toBeNull();
  });
});

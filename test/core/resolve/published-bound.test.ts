// A publication day bounds a release from above (grp42, issue 13): a report with no date of its
// own may tell of a release weeks before it was published, never of one after.
import { describe, expect, it } from 'vitest';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  type ReleaseFacts,
  scoreEvent,
} from '../../../src/core/resolve/index.ts';
import { day, facts } from './release-facts.ts';

const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});

const fourteen = [{ value: 14, qualifier: 'exact' as const }];

describe('a publication day is an upper bound, not a point', () => {
  it('joins a look-back published weeks after the release, as it would with no date at all', () => {
    const later = facts({
      country: 'AM',
      published: ['2025-08-01'],
      counts: fourteen,
      people: new Set(['per_anush']),
    });
    const a = assignEvent(later, [june()]);
    expect(a.eventId).toBe('rel_june');
    expect(a.explanation.join('; ')).toContain('bounds the release from above');
    // The same report with no publication day joins with the same score.
    const undated = assignEvent({ ...later, published: [] }, [june()]);
    expect(undated.eventId).toBe('rel_june');
    expect(a.score).toBe(undated.score);
  });

  it('still rules out a release that began after the report was published', () => {
    const earlier = facts({ country: 'AM', published: ['2025-06-01'], counts: fourteen });
    expect(scoreEvent(earlier, june())).toBeNull();
  });

  it('lets two sides known only by publication days a month apart be one release', () => {
    const e = event('rel_pub', {
      country: 'KZ',
      published: ['2025-03-20'],
      counts: fourteen,
      people: new Set(['per_dana']),
    });
    const r = facts({
      country: 'KZ',
      published: ['2025-04-25'],
      counts: fourteen,
      people: new Set(['per_dana']),
    });
    expect(assignEvent(r, [e]).eventId).toBe('rel_pub');
  });

  it('keeps a bare report (a country, nothing else) to its publication window', () => {
    const bare = facts({ country: 'AM', published: ['2025-08-01'] });
    expect(assignEvent(bare, [june()]).eventId).toBeNull();
  });
});

describe('EventIndex with publication days as upper bounds', () => {
  it('offers a report with no date of its own the events months before its publication', () => {
    const index = new EventIndex();
    index.add(june());
    const later = facts({
      country: 'AM',
      published: ['2025-10-03'],
      counts: fourteen,
      people: new Set(['per_anush']),
    });
    expect(index.assign(later).eventId).toBe('rel_june');
    expect(index.assign(later)).toEqual(assignEvent(later, [index.get('rel_june')!]));
  });

  it('offers a dated report the events known only by later publication days', () => {
    const index = new EventIndex();
    index.add(
      event('rel_pub', {
        country: 'GE',
        published: ['2025-09-30'],
        people: new Set(['per_levan']),
      }),
    );
    const dated = facts({
      country: 'GE',
      dates: [day('2025-08-10')],
      people: new Set(['per_levan']),
    });
    expect(index.assign(dated).eventId).toBe('rel_pub');
    // A release dated after every publication of the event's reports is another release.
    const after = facts({
      country: 'GE',
      dates: [day('2025-11-15')],
      people: new Set(['per_levan']),
    });
    expect(index.assign(after).eventId).toBeNull();
  });
});

function june(): EventCandidate {
  return event('rel_june', {
    country: 'AM',
    dates: [day('2025-06-20')],
    counts: fourteen,
    people: new Set(['per_anush']),
  });
}

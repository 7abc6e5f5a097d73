/**
 * One swap told from two of its countries: the venue's press (or the other side's) gives its
 * own country as the release's, yet names the event's country among those the freed went to.
 */
import { describe, expect, it } from 'vitest';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  type ReleaseFacts,
  scoreEvent,
} from '../../../src/core/resolve/index.ts';
import { day, facts } from './release-facts.ts';

const swap = 'prisoner_exchange|';
const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});
const exchange = event('rel_swap', {
  country: 'RU',
  dates: [day('2024-08-01')],
  counts: [{ value: 26, qualifier: 'exact' }],
  concessions: new Set([swap]),
  parties: new Set(['US', 'DE']),
});
/** A report from the venue: its own country, the figure, the countries the freed went to. */
const fromVenue = (over: Partial<ReleaseFacts> = {}) =>
  facts({
    country: 'TR',
    counts: [{ value: 26, qualifier: 'exact' }],
    concessions: new Set([swap]),
    parties: new Set(['US', 'DE', 'RU']),
    ...over,
  });

describe('a swap told from another of its countries', () => {
  it('joins the event when its country is one of the report’s parties, dated or not', () => {
    const undated = assignEvent(fromVenue(), [exchange]);
    expect(undated.eventId).toBe('rel_swap');
    expect(undated.explanation.join('; ')).toMatch(/country TR vs RU, both parties of one swap/);
    expect(undated.explanation.join('; ')).toMatch(/countries of one swap, no date to compare/);
    // Three days off (a report dating the swap by its arrival) still agrees.
    expect(assignEvent(fromVenue({ dates: [day('2024-08-04')] }), [exchange]).eventId).toBe(
      'rel_swap',
    );
  });

  it('works the other way: the event’s parties name the report’s country', () => {
    const venueEvent = event('rel_venue', { ...fromVenue(), dates: [day('2024-08-01')] });
    const r = facts({
      country: 'US',
      counts: [{ value: 26, qualifier: 'exact' }],
      concessions: new Set([swap]),
    });
    expect(assignEvent(r, [venueEvent]).eventId).toBe('rel_venue');
  });

  it('stays apart when either side is no swap, or the country is no party', () => {
    const plain = fromVenue({ concessions: new Set() });
    expect(scoreEvent(plain, exchange)).toBeNull();
    expect(scoreEvent(fromVenue({ parties: new Set(['US', 'DE']) }), exchange)).toBeNull();
    // A swap of another month is ruled out by its date as any release is.
    expect(scoreEvent(fromVenue({ dates: [day('2022-12-08')] }), exchange)).toBeNull();
  });

  it('is found by the event index, which files events by their own country', () => {
    const index = new EventIndex();
    index.add(exchange);
    index.add(event('rel_by', { country: 'BY', concessions: new Set([swap]) }));
    expect(index.assign(fromVenue()).eventId).toBe('rel_swap');
    // The report's parties join the event's: a later report from a third party finds it too.
    index.update('rel_swap', fromVenue());
    const third = facts({
      country: 'DE',
      counts: [{ value: 26, qualifier: 'exact' }],
      concessions: new Set([swap]),
    });
    expect(index.assign(third).eventId).toBe('rel_swap');
  });
});

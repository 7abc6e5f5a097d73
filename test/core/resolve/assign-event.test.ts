import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../src/core/model/dates.ts';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  JOIN_THRESHOLD,
  type ReleaseFacts,
  scoreEvent,
} from '../../../src/core/resolve/index.ts';

const day = (value: string): PartialDate => ({ value, precision: 'day' });
const month = (value: string): PartialDate => ({ value, precision: 'month' });

function facts(over: Partial<ReleaseFacts> = {}): ReleaseFacts {
  return {
    country: 'BY',
    dates: [],
    published: [],
    counts: [],
    people: new Set(),
    mediators: new Set(),
    concessions: new Set(),
    ...over,
  };
}

const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});

describe('assignEvent', () => {
  const aug = event('rel_aug', {
    dates: [day('2024-08-16')],
    counts: [{ value: 30, qualifier: 'exact' }],
  });
  const sep = event('rel_sep', {
    dates: [day('2024-09-04')],
    counts: [{ value: 30, qualifier: 'exact' }],
  });

  it('keeps two pardons of the same size three weeks apart apart', () => {
    const r = facts({ dates: [day('2024-09-04')], counts: [{ value: 30, qualifier: 'exact' }] });
    expect(assignEvent(r, [aug, sep]).eventId).toBe('rel_sep');
    const undated = facts({
      published: ['2024-08-17'],
      counts: [{ value: 30, qualifier: 'exact' }],
    });
    expect(assignEvent(undated, [aug, sep]).eventId).toBe('rel_aug');
  });

  it('refuses another country and a date weeks away, whatever else agrees', () => {
    const people = new Set(['per_1']);
    const e = event('rel_1', { dates: [day('2025-09-11')], people });
    expect(scoreEvent(facts({ country: 'RU', dates: [day('2025-09-11')], people }), e)).toBeNull();
    expect(scoreEvent(facts({ dates: [day('2025-10-20')], people }), e)).toBeNull();
  });

  it('joins on the same day and explains why', () => {
    const e = event('rel_1', { dates: [day('2025-04-30')] });
    const a = assignEvent(facts({ dates: [day('2025-04-30')] }), [e]);
    expect(a.eventId).toBe('rel_1');
    expect(a.score).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(a.explanation).toEqual(
      expect.arrayContaining(['same country BY', 'date 2025-04-30 fits 2025-04-30']),
    );
  });

  it('lets a disagreeing count join when the rest agrees, and says so', () => {
    const e = event('rel_dec', {
      dates: [day('2025-12-13')],
      counts: [{ value: 123, qualifier: 'exact' }],
      people: new Set(['per_b', 'per_k']),
    });
    const r = facts({
      dates: [day('2025-12-13')],
      counts: [{ value: 114, qualifier: 'exact' }],
      people: new Set(['per_b', 'per_k']),
    });
    const a = assignEvent(r, [e]);
    expect(a.eventId).toBe('rel_dec');
    expect(a.explanation.join('; ')).toMatch(/count 114 disagrees with 123/);
    const vague = facts({
      dates: [month('2025-12')],
      counts: [{ value: 100, qualifier: 'more_than' }],
    });
    expect(assignEvent(vague, [e]).explanation.join('; ')).toMatch(/agrees with 123/);
  });

  it('starts a new event when nothing scores enough', () => {
    const a = assignEvent(facts({ published: ['2025-01-10'] }), [
      event('rel_1', { dates: [day('2025-01-08')] }),
    ]);
    expect(a.eventId).toBeNull();
    expect(a.explanation[0]).toMatch(/new event/);
  });

  it('joins a dateless follow-up about a freed person to the event that freed them', () => {
    const e = event('rel_sep', { dates: [day('2025-09-11')], people: new Set(['per_losik']) });
    const r = facts({ published: ['2025-11-20'], people: new Set(['per_losik']) });
    expect(assignEvent(r, [e]).eventId).toBe('rel_sep');
    const index = new EventIndex();
    index.add(e);
    expect(index.assign(r).eventId).toBe('rel_sep');
  });

  it('finds the same events through the index as by scanning all', () => {
    const index = new EventIndex();
    const events = [aug, sep, event('rel_ru', { country: 'RU', dates: [day('2024-08-01')] })];
    for (const e of events) index.add({ ...e, dates: [...e.dates], counts: [...e.counts] });
    const queries = [
      facts({ dates: [day('2024-08-16')], counts: [{ value: 30, qualifier: 'exact' }] }),
      facts({ published: ['2024-09-05'], counts: [{ value: 30, qualifier: 'exact' }] }),
      facts({ country: 'RU', dates: [month('2024-08')] }),
      facts({
        country: null,
        dates: [day('2024-08-01')],
        counts: [{ value: 16, qualifier: 'exact' }],
      }),
    ];
    for (const q of queries) expect(index.assign(q)).toEqual(assignEvent(q, events));
  });
});

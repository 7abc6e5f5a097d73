// Grouping that weighs what each side says, the same whichever report comes first (grp39):
// a bare side joins either way, names the engine could not read need a date, one name of a mass
// release proves less, and a release date after publication is dropped. Facts are invented.
import { describe, expect, it } from 'vitest';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  possibleDate,
  type ReleaseFacts,
} from '../../../src/core/resolve/index.ts';
import { day, facts, month } from './release-facts.ts';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});

/** Ingest in miniature: each report joins an event or starts one; returns the event per report. */
function group(reports: ReadonlyArray<[string, ReleaseFacts]>): Map<string, string> {
  const index = new EventIndex();
  const out = new Map<string, string>();
  for (const [name, f] of reports) {
    let id = index.assign(f).eventId;
    if (!id) {
      id = `rel_${index.size}`;
      index.add(event(id, { country: f.country }));
    }
    index.update(id, f);
    out.set(name, id);
  }
  return out;
}

/** Which reports share an event, as sorted groups of names: comparable across orders. */
function partition(m: Map<string, string>): string[] {
  const by = new Map<string, string[]>();
  for (const [name, id] of m) by.set(id, [...(by.get(id) ?? []), name]);
  return [...by.values()].map((g) => g.sort().join('+')).sort();
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) =>
    permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

describe('a bare side joins whichever came first', () => {
  // A wire report with the figure, and a short note that only says the country freed people.
  const full = facts({ country: 'IR', counts: [exact(12)], mediators: new Set(['act_om']) });
  const bare = facts({ country: 'IR' });

  it('a full report joins the event a bare report started', () => {
    const a = assignEvent(full, [event('rel_bare', { country: 'IR' })]);
    expect(a.eventId).toBe('rel_bare');
    expect(a.explanation).toContain('nothing but the country and date to compare');
    // Never across countries.
    expect(
      assignEvent({ ...full, country: 'EG' }, [event('rel_bare', { country: 'IR' })]).eventId,
    ).toBeNull();
  });

  it('groups the same reports in every order', () => {
    const reports: Array<[string, ReleaseFacts]> = [
      ['bare', bare],
      ['full', full],
      ['again', facts({ country: 'IR', counts: [exact(12)] })],
    ];
    const seen = new Set(permutations(reports).map((p) => partition(group(p)).join(' | ')));
    expect([...seen]).toEqual(['again+bare+full']);
  });
});

describe('names the name engine could not tie to any event', () => {
  const e = event('rel_sa', {
    country: 'SA',
    dates: [day('2025-02-10')],
    people: new Set(['per_s']),
  });

  it('join on the country only where a date ties the report to the event', () => {
    const unread = facts({ country: 'SA', unreadNames: true, published: ['2025-02-11'] });
    expect(assignEvent(unread, [e]).eventId).toBe('rel_sa');
  });

  it('start their own event when there is no date to compare', () => {
    const unread = facts({ country: 'SA', unreadNames: true });
    expect(assignEvent(unread, [e]).eventId).toBeNull();
    expect(assignEvent(unread, [event('rel_undated', { country: 'SA' })]).eventId).toBeNull();
    // Without names at all, the same report is bare and joins.
    expect(assignEvent(facts({ country: 'SA' }), [e]).eventId).toBe('rel_sa');
  });
});

describe('one named person of a mass release', () => {
  const swap = event('rel_swap', {
    country: 'RU',
    counts: [exact(26)],
    people: new Set(['per_g', 'per_w', 'per_k', 'per_y', 'per_n']),
  });

  it('is not enough for a report that gives no figure and no date', () => {
    // A profile of one opposition figure, years apart, names him and nothing else.
    expect(
      assignEvent(facts({ country: 'RU', people: new Set(['per_n']) }), [swap]).eventId,
    ).toBeNull();
  });

  it('is enough with a second name, a go-between or the figure besides', () => {
    const two = facts({ country: 'RU', people: new Set(['per_n', 'per_g']) });
    expect(assignEvent(two, [swap]).eventId).toBe('rel_swap');
    const mediated = facts({
      country: 'RU',
      people: new Set(['per_n']),
      mediators: new Set(['act_tr']),
      concessions: new Set(['prisoner_exchange|']),
    });
    const withSwap = {
      ...swap,
      mediators: new Set(['act_tr']),
      concessions: new Set(['prisoner_exchange|']),
    };
    expect(assignEvent(mediated, [withSwap]).eventId).toBe('rel_swap');
    const counted = facts({ country: 'RU', counts: [exact(26)], people: new Set(['per_n']) });
    expect(assignEvent(counted, [swap]).eventId).toBe('rel_swap');
  });

  it('leaves a one-person release and a report listing that person with others together', () => {
    const one = event('rel_one', { country: 'EG', people: new Set(['per_z']) });
    const listed = facts({ country: 'EG', people: new Set(['per_z', 'per_b', 'per_h']) });
    expect(assignEvent(listed, [one]).eventId).toBe('rel_one');
  });
});

describe('a release date after publication', () => {
  it('is dropped; a date on or before the publication day is kept', () => {
    expect(possibleDate(day('2024-09-17'), '2024-09-16')).toBeNull();
    expect(possibleDate(month('2024-10'), '2024-09-16')).toBeNull();
    expect(possibleDate(day('2024-09-16'), '2024-09-16')).toEqual(day('2024-09-16'));
    // A month that began before publication may hold the release.
    expect(possibleDate(month('2024-09'), '2024-09-16')).toEqual(month('2024-09'));
    expect(possibleDate(day('2024-09-17'), null)).toEqual(day('2024-09-17'));
  });
});

// Event merges (grp40): a report that fits two events well makes them one, so grouping does not
// depend on the order reports arrive in; two dated releases of different sizes, or releases of
// one country months apart, stay apart whatever a report says. Facts are invented.
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  assignEvent,
  type EventCandidate,
  EventIndex,
  eventsToMerge,
  oneRelease,
  type ReleaseFacts,
} from '../../../src/core/resolve/index.ts';
import { day, facts, month } from './release-facts.ts';

const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});

/** Scores a report against events listed in creation order and asks which merge it calls for. */
function mergeFor(r: ReleaseFacts, events: EventCandidate[], apart = () => false) {
  const seen: Array<[EventCandidate, Assignment]> = [];
  const a = assignEvent(r, events, seen);
  return a.eventId ? eventsToMerge(r, a.eventId, seen, apart) : null;
}

/** Ingest in miniature, merges included: returns each report's event at the end. */
function group(reports: ReadonlyArray<[string, ReleaseFacts]>): Map<string, string> {
  const index = new EventIndex();
  const at = new Map<string, string>();
  const merged = new Map<string, string>();
  for (const [name, f] of reports) {
    const a = index.assign(f);
    let id = a.eventId;
    if (a.merge) {
      for (const m of a.merge.merged) {
        index.merge(a.merge.survivor, m);
        merged.set(m, a.merge.survivor);
      }
      id = a.merge.survivor;
    }
    if (!id) {
      id = `rel_${index.size + merged.size}`;
      index.add(event(id, { country: f.country }));
    }
    index.update(id, f);
    at.set(name, id);
  }
  const survivor = (id: string): string => (merged.has(id) ? survivor(merged.get(id)!) : id);
  return new Map([...at].map(([name, id]) => [name, survivor(id)]));
}

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

describe('a report that fits two events makes them one', () => {
  // One release told three ways: a profile of two freed men (no date, no figure), a wire report
  // with the day and the figure but no names, and a full report with all of it.
  const profile = facts({ people: new Set(['per_a', 'per_b']) });
  const wire = facts({ dates: [day('2025-09-11')], counts: [exact(52)] });
  const full = facts({
    dates: [day('2025-09-11')],
    counts: [exact(52)],
    people: new Set(['per_a', 'per_b', 'per_c']),
  });

  it('merges the newer event into the older, whichever the report joins', () => {
    const older = event('rel_profile', { people: new Set(['per_a', 'per_b']) });
    const newer = event('rel_wire', { dates: [day('2025-09-11')], counts: [exact(52)] });
    const m = mergeFor(full, [older, newer]);
    expect(m?.survivor).toBe('rel_profile');
    expect(m?.merged).toEqual(['rel_wire']);
    expect(m?.fits.map((f) => f.id)).toEqual(['rel_profile', 'rel_wire']);
    expect(m?.explanation.join(' ')).toMatch(/named people in common/);
  });

  it('groups the three reports as one in every order', () => {
    const reports: Array<[string, ReleaseFacts]> = [
      ['profile', profile],
      ['wire', wire],
      ['full', full],
    ];
    const seen = new Set(permutations(reports).map((p) => partition(group(p)).join(' | ')));
    expect([...seen]).toEqual(['full+profile+wire']);
  });

  it('does not merge on a country and a date alone, nor for a bare report', () => {
    const a = event('rel_a', { dates: [day('2025-09-11')], counts: [exact(52)] });
    const b = event('rel_b', { dates: [day('2025-09-11')], people: new Set(['per_x']) });
    // Same day, same country, nothing particular in common with either: it joins, no merge.
    expect(mergeFor(facts({ dates: [day('2025-09-11')], counts: [exact(7)] }), [a, b])).toBeNull();
    expect(mergeFor(facts({ dates: [day('2025-09-11')] }), [a, b])).toBeNull();
  });
});

describe('what a report never makes one', () => {
  it('two dated releases of different sizes, even on days a report ties together', () => {
    const june = event('rel_june', {
      dates: [day('2025-06-21')],
      counts: [exact(14)],
      people: new Set(['per_a']),
    });
    const sameWeek = event('rel_week', {
      dates: [day('2025-06-24')],
      counts: [exact(16)],
      people: new Set(['per_b']),
    });
    expect(oneRelease(june, sameWeek, () => false)).toBe(false);
    const both = facts({ dates: [day('2025-06-22')], people: new Set(['per_a', 'per_b']) });
    expect(mergeFor(both, [june, sameWeek])).toBeNull();
  });

  it('releases of one country months apart, named together in a look-back', () => {
    const march = event('rel_march', { dates: [month('2024-03')], people: new Set(['per_a']) });
    const august = event('rel_aug', { dates: [day('2024-08-01')], people: new Set(['per_b']) });
    const lookBack = facts({ people: new Set(['per_a', 'per_b']) });
    expect(mergeFor(lookBack, [march, august])).toBeNull();
    // Undated events placed by their publication days, months apart, likewise.
    const early = event('rel_early', { published: ['2021-02-01'], people: new Set(['per_a']) });
    const late = event('rel_late', { published: ['2025-05-01'], people: new Set(['per_b']) });
    expect(mergeFor(lookBack, [early, late])).toBeNull();
  });

  it('undated releases tied only by different people a report lists together', () => {
    // A look-back names one prisoner of an earlier release and two of a later one: names alone
    // fit each event, but say nothing of the releases being one.
    const first = event('rel_first', { people: new Set(['per_a']) });
    const second = event('rel_second', { people: new Set(['per_b', 'per_c']) });
    const list = facts({ people: new Set(['per_a', 'per_b', 'per_c']) });
    expect(mergeFor(list, [first, second])).toBeNull();
    // The same person in both events, or a figure both give, does tie them.
    const withA = event('rel_second', { people: new Set(['per_a', 'per_b']) });
    expect(mergeFor(list, [first, withA])?.merged).toEqual(['rel_second']);
    const counted = (e: EventCandidate) => ({ ...e, counts: [exact(52)] });
    const listCounted = { ...list, counts: [exact(52)] };
    expect(mergeFor(listCounted, [counted(first), counted(second)])?.merged).toEqual([
      'rel_second',
    ]);
  });

  it('releases of two countries, or two a reviewer kept apart', () => {
    const by = event('rel_by', { people: new Set(['per_a']) });
    const ir = event('rel_ir', { country: 'IR', people: new Set(['per_b']) });
    const both = facts({ people: new Set(['per_a', 'per_b']) });
    expect(mergeFor(both, [by, ir])).toBeNull();
    const other = event('rel_by2', { people: new Set(['per_a', 'per_b']) });
    expect(mergeFor(both, [by, other])?.merged).toEqual(['rel_by2']);
    expect(mergeFor(both, [by, other], () => true)).toBeNull();
  });

  it('keeps apart in the index what a reviewer kept apart, also after a merge', () => {
    const index = new EventIndex();
    index.add(event('rel_1', { people: new Set(['per_a']) }));
    index.add(event('rel_2', { people: new Set(['per_a', 'per_b']) }));
    index.add(event('rel_3', { people: new Set(['per_c']), counts: [exact(52)] }));
    index.keepApart('rel_2', 'rel_3');
    const ab = index.assign(facts({ people: new Set(['per_a', 'per_b']) }));
    expect(ab.merge).toMatchObject({ survivor: 'rel_1', merged: ['rel_2'] });
    index.merge('rel_1', 'rel_2');
    // rel_1 now holds rel_2, which a reviewer kept apart from rel_3.
    const ac = index.assign(facts({ people: new Set(['per_a', 'per_c']), counts: [exact(52)] }));
    expect(ac.merge).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  type AggregateEvent,
  aggregateRemainder,
  type CountInput,
  countInputProblems,
  heldAt,
  heldSeries,
  monthlyFlow,
  type StatusEvent,
} from '../../../src/core/model/counts.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';
import type { Status } from '../../../src/core/model/properties.ts';

function ev(
  personId: string,
  date: string,
  status: Status,
  country: string | null = 'BY',
  releaseId: string | null = null,
): StatusEvent {
  return { personId, date: parsePartialDate(date), status, country, releaseId };
}

function agg(overrides: Partial<AggregateEvent> & { count: number }): AggregateEvent {
  return {
    id: 'agg_1',
    status: 'pardoned',
    date: parsePartialDate('2025-09-11'),
    country: 'BY',
    releaseId: 'rel_sep',
    memberIds: [],
    ...overrides,
  };
}

const input = (
  events: readonly StatusEvent[],
  aggregates: readonly AggregateEvent[] = [],
): CountInput => ({
  events,
  aggregates,
});

// Three prisoners; one freed in the September release, one freed in June and re-arrested.
const registry = input([
  ev('per_a', '2020-08-10', 'detained'),
  ev('per_a', '2021-05', 'sentenced'),
  ev('per_a', '2025-09-11', 'pardoned', 'BY', 'rel_sep'),
  ev('per_b', '2021', 'detained'),
  ev('per_b', '2025-06-21', 'released', null, 'rel_jun'),
  ev('per_b', '2025-10-02', 're_arrested', null),
  ev('per_c', '2022-03-15', 'detained'),
]);

describe('heldAt', () => {
  it('counts people on dates around a release', () => {
    expect(heldAt(registry, 'BY', '2025-09-10').personIds).toEqual(['per_a', 'per_c']);
    expect(heldAt(registry, 'BY', '2025-09-11')).toEqual({
      count: 1,
      named: 1,
      unnamed: 0,
      personIds: ['per_c'],
    });
    expect(heldAt(registry, 'BY', '2025-06-20').personIds).toEqual(['per_a', 'per_b', 'per_c']);
  });

  it('counts a re-arrested person as held again, inheriting the earlier country', () => {
    expect(heldAt(registry, 'BY', '2025-10-01').personIds).toEqual(['per_c']);
    expect(heldAt(registry, 'BY', '2025-10-02').personIds).toEqual(['per_b', 'per_c']);
  });

  it('lets month and year dates take effect on their first day', () => {
    expect(heldAt(registry, 'BY', '2020-12-31').personIds).toEqual(['per_a']);
    expect(heldAt(registry, 'BY', '2021-01-01').personIds).toEqual(['per_a', 'per_b']);
  });

  it('keeps a person who refused exile held', () => {
    const data = input([
      ev('per_s', '2020-05-29', 'detained'),
      ev('per_s', '2025-09-11', 'released', 'BY', 'rel_sep'),
      ev('per_s', '2025-09-11', 'refused_exile'),
    ]);
    expect(heldAt(data, 'BY', '2025-09-11').personIds).toEqual(['per_s']);
    expect(heldAt(data, 'BY', '2025-09-12').personIds).toEqual(['per_s']);
  });

  it('orders events of one day by status, not by input order', () => {
    const events = [
      ev('per_s', '2020-05-29', 'detained'),
      ev('per_s', '2025-09-11', 'refused_exile'),
      ev('per_s', '2025-09-11', 'released'),
    ];
    const forward = heldAt(input(events), 'BY', '2025-09-11');
    const backward = heldAt(input([...events].reverse()), 'BY', '2025-09-11');
    expect(forward).toEqual(backward);
    expect(forward.named).toBe(1);
  });

  it('filters by country, case-insensitively', () => {
    const data = input([
      ev('per_x', '2023-01-01', 'detained', 'RU'),
      ev('per_y', '2023-01-01', 'detained', 'by'),
    ]);
    expect(heldAt(data, 'BY', '2024-01-01').personIds).toEqual(['per_y']);
    expect(heldAt(data, 'ru', '2024-01-01').personIds).toEqual(['per_x']);
    expect(heldAt(data, 'UA', '2024-01-01').count).toBe(0);
  });

  it('gives earlier country-less events the first known country', () => {
    const data = input([
      ev('per_z', '2022-01-01', 'detained', null),
      ev('per_z', '2023-01-01', 'sentenced', 'BY'),
    ]);
    expect(heldAt(data, 'BY', '2022-06-01').personIds).toEqual(['per_z']);
    const nowhere = input([ev('per_q', '2022-01-01', 'detained', null)]);
    expect(heldAt(nowhere, 'BY', '2022-06-01').count).toBe(0);
  });

  it('does not subtract an unnamed released group from the named count', () => {
    const data = input(registry.events, [agg({ count: 25 })]);
    expect(heldAt(data, 'BY', '2025-09-12')).toEqual(heldAt(registry, 'BY', '2025-09-12'));
  });

  it('counts an unnamed detained group from its date, less its linked members', () => {
    const group = agg({
      status: 'detained',
      count: 10,
      date: parsePartialDate('2024-03'),
      releaseId: null,
      memberIds: ['per_m'],
    });
    const data = input([ev('per_m', '2024-03-05', 'detained')], [group]);
    expect(heldAt(data, 'BY', '2024-02-29').count).toBe(0);
    expect(heldAt(data, 'BY', '2024-03-10')).toEqual({
      count: 10,
      named: 1,
      unnamed: 9,
      personIds: ['per_m'],
    });
  });

  it('rejects a date that is not a day', () => {
    expect(() => heldAt(registry, 'BY', '2025-09')).toThrow(RangeError);
    expect(() => heldAt(registry, 'BY', 'yesterday')).toThrow("invalid date 'yesterday'");
  });
});

describe('monthlyFlow', () => {
  it('counts entries and exits per month, first detentions included', () => {
    const flow = monthlyFlow(registry, 'BY', '2025-06', '2025-10');
    expect(flow.map((m) => [m.month, m.inflow, m.outflow])).toEqual([
      ['2025-06', 0, 1],
      ['2025-07', 0, 0],
      ['2025-08', 0, 0],
      ['2025-09', 0, 1],
      ['2025-10', 1, 0],
    ]);
    expect(flow[0]!.outflowByStatus).toEqual({ released: 1 });
    expect(flow[3]!.outflowByStatus).toEqual({ pardoned: 1 });
    const early = monthlyFlow(registry, 'BY', '2020-08', '2021-05');
    expect(early[0]).toMatchObject({ month: '2020-08', inflow: 1 });
    expect(early.find((m) => m.month === '2021-01')!.inflow).toBe(1); // year-only detention
    expect(early.find((m) => m.month === '2021-05')!.inflow).toBe(0); // held -> held
  });

  it('labels months zero-padded across early years, and spans the whole range', () => {
    // Unpadded labels ('1-02') sorted after '0002-01', so the range stopped after one month.
    const early = monthlyFlow(registry, 'BY', '0001-11', '0002-02').map((m) => m.month);
    expect(early).toEqual(['0001-11', '0001-12', '0002-01', '0002-02']);
    const decade = monthlyFlow(registry, 'BY', '0999-12', '1000-01').map((m) => m.month);
    expect(decade).toEqual(['0999-12', '1000-01']);
  });

  it('counts a refused exile as leaving and coming back', () => {
    const data = input([
      ev('per_s', '2020-05-29', 'detained'),
      ev('per_s', '2025-09-11', 'refused_exile'),
      ev('per_s', '2025-09-11', 'released', 'BY', 'rel_sep'),
    ]);
    expect(monthlyFlow(data, 'BY', '2025-09', '2025-09')[0]).toEqual({
      month: '2025-09',
      inflow: 1,
      outflow: 1,
      outflowByStatus: { released: 1 },
    });
  });

  it('counts a person first seen released in the outflow (they were held before)', () => {
    const data = input([
      ev('per_n', '2025-09-11', 'pardoned', 'BY', 'rel_sep'),
      ev('per_n', '2025-09-11', 'expelled'),
    ]);
    expect(monthlyFlow(data, 'BY', '2025-09', '2025-09')[0]!.outflowByStatus).toEqual({
      pardoned: 1,
    });
    expect(heldAt(data, 'BY', '2025-09-10').count).toBe(0);
  });

  it('adds an unnamed aggregate to the outflow of its month', () => {
    const data = input(registry.events, [agg({ count: 25 })]);
    const sep = monthlyFlow(data, 'BY', '2025-09', '2025-09')[0]!;
    expect(sep.outflow).toBe(26);
    expect(sep.outflowByStatus).toEqual({ pardoned: 26 });
  });

  it('does not count linked members of an aggregate twice', () => {
    const group = agg({ count: 25, memberIds: ['per_a', 'per_c'] });
    const data = input(registry.events, [group]);
    // per_a has her own pardon in rel_sep; per_c is linked but has no release event of her own.
    expect(aggregateRemainder(group, data.events)).toBe(24);
    expect(monthlyFlow(data, 'BY', '2025-09', '2025-09')[0]!.outflow).toBe(25);
  });

  it('filters flows by country', () => {
    const data = input(registry.events, [agg({ count: 25, country: 'RU' })]);
    expect(monthlyFlow(data, 'BY', '2025-09', '2025-09')[0]!.outflow).toBe(1);
    expect(monthlyFlow(data, 'RU', '2025-09', '2025-09')[0]!.outflow).toBe(25);
  });

  it('spans years and rejects bad ranges', () => {
    expect(monthlyFlow(registry, 'BY', '2024-11', '2025-02').map((m) => m.month)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(() => monthlyFlow(registry, 'BY', '2025-10', '2025-09')).toThrow(
      '2025-10 is after 2025-09',
    );
    expect(() => monthlyFlow(registry, 'BY', '2025-10-01', '2025-11')).toThrow(RangeError);
  });
});

describe('aggregateRemainder', () => {
  it('is the full count without members', () => {
    expect(aggregateRemainder(agg({ count: 25 }), registry.events)).toBe(25);
  });

  it('matches members by release when both name one, else by a compatible date', () => {
    const byRelease = agg({ count: 3, memberIds: ['p1', 'p2', 'p3'] });
    const events = [
      ev('p1', '2025-09-11', 'pardoned', 'BY', 'rel_sep'),
      ev('p2', '2025-09-11', 'released', 'BY', 'rel_other'), // another release: no match
      ev('p3', '2025-09', 'released', 'BY', null), // no release id, compatible month: match
    ];
    expect(aggregateRemainder(byRelease, events)).toBe(1);
    const detainedOnly = [ev('p1', '2021-01-01', 'detained')];
    expect(aggregateRemainder(byRelease, detainedOnly)).toBe(3);
  });

  it('never goes below zero', () => {
    const group = agg({ count: 1, memberIds: ['p1', 'p2'] });
    const events = [
      ev('p1', '2025-09-11', 'pardoned', 'BY', 'rel_sep'),
      ev('p2', '2025-09-11', 'pardoned', 'BY', 'rel_sep'),
    ];
    expect(aggregateRemainder(group, events)).toBe(0);
  });
});

describe('heldSeries', () => {
  it('matches heldAt at every day', () => {
    const data = input(registry.events, [
      agg({ count: 25 }),
      agg({
        id: 'agg_2',
        status: 'detained',
        count: 4,
        date: parsePartialDate('2025-10'),
        releaseId: null,
      }),
    ]);
    const series = heldSeries(data, 'BY', '2025-06-19', '2025-10-03', 'day');
    expect(series).toHaveLength(107);
    for (const point of series) {
      const { personIds: _ids, ...expected } = heldAt(data, 'BY', point.date);
      expect(point).toEqual({ date: point.date, ...expected });
    }
  });

  it('gives month-end values, leap February included', () => {
    const data = input([ev('p1', '2024-02-29', 'detained'), ev('p1', '2024-04-01', 'released')]);
    expect(heldSeries(data, 'BY', '2024-01', '2024-04', 'month')).toEqual([
      { date: '2024-01-31', count: 0, named: 0, unnamed: 0 },
      { date: '2024-02-29', count: 1, named: 1, unnamed: 0 },
      { date: '2024-03-31', count: 1, named: 1, unnamed: 0 },
      { date: '2024-04-30', count: 0, named: 0, unnamed: 0 },
    ]);
  });

  it('does not subtract a person first seen released', () => {
    const data = input([ev('p1', '2025-09-11', 'released')]);
    expect(heldSeries(data, 'BY', '2025-09-10', '2025-09-12', 'day').map((p) => p.count)).toEqual([
      0, 0, 0,
    ]);
  });
});

describe('countInputProblems', () => {
  it('lists bad events and aggregates, and the counts skip them', () => {
    const bad = input(
      [
        {
          personId: 'p1',
          date: { value: '2025-13', precision: 'month' },
          status: 'detained',
          country: 'BY',
          releaseId: null,
        },
        // biome-ignore lint/suspicious/noExplicitAny: deliberately broken input
        ev('p2', '2025-01-01', 'escaped' as any),
        ev('p3', '2025-01-01', 'detained'),
      ],
      [agg({ count: -3 })],
    );
    expect(countInputProblems(bad)).toEqual([
      'event 0 (p1): invalid date',
      "event 1 (p2): unknown status 'escaped'",
      'aggregate agg_1: count must be a whole number >= 0',
    ]);
    expect(heldAt(bad, 'BY', '2025-06-01').personIds).toEqual(['p3']);
    expect(monthlyFlow(bad, 'BY', '2025-09', '2025-09')[0]!.outflow).toBe(0);
  });
});

describe('determinism and held aggregates', () => {
  /** A seeded shuffle, so the test is the same on every run. */
  function shuffled<T>(items: readonly T[], seed: number): T[] {
    const out = [...items];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  it('gives the same answers for any order of the input', () => {
    const events = [
      ...registry.events,
      ev('per_s', '2020-05-29', 'detained'),
      ev('per_s', '2025-09-11', 'released', 'BY', 'rel_sep'),
      ev('per_s', '2025-09-11', 'refused_exile'),
      ev('per_n', '2025-09', 'pardoned'),
      ev('per_n', '2025-09-11', 'expelled', 'LT'),
    ];
    const aggregates = [agg({ count: 25, memberIds: ['per_a'] }), agg({ id: 'agg_2', count: 3 })];
    const base = input(events, aggregates);
    for (const seed of [1, 2, 3, 4, 5]) {
      const other = input(shuffled(events, seed), shuffled(aggregates, seed));
      expect(heldAt(other, 'BY', '2025-09-11')).toEqual(heldAt(base, 'BY', '2025-09-11'));
      expect(monthlyFlow(other, 'BY', '2025-01', '2025-12')).toEqual(
        monthlyFlow(base, 'BY', '2025-01', '2025-12'),
      );
    }
  });

  it('counts an unnamed detained group in the inflow of its month', () => {
    const group = agg({
      status: 'detained',
      count: 12,
      date: parsePartialDate('2024-03'),
      releaseId: null,
    });
    const flow = monthlyFlow(input([], [group]), 'BY', '2024-02', '2024-03');
    expect(flow.map((m) => [m.inflow, m.outflow])).toEqual([
      [0, 0],
      [12, 0],
    ]);
  });

  it('moves a person held in one country and then another between the two', () => {
    const data = input([
      ev('p1', '2022-01-10', 'detained', 'RU'),
      ev('p1', '2023-04-02', 'sentenced', 'BY'),
    ]);
    expect(heldAt(data, 'RU', '2023-01-01').count).toBe(1);
    expect(heldAt(data, 'RU', '2023-05-01').count).toBe(0);
    expect(heldAt(data, 'BY', '2023-05-01').count).toBe(1);
    expect(monthlyFlow(data, 'RU', '2023-04', '2023-04')[0]).toMatchObject({ outflow: 1 });
    expect(monthlyFlow(data, 'BY', '2023-04', '2023-04')[0]).toMatchObject({ inflow: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  JOIN_THRESHOLD,
  type ReleaseFacts,
  scoreEvent,
} from '../../../src/core/resolve/index.ts';
import { day, facts, month } from './release-facts.ts';

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

  it('joins one freed person told a day or two apart, as when no date is given', () => {
    const people = new Set(['per_j']);
    const e = event('rel_j', { country: 'CN', dates: [day('2023-10-10')], people });
    const r = facts({ country: 'CN', dates: [day('2023-10-12')], people });
    expect(assignEvent(r, [e]).eventId).toBe('rel_j');
    // Without the person in common the near date alone is not enough.
    expect(
      assignEvent(
        facts({ country: 'CN', dates: [day('2023-10-12')], people: new Set(['per_x']) }),
        [e],
      ).eventId,
    ).toBeNull();
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
    // The windows overlap, but the report's figure is another one and no name ties them.
    const a = assignEvent(
      facts({ published: ['2025-01-10'], counts: [{ value: 9, qualifier: 'exact' }] }),
      [event('rel_1', { dates: [day('2025-01-08')], counts: [{ value: 40, qualifier: 'exact' }] })],
    );
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

  it('finds what scanning all finds for dated reports when events gain their dates later', () => {
    // Ingest adds a new event empty, then its facts: the index must still file it by month.
    let seed = 7;
    const rand = (n: number) => {
      // xorshift32: seeded, so a failure repeats.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // Few days, countries and people, so that many reports join and dates straddle months.
    const someDay = () => `2024-0${1 + rand(3)}-${['01', '05', '12', '27', '30'][rand(5)]}`;
    const someFacts = (): ReleaseFacts => {
      const dated = rand(4) > 0;
      return facts({
        country: ['BY', 'RU', null][rand(3)]!,
        dates: dated ? [rand(3) ? day(someDay()) : month(someDay().slice(0, 7))] : [],
        published: dated ? [] : [someDay()],
        counts: rand(2) ? [{ value: 10 + rand(5), qualifier: 'exact' }] : [],
        people: new Set(rand(2) ? [`per_${rand(6)}`] : []),
      });
    };
    const index = new EventIndex();
    const events: EventCandidate[] = [];
    let joined = 0;
    for (let i = 0; i < 300; i++) {
      const f = someFacts();
      if (f.dates.length > 0 || f.published.length > 0) {
        // The index's own addition, the merge a report calls for, is checked in merge-events.test.ts.
        const { merge: _merge, ...chosen } = index.assign(f);
        expect(chosen).toEqual(assignEvent(f, events));
      }
      const a = index.assign(f);
      if (a.eventId) joined++;
      const id = a.eventId ?? `rel_${String(i).padStart(3, '0')}`;
      if (!a.eventId) {
        const e = event(id, { country: f.country });
        index.add(e);
        events.push(index.get(id)!);
      }
      index.update(id, f);
    }
    expect(joined).toBeGreaterThan(100);
  });

  it('compares a report with no date nor publication day with the events created undated', () => {
    const index = new EventIndex();
    index.add(event('rel_a'));
    const thirty = [{ value: 30, qualifier: 'exact' as const }];
    const known = facts({ dates: [day('2024-08-16')], counts: thirty, people: new Set(['per_x']) });
    index.update('rel_a', known);
    const r = facts({ counts: thirty, people: new Set(['per_x']) });
    expect(index.assign(r).eventId).toBe('rel_a');
    expect(index.assign(r)).toEqual(assignEvent(r, [index.get('rel_a')!]));
  });
});

describe('assignEvent without dates (most published reports)', () => {
  const sep = event('rel_sep', {
    dates: [day('2025-09-11')],
    counts: [{ value: 52, qualifier: 'exact' }],
  });

  it('joins a dateless report to the event of its country with the same figure', () => {
    const r = facts({ counts: [{ value: 52, qualifier: 'exact' }] });
    const a = assignEvent(r, [sep]);
    expect(a.eventId).toBe('rel_sep');
    expect(a.explanation).toContain('same country, no date to compare');
  });

  it('does not join on a common figure alone (one freed American)', () => {
    const one = event('rel_one', {
      dates: [day('2025-02-12')],
      counts: [{ value: 1, qualifier: 'exact' }],
    });
    expect(
      assignEvent(facts({ counts: [{ value: 1, qualifier: 'exact' }] }), [one]).eventId,
    ).toBeNull();
  });

  it('never joins a dateless report of another country', () => {
    expect(
      assignEvent(facts({ country: 'RU', counts: [{ value: 52, qualifier: 'exact' }] }), [sep])
        .eventId,
    ).toBeNull();
  });

  it('refuses two dated releases of different sizes on nearby days, even with a name in common', () => {
    const people = new Set(['per_1', 'per_2']);
    const e = event('rel_a', {
      dates: [day('2025-09-11')],
      counts: [{ value: 52, qualifier: 'exact' }],
      people,
    });
    const r = facts({
      dates: [day('2025-09-16')],
      counts: [{ value: 14, qualifier: 'exact' }],
      people,
    });
    expect(scoreEvent(r, e)).toBeNull();
  });
});

describe('EventIndex keeps an event to its own dates', () => {
  it('does not let a joining report stretch the event over a stray date', () => {
    const index = new EventIndex();
    const people = new Set(['per_s', 'per_l']);
    index.add(
      event('rel_sep', {
        dates: [day('2025-09-11')],
        counts: [{ value: 52, qualifier: 'exact' }],
        people,
      }),
    );
    // A report that joins on its people but carries June's date as well.
    index.update('rel_sep', facts({ dates: [day('2025-06-21'), day('2025-09-11')], people }));
    expect(index.get('rel_sep')!.dates.map((d) => d.value)).toEqual(['2025-09-11']);
    // So June's release of 14 starts an event of its own.
    const june = facts({ dates: [day('2025-06-21')], counts: [{ value: 14, qualifier: 'exact' }] });
    expect(index.assign(june).eventId).toBeNull();
  });
});

describe('assignEvent: people carry a report without a date', () => {
  it('joins a dateless report of one freed journalist to the event that freed her', () => {
    const e = event('rel_ir', { country: 'IR', people: new Set(['per_sala']) });
    const r = facts({ country: 'IR', people: new Set(['per_sala']) });
    expect(assignEvent(r, [e]).eventId).toBe('rel_ir');
  });

  it('joins despite a misread date when the exact figure and two names agree', () => {
    const people = new Set(['per_b', 'per_k']);
    const e = event('rel_dec', {
      dates: [day('2025-12-13')],
      counts: [{ value: 123, qualifier: 'exact' }],
      people,
    });
    const r = facts({
      dates: [month('2023-03')],
      counts: [{ value: 123, qualifier: 'exact' }],
      people,
    });
    expect(assignEvent(r, [e]).eventId).toBe('rel_dec');
    // One name is not enough to overrule the date.
    const one = facts({
      dates: [month('2023-03')],
      counts: [{ value: 123, qualifier: 'exact' }],
      people: new Set(['per_b']),
    });
    expect(assignEvent(one, [e]).eventId).toBeNull();
  });
});

describe('reports with little to go on', () => {
  it("joins a bare report (a country, nothing else) to that country's latest event", () => {
    const bare = facts({ country: 'IR' });
    const older = event('rel_old', { country: 'IR', people: new Set(['per_sala']) });
    const newer = event('rel_new', { country: 'IR', people: new Set(['per_grondeau']) });
    const a = assignEvent(bare, [older, newer]);
    expect(a.eventId).toBe('rel_new');
    expect(a.explanation).toContain('nothing but the country and date to compare');
    // Never across countries, and never into an event whose dates are weeks away.
    expect(assignEvent(facts({ country: 'SA' }), [older, newer]).eventId).toBeNull();
    const dated = event('rel_d', { country: 'IR', dates: [day('2025-01-08')] });
    expect(
      assignEvent(facts({ country: 'IR', published: ['2025-03-21'] }), [dated]).eventId,
    ).toBeNull();
  });

  it('lets two named people in common outweigh a disagreeing figure or country', () => {
    const swap = event('rel_swap', {
      country: 'RU',
      counts: [{ value: 16, qualifier: 'exact' }],
      people: new Set(['per_g', 'per_w', 'per_k']),
    });
    // A report of the same swap that counts everyone exchanged and names the venue's country.
    const r = facts({
      country: 'TR',
      counts: [{ value: 26, qualifier: 'exact' }],
      people: new Set(['per_g', 'per_w']),
    });
    const a = assignEvent(r, [swap]);
    expect(a.eventId).toBe('rel_swap');
    expect(a.explanation.join('; ')).toMatch(/country TR vs RU, but 2 named people in common/);
    // One name is not enough to cross a country.
    expect(scoreEvent({ ...r, people: new Set(['per_g']) }, swap)).toBeNull();
    // The event index finds the other country's event through the people.
    const index = new EventIndex();
    index.add(swap);
    expect(index.assign(r).eventId).toBe('rel_swap');
  });
});

describe('a rounded figure and the exact one it stands for', () => {
  it('scores "more than 2,000" with 2,153 like the same figure, not "at least 87" with 99', () => {
    const e = event('rel_mm', { country: 'MM', counts: [{ value: 2153, qualifier: 'exact' }] });
    const rounded = facts({ country: 'MM', counts: [{ value: 2000, qualifier: 'more_than' }] });
    const a = assignEvent(rounded, [e]);
    expect(a.eventId).toBe('rel_mm');
    expect(a.explanation.join('; ')).toMatch(/agrees with 2153, closely/);
    const ve = event('rel_ve', { country: 'VE', counts: [{ value: 99, qualifier: 'exact' }] });
    const notRound = facts({ country: 'VE', counts: [{ value: 87, qualifier: 'at_least' }] });
    expect(assignEvent(notRound, [ve]).eventId).toBeNull();
  });

  it('keeps "more than 5,800" from an amnesty of 7,012: a total that size rounds to its own digits', () => {
    const e = event('rel_2023', { country: 'MM', counts: [{ value: 7012, qualifier: 'exact' }] });
    const r = facts({ country: 'MM', counts: [{ value: 5800, qualifier: 'more_than' }] });
    // Neither is dated: the country alone (0.3) and the figures, which now disagree.
    expect(assignEvent(r, [e]).eventId).toBeNull();
    expect(scoreEvent(r, e)?.explanation.join('; ')).toMatch(/disagrees with 7012/);
    // Two of its rounding units above it still agree: 5,864 and 5,950 are 'more than 5,800'.
    for (const value of [5864, 5950]) {
      const near = event('rel_near', { country: 'MM', counts: [{ value, qualifier: 'exact' }] });
      expect(assignEvent(r, [near]).eventId, `${value}`).toBe('rel_near');
    }
    // A small hedged figure stays open: 'at least 87' may have grown to 99 by the next report.
    const ve = event('rel_ve', { country: 'VE', counts: [{ value: 99, qualifier: 'exact' }] });
    const growing = facts({ country: 'VE', counts: [{ value: 87, qualifier: 'at_least' }] });
    expect(scoreEvent(growing, ve)?.explanation.join('; ')).toMatch(/agrees with 99/);
  });

  it('scores the same figure hedged ("at least 87", "about 87") like the exact one, not "more than 87"', () => {
    const e = event('rel_ve', { country: 'VE', counts: [{ value: 87, qualifier: 'exact' }] });
    for (const qualifier of ['at_least', 'about', 'almost', 'up_to'] as const) {
      const a = assignEvent(facts({ country: 'VE', counts: [{ value: 87, qualifier }] }), [e]);
      expect(a.eventId, qualifier).toBe('rel_ve');
      expect(a.explanation.join('; ')).toMatch(/the same figure, hedged/);
    }
    const more = facts({ country: 'VE', counts: [{ value: 87, qualifier: 'more_than' }] });
    expect(assignEvent(more, [e]).eventId).toBeNull();
    const moreEvent = event('rel_m', {
      country: 'VE',
      counts: [{ value: 87, qualifier: 'more_than' }],
    });
    expect(assignEvent(more, [moreEvent]).eventId).toBe('rel_m');
    // Below DISTINCT_COUNT a figure proves little: 'at least 2' and 2 stay apart on their own.
    const two = event('rel_2', { country: 'VE', counts: [{ value: 2, qualifier: 'exact' }] });
    const twoHedged = facts({ country: 'VE', counts: [{ value: 2, qualifier: 'at_least' }] });
    expect(assignEvent(twoHedged, [two]).eventId).toBeNull();
  });

  it('joins a dated report with nothing else to the same-country event of its dates', () => {
    const e = event('rel_ir', { country: 'IR', people: new Set(['per_grondeau']) });
    expect(assignEvent(facts({ country: 'IR', dates: [day('2025-03-21')] }), [e]).eventId).toBe(
      'rel_ir',
    );
  });
});

describe('figures of one swap', () => {
  it('lets two swap reports with different figures join on one named person', () => {
    const swap = 'prisoner_exchange|vadim krasikov';
    const e = event('rel_swap', {
      country: 'RU',
      counts: [{ value: 26, qualifier: 'exact' }],
      people: new Set(['per_g', 'per_k']),
      concessions: new Set([swap]),
    });
    const r = facts({
      country: 'RU',
      counts: [{ value: 16, qualifier: 'exact' }],
      people: new Set(['per_g']),
      concessions: new Set(['prisoner_exchange|']),
    });
    const a = assignEvent(r, [e]);
    expect(a.eventId).toBe('rel_swap');
    expect(a.explanation.join('; ')).toMatch(/as sides of one swap may/);
    // Without a swap on both sides the figures still disagree.
    expect(assignEvent({ ...r, concessions: new Set() }, [e]).eventId).toBeNull();
  });
});

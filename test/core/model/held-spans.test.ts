import { describe, expect, it } from 'vitest';
import { heldAt, type StatusEvent } from '../../../src/core/model/counts.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';
import {
  heldIdsPlan,
  heldOnDay,
  heldSpans,
  spanDeltas,
} from '../../../src/core/model/held-spans.ts';
import type { Status } from '../../../src/core/model/properties.ts';
import { statusPrecedence } from '../../../src/core/model/transitions.ts';

function ev(
  personId: string,
  date: string,
  status: Status,
  country: string | null = 'BY',
): StatusEvent {
  return { personId, date: parsePartialDate(date), status, country, releaseId: null };
}

/** The named count from the spans, the way the database answers it. */
function fromSpans(events: StatusEvent[], country: string, day: string) {
  const spans = heldSpans(events);
  const ids = spans
    .filter((s) => s.country === country && s.from <= day && (s.to === null || day < s.to))
    .map((s) => s.personId)
    .sort();
  let sum = 0;
  for (const [key, d] of spanDeltas(spans)) {
    const [c, at] = key.split('\u0000') as [string, string];
    if (c === country && at <= day) sum += d;
  }
  return { ids, sum };
}

describe('held spans', () => {
  it('turn a timeline into the days held, end exclusive', () => {
    const spans = heldSpans([
      ev('per_a', '2021-03-01', 'detained'),
      ev('per_a', '2022-05-10', 'sentenced'),
      ev('per_a', '2025-09-11', 'pardoned'),
      ev('per_a', '2025-09', 're_arrested', null),
    ]);
    // 'September 2025' starts on its first day, before the pardon: the pardon ends the stay.
    expect(spans).toEqual([
      { personId: 'per_a', country: 'BY', from: '2021-03-01', to: '2025-09-11' },
    ]);
  });

  it('drop a same-day release and join the re-arrest that follows it', () => {
    const spans = heldSpans([
      ev('per_s', '2020-05-29', 'detained'),
      ev('per_s', '2025-09-11', 'pardoned'),
      ev('per_s', '2025-09-11', 'refused_exile'),
    ]);
    expect(spans).toEqual([{ personId: 'per_s', country: 'BY', from: '2020-05-29', to: null }]);
  });

  it('move a prisoner from one country to another without a gap', () => {
    const spans = heldSpans([
      ev('per_x', '2020-01-01', 'detained', 'RU'),
      ev('per_x', '2021-01-01', 'detained', 'BY'),
      ev('per_x', '2022-01-01', 'released', null),
    ]);
    expect(spans).toEqual([
      { personId: 'per_x', country: 'RU', from: '2020-01-01', to: '2021-01-01' },
      { personId: 'per_x', country: 'BY', from: '2021-01-01', to: '2022-01-01' },
    ]);
  });

  it('agree with heldAt on every day of random timelines', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const events: StatusEvent[] = [];
    for (let p = 0; p < 60; p++) {
      for (let k = rand(6); k >= 0; k--) {
        const month = String(1 + rand(12)).padStart(2, '0');
        const day = String(1 + rand(28)).padStart(2, '0');
        const date = rand(4) === 0 ? `202${rand(4)}-${month}` : `202${rand(4)}-${month}-${day}`;
        const country = [null, 'BY', 'RU', 'by'][rand(4)]!;
        events.push(
          ev(`per_${p}`, date, statusPrecedence[rand(statusPrecedence.length)]!, country),
        );
      }
    }
    for (let t = Date.UTC(2019, 11, 25); t <= Date.UTC(2024, 0, 5); t += 86_400_000 * 3) {
      const day = new Date(t).toISOString().slice(0, 10);
      for (const country of ['BY', 'RU']) {
        const expected = heldAt({ events, aggregates: [] }, country, day);
        const got = fromSpans(events, country, day);
        expect(got.ids, `${country} ${day}`).toEqual(expected.personIds);
        expect(got.sum, `${country} ${day}`).toBe(expected.named);
      }
    }
  });
});

describe('heldOnDay and heldIdsPlan', () => {
  // Started 4, 6, 10 spans by each day; ended 1, 1, 8: held 3, 5, 2.
  const steps = {
    days: ['2020-01-01', '2020-03-15', '2021-07-01'],
    started: [4, 6, 10],
    ended: [1, 1, 8],
    held: [3, 5, 2],
  };
  const none = { days: [], held: [], started: [], ended: [] };

  it('is 0 before the first step, the step itself on its day and until the next', () => {
    expect(heldOnDay(steps, '2019-12-31')).toBe(0);
    expect(heldOnDay(steps, '2020-01-01')).toBe(3);
    expect(heldOnDay(steps, '2020-03-14')).toBe(3);
    expect(heldOnDay(steps, '2020-03-15')).toBe(5);
    expect(heldOnDay(steps, '2021-06-30')).toBe(5);
  });

  it('keeps the last step after it, and is 0 without steps', () => {
    expect(heldOnDay(steps, '2030-01-01')).toBe(2);
    expect(heldOnDay(none, '2020-01-01')).toBe(0);
  });

  it('reads the fewest spans: few started early, few not ended late, the id walk when dense', () => {
    // 1,000 spans; by 2012 ten started (none ended); by 2024 990 ended; in 2018 half held.
    const wide = {
      days: ['2012-01-01', '2018-01-01', '2024-01-01'],
      started: [10, 1000, 1000],
      ended: [0, 500, 990],
      held: [10, 500, 10],
    };
    expect(heldIdsPlan(wide, '2012-06-01', 100)).toBe('starting');
    expect(heldIdsPlan(wide, '2025-01-01', 100)).toBe('ending');
    expect(heldIdsPlan(wide, '2019-01-01', 100)).toBe('walk');
    expect(heldIdsPlan(none, '2019-01-01', 100)).toBe('walk');
  });
});

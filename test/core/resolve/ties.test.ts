/**
 * Ties never go by id: ids are random, so a tie broken by id decides differently from one run
 * to the next (docs/ingest.md, "Determinism"). Each case is tried with the earlier entity
 * holding the greater id and then the smaller one: the earlier wins both times.
 */
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/core/names/index.ts';
import {
  ActorRegistry,
  assignEvent,
  EventIndex,
  fingerprint,
  type KeyFacts,
  NearDuplicateIndex,
  PersonRegistry,
} from '../../../src/core/resolve/index.ts';
import { day, facts } from './release-facts.ts';

const orders: Array<[string, string]> = [
  ['z_first', 'a_second'],
  ['a_first', 'z_second'],
];

describe('ties go to the earlier, whatever the ids', () => {
  // Two events of one day with the same count: a report of that day scores both the same.
  const thirty = [{ value: 30, qualifier: 'exact' as const }];
  const known = () => facts({ dates: [day('2024-08-16')], counts: thirty });
  const report = facts({ dates: [day('2024-08-16')], counts: thirty });

  it.each(orders)('assignEvent picks the event listed first (%s, %s)', (first, second) => {
    const a = assignEvent(report, [
      { id: first, ...known() },
      { id: second, ...known() },
    ]);
    expect(a.eventId).toBe(first);
  });

  it.each(orders)('EventIndex picks the event added first (%s, %s)', (first, second) => {
    const index = new EventIndex();
    // Added undated, then dated: the way ingest creates events.
    for (const id of [first, second]) {
      index.add({ id, ...facts() });
      index.update(id, known());
    }
    expect(index.assign(report).eventId).toBe(first);
  });

  it.each(orders)(
    'CandidateIndex ranks equal scores by insertion, also at the limit (%s, %s)',
    (first, second) => {
      const index = new CandidateIndex();
      index.add(first, 'Ihar Losik');
      index.add(second, 'Ihar Losik');
      expect(index.search('Ihar Losik').map((h) => h.entityId)).toEqual([first, second]);
      expect(index.search('Ihar Losik', { limit: 1 }).map((h) => h.entityId)).toEqual([first]);
    },
  );

  it.each(orders)('PersonRegistry picks the person named first (%s, %s)', (first, second) => {
    const r = new PersonRegistry();
    r.addName(first, 'Ihar Losik');
    r.addName(second, 'Ihar Losik');
    expect(r.resolve('Ihar Losik')).toMatchObject({ decision: 'match', personId: first });
    expect(r.resolve('Igor Losik')).toMatchObject({ decision: 'match', personId: first });
  });

  it.each(orders)('ActorRegistry picks the actor named first (%s, %s)', (first, second) => {
    const a = new ActorRegistry();
    // Two keys (word order counts there) that the name engine scores the same.
    a.addName(first, 'John Coale');
    a.addName(second, 'Coale John');
    expect(a.resolve('Jon Coale').actorId).toBe(first);
  });

  it.each(orders)('NearDuplicateIndex picks the report stored first (%s, %s)', (first, second) => {
    const text =
      'Belarus freed 30 prisoners on 16 August 2024 after a pardon, the press office said; they had asked for clemency.';
    const f: KeyFacts = { country: 'BY', window: ['2024-08-16', '2024-08-16'], count: 30 };
    const print = () =>
      fingerprint({ text, language: 'en', releaseDate: null, country: 'BY', people: [], facts: f });
    const index = new NearDuplicateIndex();
    index.add(first, print());
    index.add(second, print());
    expect(index.find(print())?.id).toBe(first);
  });
});

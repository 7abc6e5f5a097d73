// Grouping when one feature of a report was misread: a background year taken as the date, a
// country the rules missed, a figure a source gives one or two off. Facts are invented.
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../src/core/model/dates.ts';
import {
  assignEvent,
  type EventCandidate,
  EventIndex,
  type ReleaseFacts,
  scoreEvent,
} from '../../../src/core/resolve/index.ts';
import { day, facts } from './release-facts.ts';

const year = (value: string): PartialDate => ({ value, precision: 'year' });
const exact = (value: number) => ({ value, qualifier: 'exact' as const });
const event = (id: string, over: Partial<ReleaseFacts> = {}): EventCandidate => ({
  id,
  ...facts(over),
});

describe('a background year read as the release date', () => {
  const sep = event('rel_sep', { dates: [day('2025-09-11')], counts: [exact(52)] });

  it('joins the event of its figure and country, as if undated', () => {
    const r = facts({ dates: [year('2020')], counts: [exact(52)] });
    const a = assignEvent(r, [sep]);
    expect(a.eventId).toBe('rel_sep');
    expect(a.explanation.join(' | ')).toMatch(/background year/);
  });

  it('still starts its own event when the figure disagrees', () => {
    expect(
      assignEvent(facts({ dates: [year('2020')], counts: [exact(14)] }), [sep]).eventId,
    ).toBeNull();
  });

  it('finds the event through the index, whichever side holds the year', () => {
    const index = new EventIndex();
    index.add(event('rel_sep', { dates: [day('2025-09-11')], counts: [exact(52)] }));
    expect(index.assign(facts({ dates: [year('2021')], counts: [exact(52)] })).eventId).toBe(
      'rel_sep',
    );
    const other = new EventIndex();
    other.add(event('rel_y', { dates: [year('2021')], counts: [exact(52)] }));
    expect(other.assign(facts({ dates: [day('2025-09-12')], counts: [exact(52)] })).eventId).toBe(
      'rel_y',
    );
  });
});

describe('a report whose country was missed', () => {
  const by = event('rel_by', { counts: [exact(123)] });
  const ru = event('rel_ru', { country: 'RU', counts: [exact(8)] });

  it('joins the only event with its large figure', () => {
    const r = facts({ country: null, counts: [exact(123)] });
    const a = assignEvent(r, [ru, by]);
    expect(a.eventId).toBe('rel_by');
    expect(a.explanation[0]).toMatch(/only event/);
  });

  it('joins the only event that freed a person it names', () => {
    const sala = event('rel_it', { country: 'IR', people: new Set(['per_c']) });
    const r = facts({ country: null, people: new Set(['per_c']) });
    expect(assignEvent(r, [by, sala]).eventId).toBe('rel_it');
  });

  it('does not guess between two events of that figure, nor join on a small one', () => {
    const ge = event('rel_ge', { country: 'GE', counts: [exact(123)] });
    expect(
      assignEvent(facts({ country: null, counts: [exact(123)] }), [by, ge]).eventId,
    ).toBeNull();
    expect(assignEvent(facts({ country: null, counts: [exact(8)] }), [ru]).eventId).toBeNull();
  });
});

describe('figures a few apart', () => {
  it('joins 88 to the event told as 87 and "at least 87"', () => {
    const e = event('rel_ve', {
      country: 'VE',
      counts: [exact(87), { value: 87, qualifier: 'at_least' }],
    });
    const a = assignEvent(facts({ country: 'VE', counts: [exact(88)] }), [e]);
    expect(a.eventId).toBe('rel_ve');
    expect(a.explanation.join(' | ')).toMatch(/a few apart/);
  });

  it('keeps small figures apart (14 and 16) and dated releases of different sizes apart', () => {
    const e = event('rel_14', { counts: [exact(14)] });
    expect(assignEvent(facts({ counts: [exact(16)] }), [e]).eventId).toBeNull();
    const dated = event('rel_52', { dates: [day('2025-09-11')], counts: [exact(52)] });
    expect(
      scoreEvent(facts({ dates: [day('2025-09-16')], counts: [exact(25)] }), dated),
    ).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { ClaimWithState, ReviewState } from '../../../src/core/model/claim.ts';
import { parsePartialDate } from '../../../src/core/model/dates.ts';
import {
  conflictedProperties,
  getMany,
  getOne,
  reconcileEntity,
} from '../../../src/core/model/reconcile.ts';
import type { Qualifier, Value } from '../../../src/core/model/values.ts';
import { date, name, num, ref, text } from '../../../src/core/model/values.ts';
import {
  factoryClock,
  makeName,
  makeStatedClaim,
  resetFactories,
} from '../../support/factories.ts';

beforeEach(() => resetFactories());

/** A claim about release rel_1, one minute after the previous one so claim order is clear. */
function claim(
  property: string,
  value: Value,
  state: ReviewState = 'accepted',
  extra: Partial<ClaimWithState> = {},
): ClaimWithState {
  factoryClock.advance(60_000);
  return makeStatedClaim({
    subjectId: 'rel_1',
    subjectType: 'release_event',
    property,
    value,
    state,
    initialState: state,
    ...extra,
  });
}
const count = (n: number, q: Qualifier = 'exact', sourceId = `src_${n}_${q}`) =>
  claim('releasedCount', num(n, q), 'accepted', { sourceId });
const when = (d: string, sourceId = `src_${d}`) =>
  claim('date', date(parsePartialDate(d)), 'accepted', { sourceId });
const reconcile = (claims: ClaimWithState[]) => reconcileEntity('release_event', claims);

describe('reconcileEntity: numbers', () => {
  it('123 and 114 exact are a conflict, both listed', () => {
    const p = reconcile([count(123), count(114)]);
    const rc = p.properties.releasedCount!;
    expect(rc.conflict).toBe(true);
    expect(p.conflicts).toHaveLength(1);
    expect(p.conflicts[0]!.property).toBe('releasedCount');
    expect(p.conflicts[0]!.values.map((v) => v.value)).toEqual([num(123), num(114)]);
  });

  it('13 vs 14 is a conflict decided by the number of sources, then the earliest claim', () => {
    const a = count(13, 'exact', 'src_a');
    const b = count(14, 'exact', 'src_b');
    const c = count(14, 'exact', 'src_c');
    expect(getOne(reconcile([a, b, c]), 'releasedCount')).toEqual(num(14));
    expect(reconcile([a, b, c]).properties.releasedCount!.conflict).toBe(true);
    // One source each: the earliest claim wins, whatever the input order.
    expect(getOne(reconcile([b, a]), 'releasedCount')).toEqual(num(13));
  });

  it('two claims from the same source count as one source', () => {
    const a = count(13, 'exact', 'src_a');
    const b = count(14, 'exact', 'src_b');
    const b2 = count(14, 'exact', 'src_b');
    expect(getOne(reconcile([a, b, b2]), 'releasedCount')).toEqual(num(13));
  });

  it('123 agrees with "more than 100" and the exact figure is the value', () => {
    const p = reconcile([count(100, 'more_than'), count(123)]);
    expect(p.properties.releasedCount!.conflict).toBe(false);
    expect(p.conflicts).toEqual([]);
    expect(getOne(p, 'releasedCount')).toEqual(num(123));
    expect(p.properties.releasedCount!.values).toEqual([num(123)]);
    expect(p.properties.releasedCount!.reported).toHaveLength(2);
  });

  it.each([
    ['about', 120, false],
    ['at_least', 123, false],
    ['more_than', 123, true],
    ['up_to', 100, true],
    ['almost', 130, false],
    ['almost', 200, true],
    ['about', 100, true],
  ] as const)('123 against %s %d: conflict %s', (qualifier, n, conflict) => {
    const p = reconcile([count(123), count(n, qualifier)]);
    expect(p.properties.releasedCount!.conflict).toBe(conflict);
  });

  it('two ranges that overlap agree; the bounded one is more specific', () => {
    const p = reconcile([count(1000, 'more_than'), count(1100, 'about')]);
    expect(p.properties.releasedCount!.conflict).toBe(false);
    expect(getOne(p, 'releasedCount')).toEqual(num(1100, 'about'));
  });

  it('two ranges that do not overlap conflict', () => {
    const p = reconcile([count(1000, 'more_than'), count(900, 'up_to')]);
    expect(p.properties.releasedCount!.conflict).toBe(true);
  });

  it('one incompatible pair is enough for a conflict', () => {
    const p = reconcile([count(100, 'more_than'), count(123), count(110, 'about')]);
    expect(p.properties.releasedCount!.conflict).toBe(true);
    expect(p.conflicts[0]!.values).toHaveLength(3);
  });
});

describe('reconcileEntity: dates, text and refs', () => {
  it('June 2025 and 2025-06-21 agree; the day is the value', () => {
    const p = reconcile([when('2025-06'), when('2025-06-21'), when('2025')]);
    expect(p.properties.date!.conflict).toBe(false);
    expect(getOne(p, 'date', 'date')?.date).toEqual({ value: '2025-06-21', precision: 'day' });
  });

  it('June and September conflict', () => {
    const p = reconcile([when('2025-06'), when('2025-09-11')]);
    expect(p.properties.date!.conflict).toBe(true);
    expect(conflictedProperties(p)).toEqual(['date']);
  });

  it('text agrees ignoring case and spaces; the first spelling is kept', () => {
    const p = reconcile([
      claim('kind', text('pardon'), 'accepted', { sourceId: 's1' }),
      claim('kind', text('  Pardon '), 'accepted', { sourceId: 's2' }),
    ]);
    expect(p.properties.kind!.conflict).toBe(false);
    expect(getOne(p, 'kind')).toEqual(text('pardon'));
    expect(p.properties.kind!.reported).toEqual([
      {
        value: text('pardon'),
        claimIds: [expect.any(String), expect.any(String)],
        sourceIds: ['s1', 's2'],
        states: ['accepted', 'accepted'],
      },
    ]);
  });

  it('refs agree only on the same id', () => {
    const same = reconcile([claim('deal', ref('deal_1')), claim('deal', ref('deal_1'))]);
    expect(same.conflicts).toEqual([]);
    const different = reconcile([claim('deal', ref('deal_1')), claim('deal', ref('deal_2'))]);
    expect(different.properties.deal!.conflict).toBe(true);
  });
});

describe('reconcileEntity: review states and corrections', () => {
  it('ignores rejected claims entirely', () => {
    const p = reconcile([count(52), claim('releasedCount', num(14), 'rejected')]);
    expect(p.properties.releasedCount!.conflict).toBe(false);
    expect(p.properties.releasedCount!.reported.map((r) => r.value)).toEqual([num(52)]);
  });

  it('lists proposed claims in reported only', () => {
    const p = reconcile([count(52), claim('releasedCount', num(14), 'proposed')]);
    const rc = p.properties.releasedCount!;
    expect(rc.value).toEqual(num(52));
    expect(rc.conflict).toBe(false);
    expect(rc.reported.map((r) => [r.value, r.states])).toEqual([
      [num(52), ['accepted']],
      [num(14), ['proposed']],
    ]);
  });

  it('a property with proposed claims only has no value yet', () => {
    const p = reconcile([claim('releasedCount', num(52), 'proposed')]);
    expect(p.properties.releasedCount!.value).toBeNull();
    expect(p.properties.releasedCount!.values).toEqual([]);
    expect(getOne(p, 'releasedCount')).toBeNull();
    expect(getOne(p, 'title')).toBeNull();
  });

  it('an accepted correction hides the claim it corrects', () => {
    const wrong = count(25);
    const fix = claim('releasedCount', num(52), 'accepted', {
      supersedes: wrong.id,
      sourceId: null,
    });
    const p = reconcile([wrong, fix, count(52, 'exact', 'src_other')]);
    expect(p.properties.releasedCount!.conflict).toBe(false);
    expect(getOne(p, 'releasedCount')).toEqual(num(52));
    expect(p.properties.releasedCount!.reported.flatMap((r) => r.claimIds)).not.toContain(wrong.id);
  });

  it('a proposed or rejected correction hides nothing', () => {
    const original = count(25);
    const proposedFix = claim('releasedCount', num(52), 'proposed', { supersedes: original.id });
    const rejectedFix = claim('releasedCount', num(53), 'rejected', { supersedes: original.id });
    const p = reconcile([original, proposedFix, rejectedFix]);
    expect(getOne(p, 'releasedCount')).toEqual(num(25));
    expect(p.properties.releasedCount!.reported.map((r) => r.value)).toEqual([num(25), num(52)]);
  });

  it('a chain of corrections leaves only the last', () => {
    const a = count(25);
    const b = claim('releasedCount', num(50), 'accepted', { supersedes: a.id });
    const c = claim('releasedCount', num(52), 'accepted', { supersedes: b.id });
    const rc = reconcile([c, a, b]).properties.releasedCount!;
    expect(rc.values).toEqual([num(52)]);
    expect(rc.reported).toHaveLength(1);
  });
});

describe('reconcileEntity: many-valued properties', () => {
  it('keeps distinct accepted values in claim order, never in conflict', () => {
    const p = reconcile([
      claim('released', ref('per_2')),
      claim('released', ref('per_1')),
      claim('released', ref('per_2')),
      claim('released', ref('per_3'), 'proposed'),
    ]);
    expect(p.properties.released!.cardinality).toBe('many');
    expect(p.properties.released!.value).toBeNull();
    expect(getMany(p, 'released')).toEqual([ref('per_2'), ref('per_1')]);
    expect(p.properties.released!.reported).toHaveLength(3);
    expect(p.conflicts).toEqual([]);
  });

  it('keeps one spelling of a name once, showing its most authoritative kind', () => {
    const person = (v: Value) =>
      makeStatedClaim({ subjectId: 'per_1', property: 'name', value: v, state: 'accepted' });
    const p = reconcileEntity('person', [
      person(name(makeName('Ihar Losik', { kind: 'press' }))),
      person(name(makeName('Ігар Лосік', { language: 'be' }))),
      person(name(makeName('Ihar Losik', { kind: 'official', language: 'be-Latn' }))),
    ]);
    expect(getMany(p, 'name', 'name').map((v) => [v.name.value, v.name.kind])).toEqual([
      ['Ihar Losik', 'official'],
      ['Ігар Лосік', 'official'],
    ]);
  });

  it('keeps properties unknown to the schema as many-valued', () => {
    const p = reconcile([claim('rumour', text('a')), claim('rumour', text('b'))]);
    expect(p.properties.rumour!.cardinality).toBe('many');
    expect(getMany(p, 'rumour')).toEqual([text('a'), text('b')]);
    expect(p.conflicts).toEqual([]);
  });
});

describe('reconcileEntity: determinism and accessors', () => {
  it('gives the same projection for any input order', () => {
    const claims = [
      count(13),
      count(14),
      when('2025-06'),
      when('2025-06-21'),
      count(10, 'more_than'),
    ];
    const expected = reconcile(claims);
    const reversed = reconcile([...claims].reverse());
    expect(reversed).toEqual(expected);
    expect(Object.keys(expected.properties)).toEqual(['date', 'releasedCount']);
  });

  it('getOne and getMany filter by value type', () => {
    const p = reconcile([count(52), claim('destination', text('LT'))]);
    expect(getOne(p, 'releasedCount', 'number')?.number).toBe(52);
    expect(getOne(p, 'releasedCount', 'text')).toBeNull();
    expect(getMany(p, 'destination', 'text').map((v) => v.text)).toEqual(['LT']);
    expect(getMany(p, 'destination', 'ref')).toEqual([]);
    expect(getMany(p, 'nothing')).toEqual([]);
  });

  it('returns an empty projection for no claims', () => {
    expect(reconcile([])).toEqual({ properties: {}, conflicts: [] });
  });
});

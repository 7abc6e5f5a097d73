/**
 * The ledger at a cut and what changed between two (core/model/changes.ts): claims and
 * reviews counted by time or by storage order, releases created or changed (value or
 * acceptance), conflicts new or grown, and nothing for a repeat of a known value.
 */
import { describe, expect, it } from 'vitest';
import {
  claimsAt,
  entityChanges,
  newConflicts,
  type TimedClaim,
} from '../../../src/core/model/changes.ts';
import { reconcileEntity } from '../../../src/core/model/reconcile.ts';
import { num, text } from '../../../src/core/model/values.ts';
import { makeClaim, makeReview } from '../../support/factories.ts';

const t = (minute: number) => `2026-03-01T08:${String(minute).padStart(2, '0')}:00.000Z`;

function claim(
  id: string,
  seq: number,
  minute: number,
  property: string,
  value: ReturnType<typeof num>,
  reviews: Array<{ seq: number; minute: number; state: 'accepted' | 'rejected' }> = [],
  sourceId = `src_${id}`,
): TimedClaim {
  return {
    ...makeClaim({
      id,
      subjectId: 'rel_1',
      subjectType: 'release_event',
      property,
      value,
      sourceId,
      createdAt: t(minute),
    }),
    seq,
    reviews: reviews.map((r, i) => ({
      ...makeReview({ id: `rev_${id}_${i}`, claimId: id, state: r.state, at: t(r.minute) }),
      seq: r.seq,
    })),
  };
}

const at = (history: TimedClaim[], minute: number) =>
  reconcileEntity('release_event', claimsAt(history, { at: t(minute) }));

describe('the ledger at a cut', () => {
  const history = [
    claim('c1', 1, 1, 'releasedCount', num(52), [{ seq: 1, minute: 5, state: 'accepted' }]),
    claim('c2', 2, 3, 'country', text('BY')),
  ];

  it('holds the claims recorded by then, in the state their reviews then gave', () => {
    expect(claimsAt(history, { at: t(0) })).toEqual([]);
    expect(claimsAt(history, { at: t(2) }).map((c) => [c.id, c.state])).toEqual([
      ['c1', 'proposed'],
    ]);
    expect(claimsAt(history, { at: t(5) }).map((c) => [c.id, c.state])).toEqual([
      ['c1', 'accepted'],
      ['c2', 'proposed'],
    ]);
  });

  it('counts by storage order just as well, claims and reviews each by their own seq', () => {
    expect(claimsAt(history, { claims: 1, reviews: 0 }).map((c) => c.state)).toEqual(['proposed']);
    expect(claimsAt(history, { claims: 2, reviews: 1 }).map((c) => c.state)).toEqual([
      'accepted',
      'proposed',
    ]);
    // A review stored before its claim's cut is ignored until the claim is in.
    expect(claimsAt(history, { claims: 0, reviews: 1 })).toEqual([]);
    expect(claimsAt(history, { claims: 2, reviews: 1 })[0]).not.toHaveProperty('seq');
  });
});

describe('what changed of a release', () => {
  it('is created when it had no claims at the start, with the values a reader sees', () => {
    const history = [claim('c1', 1, 2, 'releasedCount', num(52))];
    const [created] = entityChanges('release_event', 'rel_1', null, at(history, 3));
    expect(created).toMatchObject({
      kind: 'release.created',
      id: 'rel_1',
      label: 'rel_1',
      best: { releasedCount: { value: num(52), proposed: true }, country: null, date: null },
    });
  });

  it('changed when its count is accepted, or changes value; not when a report repeats it', () => {
    const history = [
      claim('c1', 1, 1, 'releasedCount', num(52), [{ seq: 1, minute: 5, state: 'accepted' }]),
      claim('c2', 2, 3, 'releasedCount', num(52)),
    ];
    expect(entityChanges('release_event', 'rel_1', at(history, 1), at(history, 4))).toEqual([]);
    const accepted = entityChanges('release_event', 'rel_1', at(history, 4), at(history, 6));
    expect(accepted).toMatchObject([
      {
        kind: 'release.changed',
        changes: [
          {
            field: 'releasedCount',
            before: { value: num(52), proposed: true },
            after: { value: num(52), proposed: false },
          },
        ],
      },
    ]);
    const more = [...history, claim('c3', 3, 7, 'releasedCount', num(123), [], 'src_c1')];
    expect(entityChanges('release_event', 'rel_1', at(more, 6), at(more, 8))).toEqual([]);
  });

  it('reports a conflict when it appears and again only when it grows a value', () => {
    const history = [
      claim('c1', 1, 1, 'releasedCount', num(52), [{ seq: 1, minute: 2, state: 'accepted' }]),
      claim('c2', 2, 3, 'releasedCount', num(14), [{ seq: 2, minute: 4, state: 'accepted' }]),
      claim('c3', 3, 5, 'releasedCount', num(52, 'about')),
      claim('c4', 4, 6, 'releasedCount', num(18), [{ seq: 3, minute: 7, state: 'accepted' }]),
    ];
    const first = entityChanges('release_event', 'rel_1', at(history, 2), at(history, 4));
    expect(first.map((c) => c.kind)).toEqual(['conflict.created']);
    expect(newConflicts(at(history, 4), at(history, 5))).toEqual([]);
    const grown = newConflicts(at(history, 5), at(history, 8));
    expect(grown.map((c) => c.values.map((v) => v.value))).toEqual([[num(52), num(14), num(18)]]);
  });

  it('reports only conflicts of persons and deals, and titles a release by its title', () => {
    const person = [
      { ...claim('p1', 1, 1, 'birthYear', num(1980), [{ seq: 1, minute: 1, state: 'accepted' }]) },
      { ...claim('p2', 2, 2, 'birthYear', num(1982), [{ seq: 2, minute: 2, state: 'accepted' }]) },
    ].map((c) => ({ ...c, subjectId: 'per_1', subjectType: 'person' as const }));
    const before = reconcileEntity('person', claimsAt(person, { at: t(1) }));
    const after = reconcileEntity('person', claimsAt(person, { at: t(3) }));
    expect(entityChanges('person', 'per_1', null, after).map((c) => c.kind)).toEqual([
      'conflict.created',
    ]);
    expect(entityChanges('person', 'per_1', before, after)[0]).toMatchObject({
      type: 'person',
      property: 'birthYear',
    });
    const titled = [
      claim('c1', 1, 1, 'title', text('Fifty-two freed'), [
        { seq: 1, minute: 1, state: 'accepted' },
      ]),
    ];
    expect(entityChanges('release_event', 'rel_1', null, at(titled, 2))[0]?.label).toBe(
      'Fifty-two freed',
    );
  });
});

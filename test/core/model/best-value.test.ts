import { beforeEach, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../../src/core/model/claim.ts';
import { reconcileEntity } from '../../../src/core/model/reconcile.ts';
import { num, type Value } from '../../../src/core/model/values.ts';
import { bestOf } from '../../../src/core/model/views.ts';
import { makeStatedClaim, resetFactories } from '../../support/factories.ts';

beforeEach(() => resetFactories());

/** A release event's count claims: [value, state, source]. */
function counts(rows: Array<[Value, ReviewState, string]>) {
  return reconcileEntity(
    'release_event',
    rows.map(([value, state, sourceId]) =>
      makeStatedClaim({
        subjectType: 'release_event',
        subjectId: 'rel_1',
        property: 'releasedCount',
        value,
        state,
        sourceId,
      }),
    ),
  );
}

describe('bestOf: what a reader sees before and after review', () => {
  it('gives the proposed value most reports give, marked proposed', () => {
    const p = counts([
      [num(114), 'proposed', 'src_a'],
      [num(123), 'proposed', 'src_b'],
      [num(123), 'proposed', 'src_c'],
    ]);
    expect(bestOf(p, 'releasedCount')).toEqual({ value: num(123), proposed: true, sources: 2 });
  });

  it('gives the accepted value once there is one, even against more reports', () => {
    const p = counts([
      [num(114), 'accepted', 'src_a'],
      [num(123), 'proposed', 'src_b'],
      [num(123), 'proposed', 'src_c'],
    ]);
    expect(bestOf(p, 'releasedCount')).toEqual({ value: num(114), proposed: false, sources: 1 });
  });

  it('gives nothing when every claim was rejected or none was made', () => {
    expect(bestOf(counts([[num(5), 'rejected', 'src_a']]), 'releasedCount')).toBeNull();
    expect(bestOf(counts([]), 'releasedCount')).toBeNull();
  });
});

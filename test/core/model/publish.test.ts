import { describe, expect, it } from 'vitest';
import {
  confidentialLabel,
  dependentsOf,
  isPublished,
  type PublicPolicy,
  privateEntities,
  publicClaim,
  publicSource,
} from '../../../src/core/model/publish.ts';
import { makeSource, makeStatedClaim } from '../../support/factories.ts';

const text = (t: string) => ({ type: 'text' as const, text: t });
const ref = (id: string) => ({ type: 'ref' as const, id });
const visibility = (id: string, v: string, createdAt: string, state = 'accepted' as const) =>
  makeStatedClaim({
    id: `clm_${createdAt}`,
    subjectId: id,
    property: 'visibility',
    value: text(v),
    createdAt,
    state,
  });

const policy: PublicPolicy = {
  hidden: new Set(['per_x']),
  confidentialSources: new Set(['src_c']),
};

describe('what is published', () => {
  it('takes the latest accepted visibility claim; proposed and rejected ones do not count', () => {
    expect(privateEntities([visibility('per_a', 'private', '2025-01-01')])).toEqual(
      new Set(['per_a']),
    );
    expect(
      privateEntities([
        visibility('per_a', 'private', '2025-01-01'),
        visibility('per_a', 'public', '2025-02-01'),
      ]),
    ).toEqual(new Set());
    expect(
      privateEntities([
        visibility('per_a', 'public', '2025-01-01'),
        makeStatedClaim({ ...visibility('per_a', 'private', '2025-03-01'), state: 'proposed' }),
        makeStatedClaim({ ...visibility('per_a', 'private', '2025-04-01'), state: 'rejected' }),
      ]),
    ).toEqual(new Set());
  });

  it('publishes accepted claims only, never private properties, withheld subjects or refs', () => {
    const base = { subjectId: 'per_a', property: 'occupation', value: text('teacher') };
    expect(isPublished(makeStatedClaim({ ...base, state: 'accepted' }), policy)).toBe(true);
    expect(isPublished(makeStatedClaim({ ...base, state: 'proposed' }), policy)).toBe(false);
    expect(isPublished(makeStatedClaim({ ...base, state: 'rejected' }), policy)).toBe(false);
    const familyContact = { ...base, property: 'familyContact', state: 'accepted' as const };
    expect(isPublished(makeStatedClaim(familyContact), policy)).toBe(false);
    const hiddenSubject = { ...base, subjectId: 'per_x', state: 'accepted' as const };
    expect(isPublished(makeStatedClaim(hiddenSubject), policy)).toBe(false);
    const release = {
      subjectId: 'rel_1',
      subjectType: 'release_event' as const,
      property: 'released',
      state: 'accepted' as const,
    };
    expect(isPublished(makeStatedClaim({ ...release, value: ref('per_x') }), policy)).toBe(false);
    expect(isPublished(makeStatedClaim({ ...release, value: ref('per_a') }), policy)).toBe(true);
  });

  it('withholds dependents: detentions and status changes of a withheld person, merged records', () => {
    const claims = [
      makeStatedClaim({
        subjectId: 'det_1',
        subjectType: 'detention',
        property: 'person',
        value: ref('per_x'),
        state: 'accepted',
      }),
      makeStatedClaim({
        subjectId: 'per_y',
        property: 'mergedInto',
        value: ref('per_x'),
        state: 'accepted',
      }),
      makeStatedClaim({
        subjectId: 'per_z',
        property: 'mergedInto',
        value: ref('per_x'),
        state: 'proposed',
      }),
      makeStatedClaim({
        subjectId: 'rel_1',
        subjectType: 'release_event',
        property: 'released',
        value: ref('per_x'),
        state: 'accepted',
      }),
    ];
    expect(dependentsOf(claims, policy.hidden)).toEqual(['det_1', 'per_y']);
  });

  it('shows a confidential source only as such, and no quote from it', () => {
    const s = publicSource(makeSource({ id: 'src_c' }), policy);
    expect(s).toMatchObject({ title: confidentialLabel, url: null, publisher: null, text: '' });
    expect(s.contentHash).toBe('confidential:src_c');
    const open = makeSource({ id: 'src_o' });
    expect(publicSource(open, policy)).toBe(open);
    const quoted = makeStatedClaim({
      sourceId: 'src_c',
      evidence: { start: 0, end: 3, quote: 'abc' },
    });
    expect(publicClaim(quoted, policy).evidence).toBeNull();
    const other = makeStatedClaim({
      sourceId: 'src_o',
      evidence: { start: 0, end: 3, quote: 'abc' },
    });
    expect(publicClaim(other, policy).evidence?.quote).toBe('abc');
  });
});

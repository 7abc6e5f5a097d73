import { beforeEach, describe, expect, it } from 'vitest';
import {
  authorLabel,
  checkEvidence,
  currentState,
  InvalidEvidenceError,
} from '../../../src/core/model/claim.ts';
import { makeClaim, makeReview, resetFactories } from '../../support/factories.ts';

beforeEach(() => resetFactories());

describe('currentState', () => {
  it('is the initial state without reviews', () => {
    expect(currentState(makeClaim(), [])).toBe('proposed');
    expect(currentState(makeClaim({ initialState: 'accepted' }), [])).toBe('accepted');
  });

  it('follows the latest review of this claim', () => {
    const claim = makeClaim();
    const reviews = [
      makeReview({ claimId: claim.id, state: 'rejected', at: '2025-09-13T10:00:00.000Z' }),
      makeReview({ claimId: claim.id, state: 'accepted', at: '2025-09-12T10:00:00.000Z' }),
      makeReview({ claimId: 'clm_other', state: 'proposed', at: '2025-09-20T10:00:00.000Z' }),
    ];
    expect(currentState(claim, reviews)).toBe('rejected');
  });

  it('breaks ties at the same instant by review id, whatever the order given', () => {
    const claim = makeClaim();
    const at = '2025-09-12T10:00:00.000Z';
    const first = makeReview({ claimId: claim.id, state: 'accepted', at });
    const second = makeReview({ claimId: claim.id, state: 'rejected', at });
    expect(currentState(claim, [first, second])).toBe('rejected');
    expect(currentState(claim, [second, first])).toBe('rejected');
  });
});

describe('checkEvidence', () => {
  const source = 'Fifty-two people were freed on Thursday.';

  it('accepts a quote that matches its offsets', () => {
    expect(() => checkEvidence({ start: 0, end: 9, quote: 'Fifty-two' }, source)).not.toThrow();
    expect(() => checkEvidence({ start: 5, end: 5, quote: '' }, source)).not.toThrow();
  });

  it('rejects a quote that differs from the source', () => {
    expect(() => checkEvidence({ start: 0, end: 9, quote: 'Fifty-one' }, source)).toThrow(
      /does not match the source at 0\.\.9.*"Fifty-one".*"Fifty-two"/,
    );
  });

  it('rejects offsets past the end', () => {
    expect(() => checkEvidence({ start: 30, end: 99, quote: 'x' }, source)).toThrow(
      'past the end of the source (40 characters)',
    );
  });

  it.each([
    [-1, 3],
    [5, 2],
    [1.5, 3],
    [Number.NaN, 3],
  ])('rejects the range %s..%s', (start, end) => {
    expect(() => checkEvidence({ start, end, quote: '' }, source)).toThrow(InvalidEvidenceError);
    expect(() => checkEvidence({ start, end, quote: '' }, source)).toThrow('not a valid range');
  });
});

describe('authorLabel', () => {
  it('names extractors with their version, users and imports', () => {
    expect(authorLabel({ kind: 'extractor', name: 'rules', version: '0.3.1' })).toBe('rules@0.3.1');
    expect(authorLabel({ kind: 'user', id: 'u7' })).toBe('user:u7');
    expect(authorLabel({ kind: 'import', name: 'viasna-csv' })).toBe('import:viasna-csv');
  });
});

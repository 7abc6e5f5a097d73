import { beforeEach, describe, expect, it } from 'vitest';
import {
  FIXED_NOW,
  FixedClock,
  makeClaim,
  makeReview,
  makeSource,
  makeStatedClaim,
  resetFactories,
  SequentialIds,
} from './factories.ts';

beforeEach(() => resetFactories());

describe('test factories', () => {
  it('FixedClock stands still until advanced', () => {
    const clock = new FixedClock();
    expect(clock.now()).toBe(FIXED_NOW);
    expect(clock.now()).toBe(FIXED_NOW);
    expect(clock.advance(1500).now()).toBe('2025-09-12T09:00:01.500Z');
    expect(() => new FixedClock('not a date')).toThrow('invalid start');
  });

  it('SequentialIds counts per prefix, zero-padded so ids sort in creation order', () => {
    const ids = new SequentialIds();
    expect([ids.next('clm'), ids.next('per'), ids.next('clm')]).toEqual([
      'clm_000001',
      'per_000001',
      'clm_000002',
    ]);
  });

  it('make* functions give predictable defaults and apply overrides', () => {
    const a = makeClaim();
    const b = makeClaim({ property: 'birthYear' });
    expect([a.id, b.id]).toEqual(['clm_000001', 'clm_000002']);
    expect(a).toMatchObject({ initialState: 'proposed', createdAt: FIXED_NOW, supersedes: null });
    expect(b.property).toBe('birthYear');
    expect(makeStatedClaim({ initialState: 'accepted' }).state).toBe('accepted');
    expect(makeStatedClaim({ state: 'rejected' }).state).toBe('rejected');
    expect(makeReview().id).toBe('rev_000001');
    expect(makeSource().id).toBe('src_000001');
    expect(makeSource({ id: 'src_x' }).url).toBe('https://news.example.org/src_x');
  });

  it('resetFactories restarts the ids', () => {
    makeClaim();
    resetFactories();
    expect(makeClaim().id).toBe('clm_000001');
  });
});

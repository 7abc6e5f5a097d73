/**
 * Test factories shared by every test suite: build claims, reviews, sources and names with
 * sensible defaults and only the fields a test cares about given as overrides.
 *
 *   import { makeClaim, makeStatedClaim, makeReview, FixedClock, SequentialIds,
 *            resetFactories } from './factories.ts';
 *
 *   beforeEach(() => resetFactories());          // ids restart at 000001 in every test
 *   const c = makeClaim({ property: 'birthYear', value: num(1962) });   // a Claim, 'proposed'
 *   const a = makeStatedClaim({ state: 'accepted', sourceId: 'src_2' }); // a ClaimWithState
 *   const r = makeReview({ claimId: c.id, state: 'accepted' });
 *
 * Determinism: ids come from one SequentialIds ('clm_000001', 'rev_000001', ... zero-padded,
 * so sorting ids sorts by creation), timestamps from one FixedClock frozen at
 * FIXED_NOW unless a test advances it. Pass your own `FixedClock` / `SequentialIds` to use
 * cases that take a Clock and an IdGenerator from src/core/ports.ts.
 */
import type { Claim, ClaimWithState, Review } from '../../src/core/model/claim.ts';
import type { Source } from '../../src/core/model/source.ts';
import type { NameValue, Value } from '../../src/core/model/values.ts';
import { guessScript } from '../../src/core/model/values.ts';
import type { Clock, IdGenerator } from '../../src/core/ports.ts';

export const FIXED_NOW = '2025-09-12T09:00:00.000Z';

/** A clock that stands still until told otherwise. */
export class FixedClock implements Clock {
  private current: number;

  constructor(start: string = FIXED_NOW) {
    this.current = Date.parse(start);
    if (Number.isNaN(this.current)) throw new Error(`FixedClock: invalid start '${start}'`);
  }

  now(): string {
    return new Date(this.current).toISOString();
  }

  /** Moves the clock forward (or back, with a negative number) by ms milliseconds. */
  advance(ms: number): this {
    this.current += ms;
    return this;
  }

  set(iso: string): this {
    this.current = Date.parse(iso);
    return this;
  }
}

/** Ids 'prefix_000001', 'prefix_000002', ... counted per prefix, in creation order. */
export class SequentialIds implements IdGenerator {
  private readonly counters = new Map<string, number>();

  next(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}_${String(n).padStart(6, '0')}`;
  }

  reset(): void {
    this.counters.clear();
  }
}

/** The clock and ids the make* functions use; reset them with resetFactories(). */
export const factoryClock = new FixedClock();
export const factoryIds = new SequentialIds();

export function resetFactories(): void {
  factoryClock.set(FIXED_NOW);
  factoryIds.reset();
}

export function makeName(value: string, overrides: Partial<NameValue> = {}): NameValue {
  return { value, script: guessScript(value), language: null, kind: 'official', ...overrides };
}

/** A claim about a person's name by default; a proposed claim from extractor test@1. */
export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  const value: Value = { type: 'name', name: makeName('Ales Bialiatski') };
  return {
    id: factoryIds.next('clm'),
    subjectId: 'per_000001',
    subjectType: 'person',
    property: 'name',
    value,
    sourceId: 'src_000001',
    evidence: null,
    author: { kind: 'extractor', name: 'test', version: '1' },
    createdAt: factoryClock.now(),
    confidence: 0.9,
    initialState: 'proposed',
    supersedes: null,
    ...overrides,
  };
}

/** A claim with its current state; the state defaults to the claim's initialState. */
export function makeStatedClaim(overrides: Partial<ClaimWithState> = {}): ClaimWithState {
  const claim = makeClaim(overrides);
  return { ...claim, state: overrides.state ?? claim.initialState };
}

export function makeReview(overrides: Partial<Review> = {}): Review {
  return {
    id: factoryIds.next('rev'),
    claimId: 'clm_000001',
    state: 'accepted',
    author: { kind: 'user', id: 'usr_reviewer' },
    at: factoryClock.now(),
    note: null,
    ...overrides,
  };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  const id = overrides.id ?? factoryIds.next('src');
  return {
    id,
    url: `https://news.example.org/${id}`,
    title: 'Prisoners freed after talks',
    publisher: 'Example News',
    publishedAt: '2025-09-11',
    language: 'en',
    contentHash: `hash-${id}`,
    text: 'Fifty-two people were freed on Thursday, rights groups said.',
    ingestedAt: factoryClock.now(),
    duplicateOf: null,
    ...overrides,
  };
}

import { ValidationError } from '../errors.ts';
import type { Value } from './values.ts';

/** The kinds of entity a claim can be about (see docs/ARCHITECTURE.md, "The model"). */
export type EntityType =
  | 'person'
  | 'detention'
  | 'status_change'
  | 'release_event'
  | 'deal'
  | 'concession'
  | 'actor'
  | 'count_claim'
  | 'aggregate';

export const entityTypes: readonly EntityType[] = [
  'person',
  'detention',
  'status_change',
  'release_event',
  'deal',
  'concession',
  'actor',
  'count_claim',
  'aggregate',
];

export type ReviewState = 'proposed' | 'accepted' | 'rejected';

/** Where in the source text a claim comes from; quote is exactly text.slice(start, end). */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

/** Who or what made a claim or a review decision. */
export type Author =
  | { kind: 'extractor'; name: string; version: string }
  | { kind: 'user'; id: string }
  | { kind: 'import'; name: string };

export interface Claim {
  id: string;
  subjectId: string;
  subjectType: EntityType;
  property: string;
  value: Value;
  sourceId: string | null;
  evidence: Evidence | null;
  author: Author;
  /** ISO timestamp. */
  createdAt: string;
  confidence: number;
  /** State at creation; later decisions are Reviews, so the claim itself never changes. */
  initialState: ReviewState;
  /** The claim this one corrects, if any. */
  supersedes: string | null;
}

/** A decision on a claim, appended; the latest review gives the claim's current state. */
export interface Review {
  id: string;
  claimId: string;
  state: ReviewState;
  author: Author;
  at: string;
  note: string | null;
}

export interface ClaimWithState extends Claim {
  state: ReviewState;
}

/** Current state of a claim given all reviews of it (latest wins, ties by id order). */
export function currentState(claim: Claim, reviews: readonly Review[]): ReviewState {
  let state = claim.initialState;
  let last = '';
  for (const r of reviews) {
    if (r.claimId !== claim.id) continue;
    const key = `${r.at}|${r.id}`;
    if (key >= last) {
      last = key;
      state = r.state;
    }
  }
  return state;
}

export function authorLabel(a: Author): string {
  if (a.kind === 'extractor') return `${a.name}@${a.version}`;
  if (a.kind === 'user') return `user:${a.id}`;
  return `import:${a.name}`;
}

export class InvalidEvidenceError extends ValidationError {}

/** Checks that evidence quotes exactly the text between its offsets. */
export function checkEvidence(e: Evidence, sourceText: string): void {
  if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end >= e.start)) {
    throw new InvalidEvidenceError(`evidence offsets ${e.start}..${e.end} are not a valid range`);
  }
  if (e.end > sourceText.length) {
    throw new InvalidEvidenceError(
      `evidence ends at ${e.end}, past the end of the source (${sourceText.length} characters)`,
    );
  }
  const actual = sourceText.slice(e.start, e.end);
  if (actual !== e.quote) {
    throw new InvalidEvidenceError(
      `evidence quote does not match the source at ${e.start}..${e.end}: expected ${JSON.stringify(e.quote)}, source has ${JSON.stringify(actual)}`,
    );
  }
}

/**
 * What changed in the ledger between two moments (docs/whats-new.md), worked out from the
 * append-only claims and reviews alone: the ledger as it stood at a moment is the claims
 * recorded by then, each in the state its reviews up to then gave it. Nothing is stored about
 * the past; two projections of the same claims at two cuts are compared.
 *
 * A cut is a moment, either a time (claims' `createdAt` and reviews' `at`: the What is new
 * view, "since you last looked") or a place in storage order (`seq`: the webhook dispatcher,
 * whose mark must not depend on clocks; see src/adapters/db/schema.ts `hookMarks`).
 */
import type { Claim, ClaimWithState, EntityType, Review } from './claim.ts';
import { currentState } from './claim.ts';
import type { Conflict, Projection, ReportedValue } from './reconcile.ts';
import { valueKey } from './values.ts';
import { type BestValue, bestOf, displayName, textOf } from './views.ts';

/** Claims and reviews in storage order up to (and with) these `seq` numbers. */
export interface SeqCut {
  claims: number;
  reviews: number;
}

/** A moment of the ledger: by time (ISO 8601, inclusive) or by storage order. */
export type Cut = { at: string } | SeqCut;

export interface TimedReview extends Review {
  seq: number;
}

/** A claim with its place in storage order and every review of it. */
export interface TimedClaim extends Claim {
  seq: number;
  reviews: TimedReview[];
}

function claimIn(cut: Cut, c: TimedClaim): boolean {
  return 'at' in cut ? c.createdAt <= cut.at : c.seq <= cut.claims;
}

function reviewIn(cut: Cut, r: TimedReview): boolean {
  return 'at' in cut ? r.at <= cut.at : r.seq <= cut.reviews;
}

/** The claims as they stood at the cut: recorded by then, in the state their reviews then gave. */
export function claimsAt(history: readonly TimedClaim[], cut: Cut): ClaimWithState[] {
  return history.flatMap((c) => {
    if (!claimIn(cut, c)) return [];
    const { seq: _seq, reviews, ...claim } = c;
    const state = currentState(
      claim,
      reviews.filter((r) => reviewIn(cut, r)),
    );
    return [{ ...(claim as Claim), state }];
  });
}

/** The values of a release event that a reader follows: "the count changed". */
export const trackedFields = ['country', 'date', 'releasedCount'] as const;
export type TrackedField = (typeof trackedFields)[number];

export type BestValues = Record<TrackedField, BestValue | null>;

export interface FieldChange {
  field: TrackedField;
  before: BestValue | null;
  after: BestValue | null;
}

/** The entity types whose changes are shown: those with a page of their own. */
export const followedTypes = ['release_event', 'person', 'deal'] as const;
export type FollowedType = (typeof followedTypes)[number];

interface Subject {
  id: string;
  type: EntityType;
  /** Title or name to show, as the entity reads now. */
  label: string;
}

/** One thing that changed; `kind` is also the name of the webhook event (core/hooks.ts). */
export type EntityChange =
  | (Subject & { kind: 'release.created'; best: BestValues })
  | (Subject & { kind: 'release.changed'; best: BestValues; changes: FieldChange[] })
  | (Subject & { kind: 'conflict.created'; property: string; values: ReportedValue[] });

export function bestValues(p: Projection): BestValues {
  return {
    country: bestOf(p, 'country'),
    date: bestOf(p, 'date'),
    releasedCount: bestOf(p, 'releasedCount'),
  };
}

/** Same value, and accepted or not alike; a new report repeating the value is no change. */
function sameBest(a: BestValue | null, b: BestValue | null): boolean {
  if (!a || !b) return a === b;
  return valueKey(a.value) === valueKey(b.value) && a.proposed === b.proposed;
}

function labelOf(type: EntityType, id: string, p: Projection): string {
  return type === 'person' ? displayName(p, id) : (textOf(p, 'title') ?? id);
}

/** Value keys of a conflict, for telling a conflict seen before from a new one. */
const conflictKeys = (c: Conflict) => new Set(c.values.map((v) => valueKey(v.value)));

/**
 * Conflicts in `after` that were not in `before`: a property newly in conflict, or in conflict
 * with a value it did not have (a third count).
 */
export function newConflicts(before: Projection | null, after: Projection): Conflict[] {
  return after.conflicts.filter((c) => {
    const old = before?.conflicts.find((b) => b.property === c.property);
    if (!old) return true;
    const seen = conflictKeys(old);
    return c.values.some((v) => !seen.has(valueKey(v.value)));
  });
}

/**
 * What changed of one entity between two projections of it; `before` null: it had no claims
 * then (it is new). Releases: created, or their country, date or count changed (the value a
 * reader sees: accepted, else the one most reports give, and whether it is accepted); any
 * followed entity: conflicts that are new.
 */
export function entityChanges(
  type: EntityType,
  id: string,
  before: Projection | null,
  after: Projection,
): EntityChange[] {
  const subject = { id, type, label: labelOf(type, id, after) };
  const out: EntityChange[] = [];
  if (type === 'release_event') {
    const best = bestValues(after);
    if (!before) out.push({ ...subject, kind: 'release.created', best });
    else {
      const old = bestValues(before);
      const changes = trackedFields
        .filter((f) => !sameBest(old[f], best[f]))
        .map((field) => ({ field, before: old[field], after: best[field] }));
      if (changes.length) out.push({ ...subject, kind: 'release.changed', best, changes });
    }
  }
  for (const c of newConflicts(before, after))
    out.push({ ...subject, kind: 'conflict.created', property: c.property, values: c.values });
  return out;
}

/**
 * Which release events a report makes one (issue 13, grp40): grouping must not depend on the
 * order reports arrive in. When the first report of a release misreads its date or figure, it
 * starts an event the next reports miss, and they start another; a later report that fits both,
 * by the rules that assign a report (assign-event.ts), shows they are one release. Ingest then
 * merges them, as a reviewer would (src/app/ingest/ingest-merge.ts writes it).
 *
 * A report makes events one only when it fits each of them well: it would join each on its own
 * (JOIN_THRESHOLD), neither side is bare (a country and a date are no proof: a bare report fits
 * every event of its country), and it shares something particular with each: a named person, a
 * figure of DISTINCT_COUNT or more, or a go-between. And the events must be able to be one
 * release by themselves (oneRelease): not ruled out of each other by country or dates, not two
 * dated releases of different sizes (issue 13: never joined, whatever a report says), not kept
 * apart by a reviewer. The oldest event survives: the others merge into it.
 */
import {
  type Assignment,
  bothSwaps,
  type EventCandidate,
  isBare,
  JOIN_THRESHOLD,
  type ReleaseFacts,
  SAME_PEOPLE,
  scoreEvent,
} from './assign-event.ts';
import { DISTINCT_COUNT, scoreCounts } from './count-agreement.ts';
import { bothDated, scoreDates } from './date-agreement.ts';
import { shared } from './release-facts.ts';

/** The events one report showed to be one release: `merged` go into `survivor`. */
export interface EventMerge {
  survivor: string;
  merged: string[];
  /** Each event of the merge, oldest first, with the report's score for it. */
  fits: Array<{ id: string; score: number }>;
  /** Why the report fits each (its assignment's explanation for that event). */
  explanation: string[];
}

/** Whether a reviewer kept two events apart (a merge between them rejected). */
export type KeptApart = (a: string, b: string) => boolean;

const neverApart: KeptApart = () => false;

/** A figure both give, of DISTINCT_COUNT or more, agreeing as strongly as an equal one. */
function sameFigure(r: ReleaseFacts, e: ReleaseFacts): boolean {
  const big = (f: ReleaseFacts) => f.counts.some((c) => c.value >= DISTINCT_COUNT);
  return big(r) && big(e) && (scoreCounts(r.counts, e.counts)?.[0] ?? 0) >= 0.3;
}

/** The report would join the event on its own, and shares something particular with it. */
export function fitsWell(r: ReleaseFacts, e: EventCandidate, a: Assignment): boolean {
  if (a.score < JOIN_THRESHOLD || isBare(r) || isBare(e)) return false;
  return (
    shared(r.people, e.people).length > 0 ||
    sameFigure(r, e) ||
    shared(r.mediators, e.mediators).length > 0
  );
}

/**
 * What ties the report to an event besides its named people: a figure or a go-between, which
 * tell a release apart, or dates that agree. Names alone tie a report to every release of the
 * people it lists: a look-back naming prisoners freed months apart fits each of their events.
 */
function release(r: ReleaseFacts, e: EventCandidate): 'figure' | 'date' | null {
  if (sameFigure(r, e) || shared(r.mediators, e.mediators).length > 0) return 'figure';
  return (scoreDates(r, e)?.[0] ?? 0) > 0 ? 'date' : null;
}

/**
 * The report ties two events as one release, not only as a list of people: the same named
 * person in both ties, a figure or go-between in either, or dates that agree in both.
 */
function sameReleaseTies(r: ReleaseFacts, a: EventCandidate, b: EventCandidate): boolean {
  const inA = shared(r.people, a.people);
  if (shared(r.people, b.people).some((p) => inA.includes(p))) return true;
  const [x, y] = [release(r, a), release(r, b)];
  return x === 'figure' || y === 'figure' || (x === 'date' && y === 'date');
}

/**
 * Two events that may be one release: neither rules the other out (country, dates: the rules
 * that assign a report, one event read as a report of the other), their figures agree unless
 * both are dated (two dated releases of different sizes are two) or many names or a swap's sides
 * explain the difference, and no reviewer kept them apart.
 */
export function oneRelease(a: EventCandidate, b: EventCandidate, apart: KeptApart): boolean {
  // A follow-up is scored one way only (an undated side about people the other freed earlier).
  if (apart(a.id, b.id) || !(scoreEvent(a, b) ?? scoreEvent(b, a))) return false;
  const counts = scoreCounts(a.counts, b.counts);
  if (!counts || counts[0] >= 0) return true;
  if (bothDated(a, b)) return false;
  return shared(a.people, b.people).length >= SAME_PEOPLE || bothSwaps(a, b);
}

/**
 * The merge a report's assignment calls for, or null. `seen` holds the events the report was
 * scored against, in creation order (assignEvent's `seen`); `joined` is the event it joins.
 */
export function eventsToMerge(
  r: ReleaseFacts,
  joined: string,
  seen: ReadonlyArray<readonly [EventCandidate, Assignment]>,
  apart: KeptApart = neverApart,
): EventMerge | null {
  const fits = seen.filter(([e, a]) => fitsWell(r, e, a));
  const chosen = fits.find(([e]) => e.id === joined);
  if (!chosen || fits.length < 2) return null;
  // The joined event first, then the others in creation order, each only if it can be one
  // release with every event already taken.
  const group = [chosen];
  for (const f of fits) {
    const one = ([g]: (typeof group)[0]) =>
      oneRelease(g, f[0], apart) && sameReleaseTies(r, g, f[0]);
    if (f !== chosen && group.every(one)) group.push(f);
  }
  if (group.length < 2) return null;
  const order = new Map(seen.map(([e], i) => [e.id, i]));
  group.sort(([x], [y]) => order.get(x.id)! - order.get(y.id)!);
  const [[survivor], ...rest] = group as [(typeof group)[0], ...typeof group];
  return {
    survivor: survivor.id,
    merged: rest.map(([e]) => e.id),
    fits: group.map(([e, a]) => ({ id: e.id, score: a.score })),
    explanation: group.map(
      ([e, a]) => `fits ${e.id} (score ${a.score}: ${a.explanation.join('; ')})`,
    ),
  };
}

/**
 * What event assignment compares: the facts of a release, from one report or from all reports
 * of an event (assign-event.ts scores them; date-agreement.ts and count-agreement.ts compare
 * their parts).
 */
import type { PartialDate } from '../model/dates.ts';
import type { CountFact } from './count-agreement.ts';

/** What is known about a release, from one report or from all reports of an event. */
export interface ReleaseFacts {
  country: string | null;
  dates: PartialDate[];
  /** Publication days (YYYY-MM-DD) of reports that gave no date. */
  published: string[];
  counts: CountFact[];
  people: ReadonlySet<string>;
  mediators: ReadonlySet<string>;
  concessions: ReadonlySet<string>;
  /**
   * Countries the freed were sent to (the release's destinations). In a swap both sides send
   * people home, so these name the other parties: a report told from the venue or from the
   * other side gives another country than the event's, yet names it here.
   */
  parties?: ReadonlySet<string>;
  /**
   * The report names freed people, but only in a script the name engine could not tie to any
   * event's (ingest passes them as no people): bare for the people, yet someone is named.
   */
  unreadNames?: boolean;
}

export interface EventCandidate extends ReleaseFacts {
  id: string;
}

export interface Assignment {
  eventId: string | null;
  score: number;
  explanation: string[];
}

/** Nothing but a country (and a date) to go on: a release whose names and figures are unread. */
export function isBare(r: ReleaseFacts): boolean {
  return r.counts.length === 0 && r.people.size === 0;
}

/** A prisoner exchange's concession key starts so (ingest keys concessions 'kind|target'). */
const SWAP_KIND = 'prisoner_exchange|';

/** The release is a prisoner exchange. */
export const isSwap = (f: ReleaseFacts) => [...f.concessions].some((k) => k.startsWith(SWAP_KIND));

/** Both sides describe a prisoner exchange, whatever its target. */
export function bothSwaps(r: ReleaseFacts, e: ReleaseFacts): boolean {
  return isSwap(r) && isSwap(e);
}

/**
 * Both sides describe a swap and one side's country is a party of the other's (among the
 * countries its freed were sent to): one exchange, told from two of its countries.
 */
export function swapParties(r: ReleaseFacts, e: ReleaseFacts): boolean {
  if (!r.country || !e.country || !bothSwaps(r, e)) return false;
  return Boolean(r.parties?.has(e.country) || e.parties?.has(r.country));
}

/** What two sets have in common (named people, go-betweens). */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((x) => b.has(x));
}

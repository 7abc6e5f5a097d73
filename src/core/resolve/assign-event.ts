/**
 * Report -> release event: scores a report's release against known events and says why.
 *
 * Rules (docs/ingest.md, "Events"):
 * - Country: when both are known they must be equal, unless SAME_PEOPLE named people are in
 *   common (a swap told from its venue), or both describe a swap and one's country is among the
 *   other's parties (swapParties: the countries its freed were sent to); one unknown costs 0.1.
 * - Date: each side is a window of days: a reported date covers its first..last day (a day,
 *   a month, a year); a report without a date covers the PUBLISHED_WINDOW days before its
 *   publication. Windows that overlap score 0.3 (0.45, enough to join on its own, when both name the same day); a gap of up
 *   to DAY_TOLERANCE (7) days between day-precise dates scores 0.15; a longer gap rules the
 *   event out. This keeps two same-size pardons three weeks apart apart. A publication day is
 *   only an upper bound (publishedBound): a release before its window is compared as if
 *   undated, one after the publication is ruled out.
 * - Released count: equal exact figures +0.3, as is a round qualified figure close to an exact
 *   one ('more than 2,000' and 2,153) or the same figure hedged ('at least 87' and 87),
 *   compatible figures ('over 100' and 123) +0.15,
 *   incompatible -0.3 (not fatal: reports do disagree, 123 vs 114, and that is a conflict to
 *   show, not a new event), 0 when SAME_PEOPLE people agree or both describe a swap.
 * - A bare release (neither count nor named people) scores BARE_SAME_COUNTRY in an event of
 *   its country and, on a tie, joins the latest; a report scores it as well in a bare event of
 *   its country, so which came first does not matter (bareMatch). A report whose only names the
 *   name engine could not read (unreadNames) is bare only where a date ties it to the event.
 * - One named person in common counts 0.2, not 0.3, when only one side gives a figure and it is
 *   of UNIQUE_FIGURE or more (oneOfMany): one name of a mass release, from a report that says
 *   nothing of its size, may be that person's own release.
 * - A release date after the report's publication is dropped (possibleDate, called by ingest).
 * - Named people in common +0.2 each (the first +0.3 when the dates agree; at most 0.45), mediators and concessions +0.1 each (at
 *   most 0.2 each).
 * - Follow-ups: a release with neither date nor count but with named people (an interview with
 *   one freed prisoner months later) may join an earlier event that freed one of them: the
 *   date then scores FOLLOW_UP (0.25) instead of ruling the event out.
 * - One feature misread (one-feature-wrong.test.ts): a date that is only a year and disagrees is
 *   set aside as a background year (yearAside); figures of NEAR_FROM (30) or more within
 *   NEAR_SHARE agree (count-agreement.ts); a report with no country joins the only event that
 *   shares its large figure or a named person (onlyCompatible).
 * A report joins the best event scoring at least JOIN_THRESHOLD (0.45); otherwise it starts a
 * new event. Ties go to the nearer date, then to the event listed first: callers list events
 * in creation order (EventIndex does), never by id, as ids are random and a tie broken by id
 * would group the same reports differently from one run to the next.
 */

import { sameDistinctFigure, scoreCounts } from './count-agreement.ts';
import {
  bothDated,
  followUp,
  publishedBound,
  sameDespiteDates,
  scoreDates,
  undated,
  yearAside,
} from './date-agreement.ts';
import {
  type Assignment,
  bothSwaps,
  type EventCandidate,
  isBare,
  type ReleaseFacts,
  shared,
  swapParties,
} from './release-facts.ts';

export { type CountFact, DISTINCT_COUNT } from './count-agreement.ts';
export {
  DAY_TOLERANCE,
  FOLLOW_UP,
  onlyYears,
  PUBLISHED_WINDOW,
  possibleDate,
} from './date-agreement.ts';
export {
  type Assignment,
  bothSwaps,
  type EventCandidate,
  isBare,
  type ReleaseFacts,
} from './release-facts.ts';

export const JOIN_THRESHOLD = 0.45;
/** Same country when one side has no date at all: stands in for part of the missing date. */
export const COUNTRY_WITHOUT_DATE = 0.15;
/** Each named person in common when one side has no date (0.2 with dates). */
export const PERSON_WITHOUT_DATE = 0.3;
/**
 * This many named people in common outweigh a country or a count that disagrees: reports of
 * one swap name the venue ('in Ankara') or give either side's figure (26 exchanged, 16 freed).
 */
export const SAME_PEOPLE = 2;
/** A report with a country and nothing else (no date, count or name) in that country's event. */
export const BARE_SAME_COUNTRY = 0.3;
/**
 * A figure this large, given by a report that names no country, singles out a release when only
 * one event it could join has it (a 52 or 123 is told of one release; a 3 or a 1 of many).
 */
export const UNIQUE_FIGURE = 10;
/**
 * Nothing but a country on one side, the same country on the other: the bare side joins. Either
 * side: a bare report joins a country's event, and the first full report of a country joins the
 * event a bare report started, so the grouping does not depend on which came first.
 */
function bareMatch(r: ReleaseFacts, e: ReleaseFacts, d: [number, number, string]): boolean {
  if (!r.country || r.country !== e.country || !(isBare(r) || isBare(e))) return false;
  // Names no event holds: bare only where a date ties the report to the event; with no date to
  // compare, a person the engine could not read may as well be someone no event has freed yet.
  return !(r.unreadNames && undated(d));
}

/**
 * One named person in common, and only one side gives a figure, of UNIQUE_FIGURE or more: a
 * mass release, and a report about one of its people that says nothing of its size. That report
 * may be about the person's own release, earlier or later (or a name a report of the mass release
 * listed among the freed by mistake), so the person counts as any other (0.2): it takes a date,
 * a go-between or a second name besides.
 */
function oneOfMany(r: ReleaseFacts, e: ReleaseFacts, inCommon: number): boolean {
  const counted = (f: ReleaseFacts) => f.counts.length > 0;
  if (inCommon !== 1 || counted(r) === counted(e)) return false;
  return [...r.counts, ...e.counts].some((c) => c.value >= UNIQUE_FIGURE);
}

/** Score of one event for a report's release, or null when it is ruled out. */
export function scoreEvent(r: ReleaseFacts, e: EventCandidate): Assignment | null {
  const why: string[] = [];
  let score = 0;
  const people = shared(r.people, e.people);
  const samePeople = people.length >= SAME_PEOPLE;
  // One swap told from two of its countries: each names the other among those its freed went to.
  const parties = r.country !== e.country && swapParties(r, e);
  if (r.country && e.country) {
    if (parties) why.push(`country ${r.country} vs ${e.country}, both parties of one swap`);
    else if (r.country !== e.country) {
      if (!samePeople) return null;
      why.push(`country ${r.country} vs ${e.country}, but ${people.length} named people in common`);
    } else why.push(`same country ${r.country}`);
  } else {
    score -= 0.1;
    why.push('country unknown on one side');
  }
  const d =
    scoreDates(r, e) ??
    followUp(r, e) ??
    publishedBound(r, e) ??
    sameDespiteDates(r, e) ??
    yearAside(r, e);
  if (!d) return null;
  score += d[0];
  why.push(d[2]);
  // Most published reports give no date a reader can pin (no dateline, 'on Wednesday'): there
  // the country, the figure and the names have to carry the match.
  if (undated(d) && r.country && (r.country === e.country || parties)) {
    score += COUNTRY_WITHOUT_DATE;
    why.push(`${parties ? 'countries of one swap' : 'same country'}, no date to compare`);
  }
  let c = scoreCounts(r.counts, e.counts);
  // Two dated releases of different sizes on different days are two releases, whatever else
  // they share (a report that mentions both must not weld them together).
  if (c && c[0] < 0 && d[0] < 0.45 && !undated(d) && bothDated(r, e)) return null;
  // Otherwise the people outweigh the figure, and in a swap figures differ by nature: one swap
  // is '26 exchanged', '16 freed by Russia' and '10 sent to Russia'.
  if (c && c[0] < 0 && samePeople) c = [0, `${c[1]}, but the named people agree`];
  else if (c && c[0] < 0 && bothSwaps(r, e)) c = [0, `${c[1]}, as sides of one swap may`];
  if (c) {
    score += c[0];
    why.push(c[1]);
  }
  if (bareMatch(r, e, d)) {
    score += BARE_SAME_COUNTRY;
    why.push('nothing but the country and date to compare');
  }
  if (people.length) {
    // Without a date a named person is most of what ties a report to a release: a report of
    // one freed journalist names just her.
    // With dates that agree (the same day, or days within DAY_TOLERANCE) the first person counts
    // as much: one freed journalist told on 10, 11 and 12 October (reports date the same release
    // a day apart) is one release, as surely as when no date is given.
    const each = undated(d) ? PERSON_WITHOUT_DATE : 0.2;
    const first = oneOfMany(r, e, people.length) ? 0.2 : d[0] > 0 ? PERSON_WITHOUT_DATE : each;
    score += Math.min(0.45, first + each * (people.length - 1));
    why.push(`${people.length} named ${people.length === 1 ? 'person' : 'people'} in common`);
  }
  const mediators = shared(r.mediators, e.mediators);
  if (mediators.length) {
    score += Math.min(0.2, 0.1 * mediators.length);
    why.push(`${mediators.length} mediator(s) in common`);
  }
  const concessions = shared(r.concessions, e.concessions);
  if (concessions.length) {
    score += Math.min(0.2, 0.1 * concessions.length);
    why.push(`concessions in common: ${concessions.join(', ')}`);
  }
  return { eventId: e.id, score: Math.round(score * 1000) / 1000, explanation: why };
}

/**
 * A country missing on one side costs what it would have added (0.1 + COUNTRY_WITHOUT_DATE), so
 * a report whose country the rules missed falls short of an event that has its figure or its
 * people. It joins when exactly one event it was not ruled out of shares a figure of at least
 * UNIQUE_FIGURE or a named person with it: the only compatible event. Two or more: it starts its
 * own, as a guess between them would weld releases together.
 */
function onlyCompatible(
  r: ReleaseFacts,
  seen: ReadonlyArray<[EventCandidate, Assignment]>,
): Assignment | null {
  const fits = seen.filter(
    ([e]) =>
      (!r.country || !e.country) &&
      (sameDistinctFigure(r.counts, e.counts, UNIQUE_FIGURE) ||
        shared(r.people, e.people).length > 0),
  );
  if (fits.length !== 1) return null;
  const [[, a]] = fits as [[EventCandidate, Assignment]];
  return {
    ...a,
    explanation: [
      `joined: score ${a.score}, the only event of its figure or people with a country unknown on one side`,
      ...a.explanation,
    ],
  };
}

/**
 * The event a release joins, or eventId null (start a new one) with the reasons. `events` must
 * come in a stable order (creation order): it breaks ties of score and date gap. `seen`, when
 * given, receives every event not ruled out with its score, in that order (merge-events.ts
 * reads it: a report that fits two events well makes them one).
 */
export function assignEvent(
  r: ReleaseFacts,
  events: Iterable<EventCandidate>,
  seen: Array<[EventCandidate, Assignment]> = [],
): Assignment {
  let best: { a: Assignment; gap: number } | null = null;
  // A bare report is most likely about the country's latest event: on a tie the later wins.
  const later = isBare(r);
  for (const e of events) {
    const a = scoreEvent(r, e);
    if (a) seen.push([e, a]);
    if (!a || a.score < JOIN_THRESHOLD) continue;
    const gap = scoreDates(r, e)?.[1] ?? 0;
    // Strictly better only: on a full tie the event listed first keeps its place.
    const tie = a.score === best?.a.score && (later ? gap <= best.gap : gap < best.gap);
    if (!best || a.score > best.a.score || tie) {
      best = { a, gap };
    }
  }
  if (best) {
    return { ...best.a, explanation: [`joined: score ${best.a.score}`, ...best.a.explanation] };
  }
  const only = onlyCompatible(r, seen);
  if (only) return only;
  return {
    eventId: null,
    score: 0,
    explanation: ['new event: no known event scored 0.45 or more'],
  };
}

/**
 * Known release events filed by country and month, so assigning a report scores only the
 * events it could join instead of every event in the ledger. Candidates are mutable: when a
 * report joins an event, `update` adds its facts and files the event under any new months.
 * Events are offered to `assignEvent` in the order they were added, which breaks its ties.
 */
import { firstDay, lastDay, type PartialDate } from '../model/dates.ts';
import {
  type Assignment,
  assignEvent,
  DAY_TOLERANCE,
  type EventCandidate,
  onlyYears,
  type ReleaseFacts,
  SAME_PEOPLE,
} from './assign-event.ts';
import { type EventMerge, eventsToMerge } from './merge-events.ts';
import { isSwap } from './release-facts.ts';

/** An assignment, and the events the report showed to be one with the joined (merge-events.ts). */
export type IndexAssignment = Assignment & { merge?: EventMerge };

const DAY = 86_400_000;

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

/**
 * Months a release may fall in, widened by the tolerance either side. Its own dates only: a
 * publication day bounds the release from above and does not place it (date-agreement.ts,
 * publishedBound), so a report or event with no date of its own is compared with every event
 * or report of its country.
 */
export function monthsOf(f: ReleaseFacts): string[] {
  const months = new Set<string>();
  for (const d of f.dates) {
    for (const m of monthsBetween(
      shift(firstDay(d), -DAY_TOLERANCE),
      shift(lastDay(d), DAY_TOLERANCE),
    ))
      months.add(m);
  }
  return [...months];
}

function uniqueBy<T>(list: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupe(e: EventCandidate): void {
  e.dates = uniqueBy(e.dates, (d) => d.value);
  e.published = uniqueBy(e.published, (p) => p);
  e.counts = uniqueBy(e.counts, (c) => `${c.value}|${c.qualifier}`);
}

/**
 * Adds a report's dates to an event's, keeping only those that agree (within DAY_TOLERANCE)
 * with the dates it has: a report that joined on names or figures despite a stray date (a
 * background year, another release it mentions) must not stretch the event over months it can
 * then swallow. The session and a session loaded from the ledger both add dates through here,
 * in the order they were written, so both see the same windows.
 */
export function widenDates(e: { dates: PartialDate[] }, dates: readonly PartialDate[]): void {
  for (const d of dates) if (e.dates.length === 0 || agrees(d, e.dates)) e.dates.push(d);
}

function agrees(d: PartialDate, dates: PartialDate[]): boolean {
  const from = Date.parse(firstDay(d)) - DAY_TOLERANCE * DAY;
  const to = Date.parse(lastDay(d)) + DAY_TOLERANCE * DAY;
  return dates.some((x) => Date.parse(firstDay(x)) <= to && Date.parse(lastDay(x)) >= from);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export class EventIndex {
  private readonly events = new Map<string, EventCandidate>();
  private readonly buckets = new Map<string, Set<string>>();
  /** Events with no date at all: compared with every report of their country. */
  private readonly undated = new Map<string, Set<string>>();
  /** Where each event of `undated` is filed, to take it out once it has a date. */
  private readonly undatedIn = new Map<string, Set<string>>();
  private readonly byPerson = new Map<string, Set<string>>();
  /** Swap events by their own country, and by each country among their parties (swapParties). */
  private readonly swapsOf = new Map<string, Set<string>>();
  private readonly swapsNaming = new Map<string, Set<string>>();
  private readonly countries = new Set<string>();
  /**
   * Each event's place in the order events were added (created, or loaded from the ledger in
   * the order their first claims were written): candidates are scored in this order, so a tie
   * goes to the earlier event whatever its (random) id.
   */
  private readonly added = new Map<string, number>();
  /** Pairs of events a reviewer kept apart (`a|b`, both orders): never merged again. */
  private readonly apart = new Set<string>();

  get size(): number {
    return this.events.size;
  }

  get(id: string): EventCandidate | undefined {
    return this.events.get(id);
  }

  /** Whether any event names this person among its freed. */
  names(personId: string): boolean {
    return this.byPerson.has(personId);
  }

  remove(id: string): void {
    this.events.delete(id);
  }

  /** A reviewer said these two events are different (a merge between them rejected). */
  keepApart(a: string, b: string): void {
    this.apart.add(`${a}|${b}`);
    this.apart.add(`${b}|${a}`);
  }

  /**
   * Folds event `id` into `into` (a merge): its facts join the survivor's, and it is offered to
   * no report again. Its filing under months and people is left: lookups skip missing events.
   */
  merge(into: string, id: string): void {
    const gone = this.events.get(id);
    if (!gone || id === into) return;
    this.events.delete(id);
    this.update(into, gone);
    // What a reviewer kept apart from either is kept apart from the two as one.
    for (const pair of [...this.apart]) {
      const [a, b] = pair.split('|') as [string, string];
      if (a === id) this.keepApart(into, b);
    }
  }

  add(e: EventCandidate): void {
    dedupe(e);
    this.events.set(e.id, e);
    if (!this.added.has(e.id)) this.added.set(e.id, this.added.size);
    if (e.country) this.countries.add(e.country);
    this.file(e);
  }

  /** Adds a report's facts to an event it joined. */
  update(id: string, f: ReleaseFacts): void {
    const e = this.events.get(id);
    if (!e) return;
    if (!e.country && f.country) e.country = f.country;
    widenDates(e, f.dates);
    e.published.push(...f.published);
    e.counts.push(...f.counts);
    // Many reports repeat one date or figure: keep each once, so scoring stays cheap.
    dedupe(e);
    if (e.country) this.countries.add(e.country);
    const add = (to: ReadonlySet<string>, from: ReadonlySet<string>) => {
      for (const x of from) (to as Set<string>).add(x);
    };
    add(e.people, f.people);
    add(e.mediators, f.mediators);
    add(e.concessions, f.concessions);
    if (f.parties?.size) {
      e.parties ??= new Set();
      add(e.parties, f.parties);
    }
    this.file(e);
  }

  /**
   * The event a report joins (assignEvent) and, when it fits two or more events well, the merge
   * that makes them one (eventsToMerge). Callers that write no merge ignore `merge`.
   */
  assign(f: ReleaseFacts): IndexAssignment {
    const ids = new Set<string>();
    const countries = f.country ? [f.country, '*'] : [...this.countriesKnown()];
    const months = monthsOf(f);
    const followUp = f.dates.length === 0 && f.counts.length === 0 && f.people.size > 0;
    // A report dated by a year alone may join an event of any date (assign-event.ts, yearAside),
    // and one with no date of its own any event before its publication (publishedBound): both
    // are compared with every event of their country.
    if (months.length === 0 || onlyYears(f))
      for (const e of this.events.values()) if (countries.includes(e.country ?? '*')) ids.add(e.id);
    for (const c of countries) {
      for (const m of months) for (const id of this.buckets.get(`${c}|${m}`) ?? []) ids.add(id);
      for (const id of this.undated.get(c) ?? []) ids.add(id);
    }
    // A follow-up may be about any earlier release of its people, and enough people in common
    // outweigh a country that disagrees (SAME_PEOPLE): look them up directly.
    if (followUp || f.people.size >= SAME_PEOPLE)
      for (const p of f.people) for (const id of this.byPerson.get(p) ?? []) ids.add(id);
    // A swap may be told from another of its countries (swapParties): the swaps of the
    // countries it names as parties, and those naming its own, are candidates too.
    if (isSwap(f) && f.country) {
      for (const p of f.parties ?? []) for (const id of this.swapsOf.get(p) ?? []) ids.add(id);
      for (const id of this.swapsNaming.get(f.country) ?? []) ids.add(id);
    }
    // The order ids were collected in depends on which buckets held them: sort by when each
    // event was added, the tie-break assignEvent relies on.
    const candidates = [...ids]
      .sort((a, b) => this.added.get(a)! - this.added.get(b)!)
      .flatMap((id) => {
        const e = this.events.get(id);
        return e ? [e] : [];
      });
    const seen: Array<[EventCandidate, Assignment]> = [];
    const a = assignEvent(f, candidates, seen);
    const merge = a.eventId
      ? eventsToMerge(f, a.eventId, seen, (x, y) => this.apart.has(`${x}|${y}`))
      : null;
    return merge ? { ...a, merge } : a;
  }

  private countriesKnown(): Set<string> {
    return new Set(['*', ...this.countries]);
  }

  private file(e: EventCandidate): void {
    for (const p of e.people) addTo(this.byPerson, p, e.id);
    // Filed as swapParties reads them: both sides swaps, each with a country.
    if (e.country && isSwap(e)) {
      addTo(this.swapsOf, e.country, e.id);
      for (const p of e.parties ?? []) addTo(this.swapsNaming, p, e.id);
    }
    const c = e.country ?? '*';
    const months = monthsOf(e);
    // An event dated by a year alone is compared with reports of any date, as an undated one.
    if (months.length === 0 || onlyYears(e)) {
      addTo(this.undated, c, e.id);
      addTo(this.undatedIn, e.id, c);
      if (months.length === 0) return;
      for (const m of months) addTo(this.buckets, `${c}|${m}`, e.id);
      return;
    }
    for (const was of this.undatedIn.get(e.id) ?? []) this.undated.get(was)?.delete(e.id);
    this.undatedIn.delete(e.id);
    for (const m of months) addTo(this.buckets, `${c}|${m}`, e.id);
  }
}

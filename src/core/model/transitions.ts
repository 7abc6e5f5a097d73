/**
 * The plain inputs of the count functions and the state changes derived from them: each
 * person's ordered timeline and every held <-> out transition. The rules are documented in
 * counts.ts, which answers the questions (held on a date, monthly flows, series).
 */
import type { PartialDate } from './dates.ts';
import { datesCompatible, firstDay, isPartialDate } from './dates.ts';
import type { Status } from './properties.ts';

export interface StatusEvent {
  personId: string;
  date: PartialDate;
  status: Status;
  country: string | null;
  releaseId: string | null;
}

export interface AggregateEvent {
  id: string;
  count: number;
  status: Status;
  date: PartialDate;
  country: string | null;
  releaseId: string | null;
  /** Persons later linked to this unnamed group. */
  memberIds: string[];
}

export interface CountInput {
  events: readonly StatusEvent[];
  aggregates: readonly AggregateEvent[];
}

export const heldStatuses: readonly Status[] = [
  'detained',
  'sentenced',
  'recognised',
  're_arrested',
  'refused_exile',
];
export const outStatuses: readonly Status[] = [
  'released',
  'pardoned',
  'expelled',
  'sentence_served',
  'died_in_custody',
];

export function isHeld(status: Status): boolean {
  return heldStatuses.includes(status);
}

/** Order of events of one person on one day: earlier in this list happened first. */
export const statusPrecedence: readonly Status[] = [
  'detained',
  'sentenced',
  'recognised',
  'pardoned',
  'released',
  'sentence_served',
  'expelled',
  'refused_exile',
  're_arrested',
  'died_in_custody',
];

const precisionOrder = { day: 0, month: 1, year: 2 } as const;

export function normCountry(c: string | null): string | null {
  const t = c?.trim().toUpperCase();
  return t ? t : null;
}

function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

const statusRank = new Map(statusPrecedence.map((s, i) => [s, i]));

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const s = (statusRank.get(a.status) ?? 0) - (statusRank.get(b.status) ?? 0);
  if (s !== 0) return s;
  const p = precisionOrder[a.date.precision] - precisionOrder[b.date.precision];
  if (p !== 0) return p;
  return compareText(a.country, b.country) || compareText(a.releaseId, b.releaseId);
}

/** Why an event or aggregate cannot be counted; the count functions skip such items. */
export function countInputProblems(input: CountInput): string[] {
  const problems: string[] = [];
  input.events.forEach((e, i) => {
    if (!isPartialDate(e.date)) problems.push(`event ${i} (${e.personId}): invalid date`);
    if (!statusPrecedence.includes(e.status))
      problems.push(`event ${i} (${e.personId}): unknown status '${e.status}'`);
  });
  for (const a of input.aggregates) {
    if (!isPartialDate(a.date)) problems.push(`aggregate ${a.id}: invalid date`);
    if (!statusPrecedence.includes(a.status))
      problems.push(`aggregate ${a.id}: unknown status '${a.status}'`);
    if (!(Number.isInteger(a.count) && a.count >= 0))
      problems.push(`aggregate ${a.id}: count must be a whole number >= 0`);
  }
  return problems;
}

const validEvent = (e: StatusEvent) => isPartialDate(e.date) && statusPrecedence.includes(e.status);
const validAggregate = (a: AggregateEvent) =>
  isPartialDate(a.date) &&
  statusPrecedence.includes(a.status) &&
  Number.isInteger(a.count) &&
  a.count >= 0;

/** One person's events in order, each with the country it counts for. */
export interface TimelineEvent extends StatusEvent {
  effectiveCountry: string | null;
  day: string;
}

/** Per person, their valid events sorted, with inherited countries filled in. */
export function timelines(events: readonly StatusEvent[]): Map<string, TimelineEvent[]> {
  const byPerson = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    if (!validEvent(e)) continue;
    // The first day is computed once here; sorting compares it many times.
    const t: TimelineEvent = {
      personId: e.personId,
      date: e.date,
      status: e.status,
      country: e.country,
      releaseId: e.releaseId,
      effectiveCountry: normCountry(e.country),
      day: firstDay(e.date),
    };
    const list = byPerson.get(e.personId);
    if (list) list.push(t);
    else byPerson.set(e.personId, [t]);
  }
  const result = new Map<string, TimelineEvent[]>();
  for (const id of [...byPerson.keys()].sort()) {
    const list = byPerson.get(id)!;
    const sorted = list.length > 1 ? list.sort(compareEvents) : list;
    let country = sorted.find((e) => e.effectiveCountry !== null)?.effectiveCountry ?? null;
    for (const e of sorted) {
      if (e.effectiveCountry === null) e.effectiveCountry = country;
      else country = e.effectiveCountry;
    }
    result.set(id, sorted);
  }
  return result;
}

/** A change of one person's held-in-country state, or an aggregate's share of the flow. */
export interface Transition {
  day: string;
  status: Status;
  /** Country the person was held in before (null: not held), and after. */
  from: string | null;
  to: string | null;
  /** 1 for a named person, the remainder for an aggregate. */
  people: number;
  named: boolean;
  /**
   * True when `from` is inferred, not recorded: a first out event or an out aggregate. Such a
   * transition counts in flows but never changes heldAt, which only counts recorded states.
   */
  inferred: boolean;
}

function personTransitions(timeline: TimelineEvent[]): Transition[] {
  const out: Transition[] = [];
  let heldIn: string | null = null;
  timeline.forEach((e, i) => {
    const to = isHeld(e.status) ? e.effectiveCountry : null;
    // Before a first out event the person was necessarily held: count it as leaving.
    const inferred = i === 0 && !isHeld(e.status);
    const from = inferred ? e.effectiveCountry : heldIn;
    if (from !== to) {
      out.push({ day: e.day, status: e.status, from, to, people: 1, named: true, inferred });
    }
    heldIn = to;
  });
  return out;
}

/**
 * The people of an unnamed aggregate not otherwise accounted for: N minus the linked members
 * who have their own matching status event, never below 0, so a linked person is never
 * counted twice. An own event matches when it is in the same category (held / out) and, if
 * both name a release, the same release; otherwise when its date is compatible with the
 * aggregate's.
 */
export function aggregateRemainder(
  aggregate: AggregateEvent,
  events: readonly StatusEvent[],
): number {
  const members = new Set(aggregate.memberIds ?? []);
  const matched = new Set<string>();
  for (const e of events) {
    if (!members.has(e.personId) || !validEvent(e)) continue;
    if (isHeld(e.status) !== isHeld(aggregate.status)) continue;
    const sameRelease =
      aggregate.releaseId !== null && e.releaseId !== null
        ? aggregate.releaseId === e.releaseId
        : isPartialDate(aggregate.date) && datesCompatible(e.date, aggregate.date);
    if (sameRelease) matched.add(e.personId);
  }
  return Math.max(0, aggregate.count - matched.size);
}

export function aggregateTransitions(input: CountInput): Transition[] {
  // Only members' own events matter; filter once instead of scanning all events per aggregate.
  const members = new Set(input.aggregates.flatMap((a) => a.memberIds ?? []));
  const memberEvents = members.size ? input.events.filter((e) => members.has(e.personId)) : [];
  return input.aggregates.filter(validAggregate).flatMap((a) => {
    const people = aggregateRemainder(a, memberEvents);
    if (people === 0) return [];
    const c = normCountry(a.country);
    const held = isHeld(a.status);
    const day = firstDay(a.date);
    const from = held ? null : c;
    const to = held ? c : null;
    return [{ day, status: a.status, from, to, people, named: false, inferred: !held }];
  });
}

export function allTransitions(input: CountInput): Transition[] {
  const named = [...timelines(input.events).values()].flatMap(personTransitions);
  return [...named, ...aggregateTransitions(input)];
}

/**
 * Held spans: the read model behind counts at a date. A person's timeline (transitions.ts)
 * becomes the intervals of days they were held in a country, so 'held in BY on day d' is
 * `from <= d < to` instead of a replay of every status change. Same rules as heldAt: the state
 * on day d is the person's latest event whose first possible day is <= d, and only recorded
 * held states count (a first 'released' was never counted as held).
 */
import type { StatusEvent, TimelineEvent } from './transitions.ts';
import { isHeld, timelines } from './transitions.ts';

export interface HeldSpan {
  personId: string;
  /** Upper-case country code, as normCountry gives it. */
  country: string;
  /** First day held (YYYY-MM-DD), inclusive. */
  from: string;
  /** First day no longer held there, exclusive; null while still held. */
  to: string | null;
}

/** Which page of held ids to read (keyset paging, core/cursor.ts). */
export interface HeldIdsPage {
  /** Ids after this one (byte order); null: from the first. */
  after: string | null;
  /** At most this many ids. */
  limit: number;
  /** Ids never to return (persons withheld from the caller), in any order. */
  exclude: readonly string[];
}

/**
 * The read model's port (adapters/db/held-spans.ts): named persons held in a country on a day,
 * as heldAt counts them, without loading every status change.
 */
export interface HeldCounts {
  /** How many named persons are held. */
  namedOn(country: string, day: string): Promise<number>;
  /**
   * Every day the number held in `country` moves, in day order, with the running number held
   * from that day on: namedOn for any day is the last step on or before it (heldOnDay).
   */
  steps(country: string): Promise<HeldSteps>;
  /**
   * One page of the held persons' ids in byte order (`person_id > after order by person_id
   * limit n`), none of `page.exclude`; and how many of `page.exclude` are held that day (so
   * the caller knows how many ids it may see in all without reading them).
   */
  idsOn(
    country: string,
    day: string,
    page: HeldIdsPage,
    plan?: HeldIdsPlan,
  ): Promise<{ ids: string[]; excluded: number }>;
  /** Recomputes the model from the claims (maintenance; nothing else should write meanwhile). */
  rebuild(): Promise<void>;
}

/**
 * Days (YYYY-MM-DD, ascending) a country's spans start or end, with the running numbers from
 * each of them on: spans started (from_day on or before) and ended (to_day on or before).
 * Held on a day = started - ended.
 */
export interface HeldSteps {
  days: readonly string[];
  held: readonly number[];
  started: readonly number[];
  ended: readonly number[];
}

/** The index of the last step on or before `day`, or -1. */
function stepAt(steps: HeldSteps, day: string): number {
  let lo = 0;
  let hi = steps.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps.days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * How to read a page of the ids held on `day`, from the fewest spans: `walk` the country's
 * spans in id order (about limit x spans / held of them), or take the spans `starting` on or
 * before the day, or those not `ending` by it, and sort those.
 */
export type HeldIdsPlan = 'walk' | 'starting' | 'ending';

export function heldIdsPlan(steps: HeldSteps, day: string, limit: number): HeldIdsPlan {
  const i = stepAt(steps, day);
  const total = steps.started.at(-1) ?? 0;
  const started = i < 0 ? 0 : steps.started[i]!;
  const ended = i < 0 ? 0 : steps.ended[i]!;
  const held = started - ended;
  const costs: Array<[HeldIdsPlan, number]> = [
    ['walk', held === 0 ? total : Math.min(total, (limit * total) / held)],
    ['starting', started],
    ['ending', total - ended],
  ];
  return costs.reduce((best, c) => (c[1] < best[1] ? c : best))[0];
}

/** The number held on `day` from a country's steps: the last step on or before it. */
export function heldOnDay(steps: HeldSteps, day: string): number {
  const i = stepAt(steps, day);
  return i < 0 ? 0 : steps.held[i]!;
}

/** One person's held spans, in time order; spans never overlap. */
export function spansOfTimeline(personId: string, timeline: readonly TimelineEvent[]): HeldSpan[] {
  const spans: HeldSpan[] = [];
  let heldIn: string | null = null;
  let since = '';
  for (const e of timeline) {
    const now = isHeld(e.status) ? e.effectiveCountry : null;
    if (now === heldIn) continue;
    // Several events on one day: only the last counts for that day, so a span ending on the
    // day it started covers no day at all and is dropped.
    if (heldIn !== null && since < e.day)
      spans.push({ personId, country: heldIn, from: since, to: e.day });
    heldIn = now;
    since = e.day;
  }
  if (heldIn !== null) spans.push({ personId, country: heldIn, from: since, to: null });
  return joinTouching(spans);
}

/** Held in BY until d, then (same day) released and re-arrested: one span, not two. */
function joinTouching(spans: HeldSpan[]): HeldSpan[] {
  const out: HeldSpan[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last.to === s.from && last.country === s.country) last.to = s.to;
    else out.push({ ...s });
  }
  return out;
}

/** Every person's held spans from their status events. */
export function heldSpans(events: readonly StatusEvent[]): HeldSpan[] {
  return [...timelines(events)].flatMap(([id, timeline]) => spansOfTimeline(id, timeline));
}

/**
 * How the number held changes per (country, day): +1 where a span starts, -1 where it ends.
 * Summing the deltas of a country up to day d gives the named count heldAt gives for d.
 */
/** Per country and day (key `country\u0000day`), spans starting and ending then, times `sign`. */
export function spanEdges(
  spans: readonly HeldSpan[],
  sign: 1 | -1 = 1,
): Map<string, { starts: number; ends: number }> {
  const edges = new Map<string, { starts: number; ends: number }>();
  const at = (country: string, day: string) => {
    const key = `${country}\u0000${day}`;
    let e = edges.get(key);
    if (!e) {
      e = { starts: 0, ends: 0 };
      edges.set(key, e);
    }
    return e;
  };
  for (const s of spans) {
    at(s.country, s.from).starts += sign;
    if (s.to !== null) at(s.country, s.to).ends += sign;
  }
  return edges;
}

export function spanDeltas(spans: readonly HeldSpan[], sign: 1 | -1 = 1): Map<string, number> {
  const deltas = new Map<string, number>();
  for (const [key, e] of spanEdges(spans, sign)) deltas.set(key, e.starts - e.ends);
  return deltas;
}

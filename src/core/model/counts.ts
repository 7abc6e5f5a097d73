/**
 * Political-prisoner counts over time, computed from status changes. Inputs are plain data; the
 * app layer maps accepted status_change and aggregate claims to them.
 *
 * Rules (tested in test/core/model/counts.test.ts):
 * - Held statuses: detained, sentenced, recognised, re_arrested, refused_exile (a prisoner who
 *   refuses exile is returned to prison, as Statkevich was). Out statuses: released, pardoned,
 *   expelled, sentence_served, died_in_custody.
 * - A person's state on day d is their latest status event whose FIRST possible day is <= d.
 *   So 'released in June 2025' takes effect on 2025-06-01 and 'detained in 2021' on
 *   2021-01-01: the earliest moment the report allows, so a release is never counted late and
 *   the figures do not move when a month is later refined to a day within it.
 * - Events of one person on the same first day are ordered by `statusPrecedence` (a release
 *   before the refusal of exile or a re-arrest that follows it; death last), then by
 *   precision, country and release id, so results never depend on input order.
 * - Country: an event without a country inherits the person's previous event's country; events
 *   before the first known country take that first known one. A person with no country at all
 *   counts for no country. Countries compare case-insensitively.
 * - Flows, per month of the event's first possible day: inflow = a person becoming held in the
 *   country (a first detention counts; so does a re-arrest or a refused exile after a
 *   release); outflow = a person held in the country becoming out. The state before a person's
 *   first event is unknown, so a first event counts as entering its category: a person first
 *   seen 'released' counts in outflow (they were necessarily held) though never in heldAt.
 *   outflowByStatus is keyed by the status of the event that ended the stay; a prisoner moved
 *   to another country's custody leaves the first under that new (held) status.
 * - Unnamed aggregates ('25 pardoned, names withheld') count their remainder (see
 *   aggregateRemainder) in the flow of their month: outflow for an out status, inflow for a
 *   held one. An out aggregate does NOT change heldAt: its people were never in the named
 *   registry, so there is nothing to subtract. A held aggregate's remainder counts as unnamed
 *   held from its date on, since nothing records when those unnamed people leave; linking them
 *   to persons with their own events is how they become named.
 */
import { lastDay, monthOf, parsePartialDate } from './dates.ts';
import type { Status } from './properties.ts';
import type { AggregateEvent, CountInput, StatusEvent } from './transitions.ts';
import {
  aggregateTransitions,
  allTransitions,
  isHeld,
  normCountry,
  type TimelineEvent,
  timelines,
} from './transitions.ts';

export {
  aggregateRemainder,
  countInputProblems,
  heldStatuses,
  isHeld,
  outStatuses,
  statusPrecedence,
} from './transitions.ts';
export type { AggregateEvent, CountInput, StatusEvent };

export interface HeldCount {
  count: number;
  named: number;
  unnamed: number;
  personIds: string[];
}

function checkDay(at: string): string {
  const d = parsePartialDate(at);
  if (d.precision !== 'day') throw new RangeError(`expected a day YYYY-MM-DD, got '${at}'`);
  return d.value;
}

/** Political prisoners held in `country` on day `at` (YYYY-MM-DD). */
export function heldAt(input: CountInput, country: string, at: string): HeldCount {
  const day = checkDay(at);
  const target = normCountry(country);
  const personIds: string[] = [];
  for (const [id, timeline] of timelines(input.events)) {
    let state: TimelineEvent | undefined;
    for (const e of timeline) if (e.day <= day) state = e;
    if (state && isHeld(state.status) && state.effectiveCountry === target) personIds.push(id);
  }
  let unnamed = 0;
  for (const t of aggregateTransitions(input)) {
    if (t.to === target && t.day <= day) unnamed += t.people;
  }
  return { count: personIds.length + unnamed, named: personIds.length, unnamed, personIds };
}

export interface MonthFlow {
  month: string;
  inflow: number;
  outflow: number;
  outflowByStatus: Partial<Record<Status, number>>;
}

function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const from = parsePartialDate(fromMonth);
  const to = parsePartialDate(toMonth);
  if (from.precision !== 'month' || to.precision !== 'month') {
    throw new RangeError(`expected months YYYY-MM, got '${fromMonth}' and '${toMonth}'`);
  }
  if (from.value > to.value) throw new RangeError(`${fromMonth} is after ${toMonth}`);
  const months: string[] = [];
  let [y, m] = from.value.split('-').map(Number) as [number, number];
  for (let cur = from.value; cur <= to.value; ) {
    months.push(cur);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    cur = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  }
  return months;
}

/** Inflow and outflow of political prisoners in `country` per month, fromMonth..toMonth. */
export function monthlyFlow(
  input: CountInput,
  country: string,
  fromMonth: string,
  toMonth: string,
): MonthFlow[] {
  const target = normCountry(country);
  const rows = monthsBetween(fromMonth, toMonth).map(
    (month): MonthFlow => ({ month, inflow: 0, outflow: 0, outflowByStatus: {} }),
  );
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  for (const t of allTransitions(input)) {
    const row = byMonth.get(t.day.slice(0, 7));
    if (!row) continue;
    if (t.to === target) row.inflow += t.people;
    if (t.from === target) {
      row.outflow += t.people;
      row.outflowByStatus[t.status] = (row.outflowByStatus[t.status] ?? 0) + t.people;
    }
  }
  return rows;
}

export interface HeldPoint {
  date: string;
  count: number;
  named: number;
  unnamed: number;
}

function seriesDays(from: string, to: string, step: 'day' | 'month'): string[] {
  if (step === 'month') {
    const months = monthsBetween(monthOf(parsePartialDate(from)), monthOf(parsePartialDate(to)));
    return months.map((m) => lastDay({ value: m, precision: 'month' }));
  }
  const start = checkDay(from);
  const end = checkDay(to);
  if (start > end) throw new RangeError(`${from} is after ${to}`);
  const days: string[] = [];
  for (let t = Date.parse(start); t <= Date.parse(end); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * heldAt at every day (step 'day', from/to YYYY-MM-DD) or every month end (step 'month',
 * from/to YYYY-MM or a day within the month), computed in one sweep over the transitions.
 */
export function heldSeries(
  input: CountInput,
  country: string,
  from: string,
  to: string,
  step: 'day' | 'month',
): HeldPoint[] {
  const target = normCountry(country);
  const days = seriesDays(from, to, step);
  // Only recorded state changes move heldAt: a first out event was never counted as held.
  const deltas = allTransitions(input)
    .filter((t) => !t.inferred)
    .map((t) => ({ t, delta: (t.to === target ? 1 : 0) - (t.from === target ? 1 : 0) }))
    .filter(({ delta }) => delta !== 0)
    .sort((a, b) => (a.t.day < b.t.day ? -1 : a.t.day > b.t.day ? 1 : 0));
  let named = 0;
  let unnamed = 0;
  let i = 0;
  return days.map((date) => {
    for (; i < deltas.length && deltas[i]!.t.day <= date; i++) {
      const { t, delta } = deltas[i]!;
      if (t.named) named += delta;
      else unnamed += delta * t.people;
    }
    return { date, count: named + unnamed, named, unnamed };
  });
}

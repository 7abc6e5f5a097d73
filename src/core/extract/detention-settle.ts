// The report-level settling of detention items: roles (background for history), one item per
// person and event, shared dates, and arrests told as a verdict's history. See detentions.ts.

import { lastDay } from '../model/dates.ts';
import type { DateWithPrecision, DetentionKind, ExtractedDetention } from './contract.ts';
import { daysBetween } from './dates.ts';
import { VERDICT } from './detention-items.ts';
import type { DetentionInput } from './detention-parts.ts';
import { tagDate } from './detention-trace.ts';
import { personKey } from './released-people.ts';

/** A freed person's undated arrest, charge or sentence is the story of their imprisonment. */
const HISTORY: ReadonlySet<DetentionKind> = new Set(['arrest', 'charge', 'sentence']);
/** Events dated more than this many days before the report's day are its background. */
const RECENT_DAYS = 31;

function keyOf(d: ExtractedDetention): string {
  const who = d.person ? personKey(d.person.name) : `#${d.count?.value}`;
  return `${d.kind}|${who}|${d.date?.value ?? ''}`;
}

/**
 * Roles and duplicates: an event dated well before the report's day (or, without one, before
 * the latest event it dates) is background, as is the undated arrest, charge or sentence of a
 * person the report frees (`freed`: the items told after that release);
 * the same person's same event told twice is one item, the first, completed by the later.
 */
export function settle(
  items: ExtractedDetention[],
  freed: ReadonlySet<ExtractedDetention>,
  input: DetentionInput,
  eventDates: readonly EventDate[] = [],
): ExtractedDetention[] {
  const reference: DateWithPrecision | null = input.anchor
    ? { value: input.anchor, precision: 'day' }
    : latest(items);
  const byKey = new Map<string, ExtractedDetention>();
  const byPerson = new Map<string, ExtractedDetention>();
  for (const d of items) {
    if (d.date && reference && daysSinceEnd(d.date, reference) > RECENT_DAYS) d.role = 'background';
    if (!d.date && HISTORY.has(d.kind) && freed.has(d)) d.role = 'background';
    const key = keyOf(d);
    const who = d.person ? `${d.kind}|${personKey(d.person.name)}` : null;
    const first = byKey.get(key) ?? (who ? undatedPair(byPerson.get(who), d) : undefined);
    if (!first) {
      byKey.set(key, d);
      if (who && !byPerson.has(who)) byPerson.set(who, d);
      continue;
    }
    first.date ??= d.date;
    first.sentence ??= d.sentence;
    first.court ??= d.court;
    first.recognisedBy ??= d.recognisedBy;
    first.place ??= d.place;
    if (first.charges.length === 0) first.charges = d.charges;
    if (d.role === 'main') first.role = 'main';
  }
  const recent = eventDates.filter(
    (e) => !reference || daysBetween(e.date, reference) <= RECENT_DAYS,
  );
  return afterRecognition(afterVerdict(oneDatePerKind([...byKey.values()], recent)));
}

/** The date of an event a sentence tells of no one it names or counts. */
export interface EventDate {
  kind: DetentionKind;
  date: DateWithPrecision;
}

/**
 * 'The court on March 3 sentenced A and B ... A fourth defendant, C, was sentenced to eight
 * years': when every dated main event of a kind has one date, the undated ones of that kind are
 * of the same day (one trial, one wave of arrests, one list). 'The court on Monday sentenced
 * several activists. A got two years': a kind no item dates takes the one date of the events
 * told of no one named (`unnamed`). Not a person whose own event of the kind has a date.
 */
function oneDatePerKind(
  items: ExtractedDetention[],
  unnamed: readonly EventDate[],
): ExtractedDetention[] {
  const dates = new Map<DetentionKind, DateWithPrecision | null>();
  const see = (kind: DetentionKind, date: DateWithPrecision) => {
    const seen = dates.get(kind);
    if (seen === undefined) dates.set(kind, date);
    else if (seen && seen.value !== date.value) dates.set(kind, null);
  };
  for (const d of items) if (d.role === 'main' && d.date) see(d.kind, d.date);
  const dated = new Set(dates.keys());
  for (const e of unnamed) if (!dated.has(e.kind)) see(e.kind, e.date);
  // Each filled date its own object, tagged with where it came from (detention-trace.ts).
  const shared = (kind: DetentionKind) => {
    const date = dates.get(kind);
    return date ? tagDate({ ...date }, dated.has(kind) ? 'same-kind' : 'unnamed-event') : null;
  };
  // 'El 30 de agosto fue detenido X ... X fue apresado': a person whose own event of that kind
  // is dated elsewhere (in the background, past the report's month) is not in the day's wave.
  const ownDated = new Set(
    items.flatMap((d) => (d.person && d.date ? [`${d.kind}|${personKey(d.person.name)}`] : [])),
  );
  for (const d of items)
    if (
      d.role === 'main' &&
      !d.date &&
      !(d.person && ownDated.has(`${d.kind}|${personKey(d.person.name)}`))
    )
      d.date = shared(d.kind);
  return items;
}

/**
 * A report that tells a person's verdict tells their arrest and charge as its history: those
 * are background ('Bialiatski, arrested in 2021, was sentenced to ten years'). An arrest of
 * days (an administrative term) is the same day's news and stays. A new term for someone
 * whose term the report also calls an extension is that extension.
 */
function afterVerdict(items: ExtractedDetention[]): ExtractedDetention[] {
  const verdicts = new Map<string, ExtractedDetention>();
  for (const d of items)
    if (d.role === 'main' && d.person && VERDICT.has(d.kind) && !daysOnly(d))
      if (d.kind === 'extension' || !verdicts.has(personKey(d.person.name)))
        verdicts.set(personKey(d.person.name), d);
  if (verdicts.size === 0) return items;
  return items.filter((d) => {
    const verdict = d.person ? verdicts.get(personKey(d.person.name)) : undefined;
    if (!verdict || verdict === d || d.role !== 'main') return true;
    if (d.kind === 'arrest' || d.kind === 'charge') d.role = 'background';
    if (d.kind !== 'sentence' || verdict.kind !== 'extension') return true;
    verdict.sentence ??= d.sentence;
    return false;
  });
}

/**
 * 'New on the list are A and B, arrested in May on drug charges': a report that recognises a
 * person tells their undated arrest, charge and verdict as the story behind the recognition.
 */
function afterRecognition(items: ExtractedDetention[]): ExtractedDetention[] {
  const recognised = new Set(
    items.flatMap((d) =>
      d.role === 'main' && d.person && d.kind === 'recognition' ? [personKey(d.person.name)] : [],
    ),
  );
  if (recognised.size === 0) return items;
  for (const d of items)
    if (d.person && d.kind !== 'recognition' && !d.date && recognised.has(personKey(d.person.name)))
      d.role = 'background';
  return items;
}

function daysOnly(d: ExtractedDetention): boolean {
  const t = d.sentence;
  return t !== null && !t.life && t.years === 0 && t.months === 0 && t.days > 0;
}

/**
 * 'Sentenced A and B on Monday. A got six years, B four': the same person's same event, dated
 * once and told again without a date, is one event. Not across a date made background.
 */
function undatedPair(
  first: ExtractedDetention | undefined,
  d: ExtractedDetention,
): ExtractedDetention | undefined {
  if (!first || (first.date && d.date) || (!first.date && !d.date)) return undefined;
  return first.role === d.role ? first : undefined;
}

/**
 * Days from the last day a date may mean to the reference: 'arrested in September' told on 17
 * October may be 17 days old, not 46 ('uhapšen još u septembru'), so a month or a year is
 * history only when all of it is older than RECENT_DAYS.
 */
function daysSinceEnd(date: DateWithPrecision, reference: DateWithPrecision): number {
  return daysBetween({ value: lastDay(date), precision: 'day' }, reference);
}

function latest(items: ExtractedDetention[]): DateWithPrecision | null {
  let best: DateWithPrecision | null = null;
  for (const d of items) if (d.date && (!best || daysBetween(best, d.date) > 0)) best = d.date;
  return best;
}

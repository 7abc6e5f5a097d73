/**
 * How two releases' dates compare, for event assignment (assign-event.ts): each side is a window
 * of days (a reported date covers its first..last day; a report without one covers the
 * PUBLISHED_WINDOW days before its publication), and windows that overlap or lie within
 * DAY_TOLERANCE days agree. The exceptions that keep a misread date from splitting an event live
 * here too: follow-ups, a publication day read as an upper bound, a figure and two names that
 * agree, a background year set aside.
 */
import { firstDay, lastDay, type PartialDate } from '../model/dates.ts';
import { DISTINCT_COUNT } from './count-agreement.ts';
import { isBare, type ReleaseFacts, shared } from './release-facts.ts';

/** The most days between two day-precise dates of one release (reports round, wires lag). */
export const DAY_TOLERANCE = 7;
/** The days before its publication that a report without a date of its own may tell of. */
export const PUBLISHED_WINDOW = 10;
/** The date score of a follow-up: an undated, uncounted report about people freed earlier. */
export const FOLLOW_UP = 0.25;

/**
 * A release date that begins after the report was published is impossible: the rules read a
 * hearing, a deadline or a misparsed day as the release. The report is then undated and placed
 * by its publication day (PUBLISHED_WINDOW), which is what it surely has.
 */
export function possibleDate<D extends PartialDate>(
  date: D | null,
  published: string | null,
): D | null {
  return date && published && firstDay(date) > published ? null : date;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day: windows compare as integers. */
function dayNumber(day: string): number {
  return Math.round(Date.parse(day) / DAY);
}

function gapDays(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

interface Window {
  range: [number, number];
  exactDay: string | null;
  label: string;
}

// Windows of an event are asked for on every report that might join it: computed once per
// state of its date lists (they only grow), keyed by their lengths.
const windowCache = new WeakMap<ReleaseFacts, { key: string; windows: Window[] }>();

function windows(f: ReleaseFacts): Window[] {
  const key = `${f.dates.length}|${f.published.length}`;
  const hit = windowCache.get(f);
  if (hit && hit.key === key) return hit.windows;
  const out =
    f.dates.length > 0
      ? f.dates.map((d) => ({
          range: [dayNumber(firstDay(d)), dayNumber(lastDay(d))] as [number, number],
          exactDay: d.precision === 'day' ? d.value : null,
          label: d.value,
        }))
      : f.published.map((p) => ({
          range: [dayNumber(p) - PUBLISHED_WINDOW, dayNumber(p)] as [number, number],
          exactDay: null,
          label: `published ${p}`,
        }));
  windowCache.set(f, { key, windows: out });
  return out;
}

export const NO_DATE = 'no date to compare';

/** Both sides carry a date of their own, not only a publication day. */
export function bothDated(r: ReleaseFacts, e: ReleaseFacts): boolean {
  return r.dates.length > 0 && e.dates.length > 0;
}

/** Best date agreement between two sides: [score, gap in days, explanation] or null if apart. */
export function scoreDates(r: ReleaseFacts, e: ReleaseFacts): [number, number, string] | null {
  const rw = windows(r);
  const ew = windows(e);
  if (rw.length === 0 || ew.length === 0) return [0, 0, NO_DATE];
  let best: [number, number, string] | null = null;
  for (const a of rw) {
    for (const b of ew) {
      const gap = gapDays(a.range, b.range);
      let s: number;
      if (a.exactDay && a.exactDay === b.exactDay) s = 0.45;
      else if (gap === 0) s = 0.3;
      else if (gap <= DAY_TOLERANCE && a.exactDay && b.exactDay) s = 0.15;
      else continue;
      const why =
        gap === 0
          ? `date ${a.label} fits ${b.label}`
          : `date ${a.label} is ${gap} days from ${b.label}`;
      if (!best || s > best[0] || (s === best[0] && gap < best[1])) best = [s, gap, why];
    }
  }
  return best;
}

/** A dateless, countless report about people an earlier event freed: see FOLLOW_UP. */
export function followUp(r: ReleaseFacts, e: ReleaseFacts): [number, number, string] | null {
  if (r.dates.length > 0 || r.counts.length > 0 || shared(r.people, e.people).length === 0)
    return null;
  const published = [...r.published].sort().at(-1) ?? '';
  const started = windows(e).map((w) => w.range[0]);
  if (!published || !started.some((s) => s <= dayNumber(published))) return null;
  return [FOLLOW_UP, 0, `follow-up published ${published} about people freed earlier`];
}

const PUBLISHED_LATER =
  'published later than the other side: its publication day bounds the release from above';

/**
 * A publication day is an upper bound on the release a report tells of, not a point: a report
 * may look back weeks or months (an interview, an anniversary, a court's later ruling). Its
 * PUBLISHED_WINDOW only says where a positive match is likely (scoreDates). Outside that window
 * the sides conflict only when the other side's release begins after the publication (the
 * report cannot tell of it); otherwise the pair is compared as if undated, as it would be
 * without publication dates, so that giving them never rules out what leaving them out joins.
 * Two publication days never conflict: both bound the same release from above. A bare side (a
 * country and nothing else) keeps the strict window: its dates are all that places it.
 */
export function publishedBound(r: ReleaseFacts, e: ReleaseFacts): [number, number, string] | null {
  if (isBare(r) || isBare(e)) return null;
  const fits = (bounded: ReleaseFacts, other: ReleaseFacts) => {
    if (bounded.dates.length > 0 || bounded.published.length === 0) return false;
    // An event's reports may be published over weeks: the latest day bounds them all leniently.
    const latest = Math.max(...bounded.published.map(dayNumber));
    return windows(other).some((w) => other.dates.length === 0 || w.range[0] <= latest);
  };
  return fits(r, e) || fits(e, r) ? [0, 0, PUBLISHED_LATER] : null;
}

/**
 * Dates that disagree do not rule out the release when its exact figure and two of its named
 * people agree: the report's date is then a background one it misread ('в марте 2023 года').
 */
export function sameDespiteDates(
  r: ReleaseFacts,
  e: ReleaseFacts,
): [number, number, string] | null {
  const sameFigure = r.counts.some(
    (a) =>
      a.qualifier === 'exact' &&
      a.value >= DISTINCT_COUNT &&
      e.counts.some((b) => b.qualifier === 'exact' && b.value === a.value),
  );
  if (!sameFigure || shared(r.people, e.people).length < 2) return null;
  return [0, 0, 'dates disagree, but the figure and two named people agree'];
}

const YEAR_ASIDE = 'dates disagree, but one side gives only a year: set aside as a background year';

/** Dated, but by years only: the index compares such a side with events of any date. */
export function onlyYears(f: { dates: readonly PartialDate[] }): boolean {
  return f.dates.length > 0 && f.dates.every((d) => d.precision === 'year');
}

/**
 * A date that is only a year and disagrees is most often a background year read as the release
 * date ('jailed since 2021', 'the 2020 protests'): it says too little to rule the event out, so
 * the pair is compared as if that side had no date (the figure, the names and the country decide).
 */
export function yearAside(r: ReleaseFacts, e: ReleaseFacts): [number, number, string] | null {
  return onlyYears(r) || onlyYears(e) ? [0, 0, YEAR_ASIDE] : null;
}

/** No date on one side, or only a year set aside: the rest of the facts carry the match. */
export const undated = (d: [number, number, string]) =>
  d[2] === NO_DATE || d[2] === YEAR_ASIDE || d[2] === PUBLISHED_LATER;

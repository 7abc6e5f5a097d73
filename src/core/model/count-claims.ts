/**
 * Figures reported by others, e.g. 'more than 1,000 remain in prison, according to Viasna'.
 * They are kept apart from the registry's own count (counts.ts): a reported figure is what
 * someone said on a date, with its qualifier and attribution, never a computed number.
 */
import { specificity } from './compatible.ts';
import type { PartialDate } from './dates.ts';
import { firstDay, isPartialDate, parsePartialDate } from './dates.ts';
import type { Qualifier } from './values.ts';
import { num } from './values.ts';

export interface ReportedCount {
  id: string;
  country: string;
  value: number;
  qualifier: Qualifier;
  /** Who the figure is attributed to ('Viasna'), or null when the report does not say. */
  attributedTo: string | null;
  asOf: PartialDate;
  sourceId: string | null;
}

export interface LatestReportedCount {
  /** The as-of date of the latest figures. */
  asOf: PartialDate;
  /** The figure to headline: the most specific of `all` (exact over 'more than'), then by id. */
  latest: ReportedCount;
  /** Every figure reported as of that same date, most specific first. */
  all: ReportedCount[];
}

const sameCountry = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

function bySpecificityThenId(a: ReportedCount, b: ReportedCount): number {
  const s = specificity(num(b.value, b.qualifier)) - specificity(num(a.value, a.qualifier));
  if (s !== 0) return s;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The latest reported figures for `country` as of a day on or before `at` (YYYY-MM-DD).
 * Like status changes, an as-of month or year counts from its first day: 'as of June 2025'
 * is available from 2025-06-01. Of a month and a day within it, the day is later (it starts
 * later). Figures at exactly the same as-of value are returned together. Null when none.
 */
export function latestReportedCount(
  claims: readonly ReportedCount[],
  country: string,
  at: string,
): LatestReportedCount | null {
  if (parsePartialDate(at).precision !== 'day') {
    throw new RangeError(`expected a day YYYY-MM-DD, got '${at}'`);
  }
  let best: PartialDate | null = null;
  const eligible = claims.filter(
    (c) =>
      isPartialDate(c.asOf) &&
      Number.isFinite(c.value) &&
      sameCountry(c.country, country) &&
      firstDay(c.asOf) <= at,
  );
  for (const c of eligible) {
    const f = firstDay(c.asOf);
    if (best === null || f > firstDay(best)) best = c.asOf;
    // On the same first day, the more precise date ('2025-06-01' over '2025-06') wins.
    else if (f === firstDay(best) && c.asOf.value.length > best.value.length) best = c.asOf;
  }
  if (best === null) return null;
  const asOf = best;
  const all = eligible.filter((c) => c.asOf.value === asOf.value).sort(bySpecificityThenId);
  return { asOf, latest: all[0]!, all };
}

/** Every reported figure for a country, oldest first; for charts next to the registry count. */
export function reportedCountHistory(
  claims: readonly ReportedCount[],
  country: string,
): ReportedCount[] {
  return claims
    .filter((c) => isPartialDate(c.asOf) && sameCountry(c.country, country))
    .sort((a, b) => {
      const fa = firstDay(a.asOf);
      const fb = firstDay(b.asOf);
      return fa !== fb ? (fa < fb ? -1 : 1) : bySpecificityThenId(a, b);
    });
}

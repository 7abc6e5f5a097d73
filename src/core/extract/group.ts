// Which release each sentence talks about: the one the report is about ('main') or an earlier
// one it recalls ('background'), decided by the dates in release sentences.
import type { SentenceFacts } from './analyse.ts';
import type { DateWithPrecision } from './contract.ts';
import { daysBetween, isValidIsoDate } from './dates.ts';

export const MAIN = 'main';
/** Releases more than this many days before the report's day are background. */
const RECENT_DAYS = 21;

export interface Grouping {
  /** Group key per sentence index: 'main', a date value, or 'earlier'. */
  keyOf: string[];
  dateOf: Map<string, DateWithPrecision | null>;
}

function groupKey(d: DateWithPrecision): string {
  return d.precision === 'day' ? d.value.slice(0, 7) : d.value;
}

export function groupSentences(facts: SentenceFacts[], published?: string): Grouping {
  const pub: DateWithPrecision | null =
    published && isValidIsoDate(published) ? { value: published, precision: 'day' } : null;
  const reference = pub ?? latestReleaseDate(facts);
  const isOld = (d: DateWithPrecision) =>
    reference !== null && daysBetween(d, reference) > RECENT_DAYS;
  // With no day to measure from, a bare year ('in 2023') dates a background, not this release.
  const tooVague = (d: DateWithPrecision) => !pub && d.precision === 'year';

  const keyOf: string[] = [];
  const dateOf = new Map<string, DateWithPrecision | null>([[MAIN, null]]);
  // A date given only as when something was said is a fallback for the release date.
  let announced: DateWithPrecision | null = null;
  for (const f of facts) {
    const d = f.release ? f.dates.find((x) => !tooVague(x)) : undefined;
    if (d && (isOld(d) || (f.looksBack && f.strong))) {
      const key = groupKey(d);
      keyOf.push(key);
      if (!dateOf.get(key)) dateOf.set(key, { value: d.value, precision: d.precision });
    } else if (f.release && f.looksBack && !d) {
      keyOf.push('earlier');
      dateOf.set('earlier', null);
    } else {
      keyOf.push(MAIN);
      if (d && !d.weak && !dateOf.get(MAIN))
        dateOf.set(MAIN, { value: d.value, precision: d.precision });
      if (d?.weak && !announced) announced = { value: d.value, precision: d.precision };
    }
  }
  if (!dateOf.get(MAIN)) dateOf.set(MAIN, announced ?? leadDate(facts, isOld));
  return { keyOf, dateOf };
}

/**
 * With no published date, the newest day or month a release sentence gives: reports are about
 * their latest release and recall older ones, so older dates are the background.
 */
function latestReleaseDate(facts: SentenceFacts[]): DateWithPrecision | null {
  let best: DateWithPrecision | null = null;
  for (const f of facts) {
    if (!f.strong) continue;
    for (const d of f.dates) {
      if (d.precision === 'year' || d.weak) continue;
      if (!best || daysBetween(best, d) > 0) best = d;
    }
  }
  return best;
}

/** A report's lead often dates the release outside the release sentence ("On Thursday, ..."). */
function leadDate(facts: SentenceFacts[], isOld: (d: DateWithPrecision) => boolean) {
  for (const f of facts.slice(0, 3)) {
    const d = f.dates.find((x) => x.precision === 'day' && !isOld(x));
    if (d) return { value: d.value, precision: d.precision };
  }
  return null;
}

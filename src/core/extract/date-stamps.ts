// A page's publication stamp anywhere in a report: a whole date with a clock time beside it
// ('dodane 13.12.2025 15:55', 'Publié le 04/11/2025 à 19h37', '5:27 AM EST, January 15, 2024')
// or set between an outlet and a byline by slashes ('বিডি-প্রতিদিন/০১ ডিসেম্বর, ২০১৫/মাহবুব').
// Scraped pages put it after a photo caption or at the end, past the opening a dateline is read
// from (index.ts). Pure.
import { type FoundDate, findDates } from './dates.ts';
import type { Lexicon } from './lexicons/index.ts';
import { asciiDigits } from './numbers.ts';

// A clock time right after the date: '15:55', ', 11:31 AM', '| 12:00', 'à 19h37', '19.21 Uhr',
// with at most a short word between ('à', 'um', 'o', 'alle', 'às', 'в', 'saat'). Not 'at': 'on
// 3 March 2023 at 10:30 police raided' is a story's hour.
const TIME_AFTER =
  /^[\s,|–—-]*(?:(?:à|um|o|alle|às|в|saat|kl\.?)\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d\s*Uhr)(?!\d)/iu;
// A clock time right before it, with only a half of the day, a zone and punctuation between.
const TIME_BEFORE =
  /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\p{Lu}{2,4})?[\s,|–—-]*$/u;
const SLASH_BEFORE = /\/\s*$/u;
const SLASH_AFTER = /^\s*\//u;

// What any stamp needs (a clock time of TIME_AFTER or TIME_BEFORE, or a slash): most reports
// have none, and are not read for dates from end to end.
const MAY_STAMP = /\d[:h.][0-5]\d|\//iu;

function stamped(text: string, d: FoundDate): boolean {
  const after = text.slice(d.end, d.end + 20);
  const before = text.slice(Math.max(0, d.start - 24), d.start);
  return (
    TIME_AFTER.test(after) ||
    TIME_BEFORE.test(before) ||
    (SLASH_BEFORE.test(before.slice(-3)) && SLASH_AFTER.test(after))
  );
}

/** The first whole date the report stamps with a time or between slashes, as YYYY-MM-DD. */
export function stampOf(text: string, lx: Lexicon, dayFirst: boolean): string | null {
  // Digits of other scripts read as ASCII ones, offsets unchanged (findDates does the same).
  const plain = asciiDigits(text);
  if (!MAY_STAMP.test(plain)) return null;
  const found = findDates(plain, undefined, lx, { digits: true, dayFirst }).find(
    (d) => d.precision === 'day' && !d.relative && stamped(plain, d),
  );
  return found ? found.value : null;
}

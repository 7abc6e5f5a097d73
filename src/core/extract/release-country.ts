// The country that held the prisoners a report tells of, and the datelines that name only where
// the reporter filed from. Pure; see docs/extraction.md.
import { findDestinations } from './destinations.ts';
import { cueRules } from './lexicon.ts';
import { ALL_LANGUAGES, type Lexicon, perLexicon } from './lexicons/index.ts';
import { findLowerCasePlaces, findPlaces, type PlaceMention, RELEASING } from './places.ts';
import { allMatches } from './regex-all.ts';

// A dateline says where the reporter filed from ('BANGKOK (AP) —', 'ANKARA —', 'RIYADH, Saudi
// Arabia:'), not who released anyone: its places are left out of the tally. Each word of
// capitals is taken whole ((?=(...))\1: a group the engine does not backtrack into) and the
// spaces between the parts are bounded: a line of 4,000 capital letters, which the engine had
// tried to split into three words every way, took 45 s (Cyrillic ones 5 min); now linear.
const DATELINE =
  /(?:^|\n|\))[ \t]{0,8}(?:(?=(\p{Lu}{2,}))\1[ \t.'-]{0,5}){1,3}(?:,[ \t]{0,5}[\p{L} ]{2,30})?[ \t]{0,5}(?:\([^)\n]{1,30}\)[ \t]{0,5})?(?::|[—–]|-(?=\s))/gu;

function datelineSpans(s: string): [number, number][] {
  return allMatches(DATELINE, s).map((m) => [m.index, m.index + m[0].length]);
}

/** A release verb right after a place, at most one word between: the place is its subject. */
const freesAfter = perLexicon(
  (lx) => new RegExp(`^\\s*(?:[^\\s\\d]\\S*\\s+)?(?:${cueRules(lx).strongRelease.source})`, 'iu'),
);

/** The country that held the prisoners: the releasing country named most often. */
export function releaseCountry(
  text: string,
  title?: string,
  lx: Lexicon = ALL_LANGUAGES,
): string | null {
  const frees = freesAfter(lx);
  const tally = new Map<string, number>();
  const all = `${title ?? ''}\n${title ?? ''}\n${text}`;
  const datelines = datelineSpans(all);
  const places = findPlaces(all, true);
  // Where the reporter filed from, kept apart: see below.
  const filedFrom = new Map<string, number>();
  for (const p of places) {
    if (!RELEASING.has(p.code)) continue;
    if (datelines.some(([a, b]) => p.start >= a && p.start < b)) {
      filedFrom.set(p.code, (filedFrom.get(p.code) ?? 0) + 1);
      continue;
    }
    // The country that does the freeing ('Россия освободила', 'Belarus freed') outweighs the
    // venue and the broker of a swap, each named as often ('в Анкаре при посредничестве Турции').
    const weight = frees.test(all.slice(p.end, p.end + 40)) ? 3 : 1;
    tally.set(p.code, (tally.get(p.code) ?? 0) + weight);
  }
  // Only when nothing else names it: lower-case adjectives ('el Gobierno cubano').
  if (tally.size === 0)
    for (const p of findLowerCasePlaces(all)) tally.set(p.code, (tally.get(p.code) ?? 0) + 1);
  // A report that names no releasing country but in its dateline ('MANILA, Philippines –',
  // 'EL CAIRO (Egitto) -') was filed from the country that freed the prisoner: a local court's
  // bail, a pardon told by the local press.
  // RELEASING lists the countries of the events the rules were tuned on; a report from any other
  // (Tunisia, Bolivia, Chad) then had no country at all, and every figure of prisoners still held
  // with it. With none of the list named, any country the text names is counted the same way.
  const counted =
    tally.size > 0
      ? tally
      : filedFrom.size > 0
        ? filedFrom
        : openTally(all, places, datelines, frees, lx);
  let best: string | null = null;
  let bestN = 0;
  for (const [code, n] of counted) {
    if (n > bestN) [best, bestN] = [code, n];
  }
  return best;
}

// Sentence ends, roughly: the goals' test reads one sentence at a time.
const SENTENCE_END = /(?<=[.!?。！？])\s+|\n+/u;

/** Every country the text names outside a dateline, weighted as releaseCountry weighs its own. */

function openTally(
  all: string,
  places: PlaceMention[],
  datelines: [number, number][],
  frees: RegExp,
  lx: Lexicon,
): Map<string, number> {
  const tally = new Map<string, number>();
  const named = places.filter((p) => !datelines.some(([a, b]) => p.start >= a && p.start < b));
  // No place outside a dateline: nothing to tally, and no sentence to read for goals.
  if (named.length === 0) return tally;
  // Where the freed were taken is no releasing state: a short report may name only that ('was
  // driven to Lithuania', 'trasladados al Vaticano'). The lists' releasing states need no such
  // test, a goal of the open tally does.
  const goals = new Set<string>();
  for (const s of all.split(SENTENCE_END))
    for (const d of findDestinations(s, null, lx)) goals.add(d.country);
  for (const p of named) {
    if (goals.has(p.code)) continue;
    const weight = frees.test(all.slice(p.end, p.end + 40)) ? 3 : 1;
    tally.set(p.code, (tally.get(p.code) ?? 0) + weight);
  }
  return tally;
}

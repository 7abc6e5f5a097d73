/**
 * Candidate-index keys for the names compared by a table's reading rather than by their
 * letters: Japanese names in kanji (kanji.ts, reading:ja) and Chinese names read in Cantonese
 * (cantonese-reading.ts, reading:yue). A name in Han characters and a Latin spelling its
 * reading matches give a key in common, so an alias and a query file and look under the same
 * keys and either finds the other. Most names give none: Latin names only when their words
 * could be such a reading.
 *
 * - 'j:' surname | given name, as press Hepburn keys (hepburnKey), and 'j1:' the two run
 *   together in either order (Abeshinzo). A Latin spelling of two words gives both orders in
 *   which one of its words is a surname the table reads.
 * - 'c:' surname | the first syllable of the given name, as the Hong Kong press spells them.
 *   A Han name gives every spelling of its surname with every spelling of its given name's
 *   first character; a Latin spelling gives its surname word (first, last, or second after an
 *   English given name) with every syllable that opens the words after it. One syllable of
 *   the given name, not all: a name of three characters has hundreds of spellings.
 */
import {
  cantoneseReadable,
  isSpelling,
  MAX_SPELLING,
  oneOrTwoSyllables,
  spellingsOf,
} from './cantonese.ts';
import { hanOnly, wordOf } from './cantonese-reading.ts';
import { isHanDoubleSurname } from './foreign.ts';
import type { KeyBuffer } from './index-keys.ts';
import { kanjiName, readable, wordsOf } from './kanji.ts';
import { knownSurnameReading, mayBeJapaneseWord, readKanjiName } from './kanji-reading.ts';
import type { ParsedName } from './parse.ts';
import { hashBar, hashEnd, hashOn, hashStart } from './postings.ts';
import type { TokenInfo } from './tokens.ts';

/** Pushes the reading keys of a name onto `buf` (not cleared: they join its other keys). */
export function readingKeysInto(p: ParsedName, buf: KeyBuffer): void {
  if (p.scripts) {
    if (kanjiName(p)) {
      kanjiKeys(p, buf);
      hanKeys(p, buf);
    } else if (readable(p)) japaneseKeys(p, buf);
    return;
  }
  japaneseKeys(p, buf);
  cantoneseKeys(p, buf);
}

/**
 * Whether comparing the query with an alias reads the alias's written words (a Han name
 * against a Latin spelling, by kanji.ts or cantonese-reading.ts), which the candidate index's
 * stored parses leave out (alias-forms.ts): the index then parses such candidates in full.
 */
export function readsAliasWords(query: ParsedName): boolean {
  return !!query.scripts && kanjiName(query);
}

/** The hashing state after `prefix + s + '|'`, carried on over each second part. */
const head = (prefix: string, s: string) => hashBar(hashOn(hashStart(prefix), s));

function kanjiKeys(p: ParsedName, buf: KeyBuffer): void {
  for (const s of readKanjiName(p.input) ?? []) {
    for (const sk of s.surnames) {
      const h = head('j:', sk);
      for (const gk of s.givens ?? []) {
        buf.push(hashEnd(h, gk));
        buf.push(hashEnd(head('j1:', sk + gk), ''));
        buf.push(hashEnd(head('j1:', gk + sk), ''));
      }
    }
  }
}

function japaneseKeys(p: ParsedName, buf: KeyBuffer): void {
  if (!p.scripts) {
    if (p.tokens.length === 0 || p.tokens.length > 2) return;
    // A quick test first: most names filed are no Japanese reading.
    for (const t of p.tokens) if (!mayBeJapaneseWord(t.raw)) return;
  }
  const words = wordsOf(p).filter((w) => w.key);
  if (words.length === 1) buf.push(hashEnd(head('j1:', words[0]!.key), ''));
  if (words.length !== 2) return;
  const [x, y] = [words[0]!.key, words[1]!.key];
  if (knownSurnameReading(x)) buf.push(hashEnd(head('j:', x), y));
  if (knownSurnameReading(y)) buf.push(hashEnd(head('j:', y), x));
}

function hanKeys(p: ParsedName, buf: KeyBuffer): void {
  const han = hanOnly(p);
  if (!han || !cantoneseReadable(han)) return;
  // The surname as cantonese-reading.ts splits it.
  const n = isHanDoubleSurname(han.slice(0, 2).join('')) && han.length >= 3 ? 2 : 1;
  if (han.length <= n) return;
  const first = spellingsOf(han[0]!);
  const surnames = n === 1 ? first : first.flatMap((a) => spellingsOf(han[1]!).map((b) => a + b));
  const given = spellingsOf(han[n]!);
  for (const s of surnames) {
    const h = head('c:', s);
    for (const g of given) buf.push(hashEnd(h, g));
  }
}

function cantoneseKeys(p: ParsedName, buf: KeyBuffer): void {
  const tokens = p.tokens;
  if (tokens.length < 2) return;
  const last = tokens.length - 1;
  const first = plainWord(tokens[0]!);
  const second = first && plainWord(tokens[1]!);
  const end = last === 1 ? second : first && plainWord(tokens[last]!);
  if (!second || !end) return;
  cantoneseOrder(first!, second, buf);
  cantoneseOrder(end, first!, buf);
  // An English given name before a name written surname first (Joshua Wong Chi-fung).
  if (last >= 2) {
    const third = plainWord(tokens[2]!);
    if (third) cantoneseOrder(second, third, buf);
  }
}

/** A word of a Latin name as cantonese-reading.ts reads it: its letters, and its first part. */
interface Plain {
  letters: string;
  first: string;
}

/** Letters and at most one hyphen or apostrophe: read without wordOf's normalisation. */
const PLAIN_WORD = /^[A-Za-z]+(?:[-‐‑'’][A-Za-z]+)?$/;
const SEPARATOR = /[-‐‑'’]/;

function plainWord(t: TokenInfo): Plain | null {
  // Russian letters are no Cantonese spelling (wordOf would turn them away, after more work).
  const c = t.raw.charCodeAt(0);
  if (c >= 0x400 && c <= 0x4ff) return null;
  if (PLAIN_WORD.test(t.raw)) {
    const lower = t.raw.toLowerCase();
    const cut = lower.search(SEPARATOR);
    if (cut < 0) return { letters: lower, first: lower };
    return { letters: lower.slice(0, cut) + lower.slice(cut + 1), first: lower.slice(0, cut) };
  }
  const w = wordOf(t);
  return w ? { letters: w.parts.join(''), first: w.parts[0]! } : null;
}

/** Keys for `sur` as the surname and `given` as the first word of the given name. */
function cantoneseOrder(sur: Plain, given: Plain, buf: KeyBuffer): void {
  if (!oneOrTwoSyllables(sur.letters)) return;
  // A syllable never runs across a hyphen: the given name's first one opens its first part.
  const g = given.first;
  const h = head('c:', sur.letters);
  for (let end = 1; end <= Math.min(g.length, MAX_SPELLING); end++) {
    const syllable = g.slice(0, end);
    if (isSpelling(syllable)) buf.push(hashEnd(h, syllable));
  }
}

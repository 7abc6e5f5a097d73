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
 * - 'tW:' / 'tL:' a foreign name in katakana, hangul or Chinese transcription characters and a
 *   Latin or Cyrillic name, by their consonants word by word (transcription-keys.ts).
 */
import { cantoneseReadable, isSpelling, MAX_SPELLING, spellingsOf } from './cantonese.ts';
import { hanOnly, hanSurnameLength, wordOf } from './cantonese-reading.ts';
import { HAN_DOUBLE_SURNAMES } from './han-names.ts';
import type { KeyBuffer } from './index-keys.ts';
import { kanjiName, readable, wordsOf } from './kanji.ts';
import { knownSurnameReading, mayBeJapaneseWord, readKanjiName } from './kanji-reading.ts';
import type { ParsedName } from './parse.ts';
import { hashBar, hashEnd, hashOn, hashStart } from './postings.ts';
import type { TokenInfo } from './tokens.ts';
import { transcriptionKeysInto } from './transcription-keys.ts';

/**
 * Pushes the reading keys of a name onto `buf` (not cleared: they join its other keys): the
 * keys it is filed under (`filing`), or those a query looks under. A key names the side of the
 * name filed under it (H for Han characters, L for the other spelling), so that a Latin query
 * looks only among names in characters and the reverse: two Latin names never meet under a
 * reading key (their own keys bring them together), which keeps the lookups short. Without
 * `transcriptions`, a query leaves out its transcription keys (an index that holds no name in
 * katakana, hangul or Chinese transcription characters).
 */
export function readingKeysInto(
  p: ParsedName,
  buf: KeyBuffer,
  filing: boolean,
  transcriptions = true,
): void {
  const han = filing ? 'H' : 'L';
  const other = filing ? 'L' : 'H';
  if (transcriptions) transcriptionKeysInto(p, buf, filing);
  if (p.scripts) {
    if (kanjiName(p)) {
      kanjiKeys(p, buf, han);
      hanKeys(p, buf, han);
    } else if (readable(p)) japaneseKeys(p, buf, other);
    return;
  }
  japaneseKeys(p, buf, other);
  cantoneseKeys(p, buf, other);
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

function kanjiKeys(p: ParsedName, buf: KeyBuffer, side: string): void {
  for (const s of readKanjiName(p.input) ?? []) {
    for (const sk of s.surnames) {
      const h = head(`j${side}:`, sk);
      for (const gk of s.givens ?? []) {
        buf.push(hashEnd(h, gk));
        buf.push(hashEnd(head(`j1${side}:`, sk + gk), ''));
        buf.push(hashEnd(head(`j1${side}:`, gk + sk), ''));
      }
    }
  }
}

function japaneseKeys(p: ParsedName, buf: KeyBuffer, side: string): void {
  if (!p.scripts) {
    if (p.tokens.length === 0 || p.tokens.length > 2) return;
    // A quick test first: most names filed are no Japanese reading.
    for (const t of p.tokens) if (!mayBeJapaneseWord(t.raw)) return;
  }
  const words = wordsOf(p).filter((w) => w.key);
  if (words.length === 1) buf.push(hashEnd(head(`j1${side}:`, words[0]!.key), ''));
  if (words.length !== 2) return;
  const [x, y] = [words[0]!.key, words[1]!.key];
  if (knownSurnameReading(x)) buf.push(hashEnd(head(`j${side}:`, x), y));
  if (knownSurnameReading(y)) buf.push(hashEnd(head(`j${side}:`, y), x));
}

function hanKeys(p: ParsedName, buf: KeyBuffer, side: string): void {
  const han = hanOnly(p);
  if (!han || !cantoneseReadable(han)) return;
  const n = hanSurnameLength(han);
  if (han.length <= n) return;
  const given = spellingsOf(han[n]!);
  for (const s of surnameSpellings(han.slice(0, n))) {
    const h = head(`c${side}:`, s);
    for (const g of given) buf.push(hashEnd(h, g));
  }
}

/** Every spelling of a surname of one or two characters, syllables run together (Szeto). */
function surnameSpellings(chars: string[]): string[] {
  const first = spellingsOf(chars[0]!);
  if (chars.length === 1) return first;
  return first.flatMap((a) => spellingsOf(chars[1]!).map((b) => a + b));
}

/** The spellings of the double surnames (auyeung, szeto), built on first use. */
let doubleSpellings: Set<string> | null = null;
/** The longest surname word a Cantonese reading may have: a double surname, hyphenated. */
let longestSurname = 0;

function doubles(): Set<string> {
  if (doubleSpellings) return doubleSpellings;
  doubleSpellings = new Set(
    [...HAN_DOUBLE_SURNAMES].flatMap((two) => (two.length === 2 ? surnameSpellings([...two]) : [])),
  );
  for (const d of doubleSpellings) longestSurname = Math.max(longestSurname, d.length + 1);
  return doubleSpellings;
}

/**
 * A Latin name's keys: its first word, last word, or second after an English given name
 * (Joshua Wong Chi-fung) as the surname, when it spells one syllable or a double surname,
 * with the word after it (or the first word, for the last) as the given name's first.
 */
function cantoneseKeys(p: ParsedName, buf: KeyBuffer, side: string): void {
  const tokens = p.tokens;
  if (tokens.length < 2) return;
  const last = tokens.length - 1;
  cantoneseOrder(tokens[0]!, tokens[1]!, buf, side);
  cantoneseOrder(tokens[last]!, tokens[0]!, buf, side);
  if (last >= 2) cantoneseOrder(tokens[1]!, tokens[2]!, buf, side);
}

/** Keys for `sur` as the surname and `given` as the first word of the given name. */
function cantoneseOrder(sur: TokenInfo, given: TokenInfo, buf: KeyBuffer, side: string): void {
  const double = doubles();
  // Most surnames filed are longer than any syllable or double surname: no letters are read.
  const n = sur.raw.length;
  if (n > longestSurname) return;
  const s = lettersOf(sur, n <= MAX_SPELLING);
  if (s === null || !(isSpelling(s.letters) || double.has(s.letters))) return;
  const g = lettersOf(given, true);
  if (g === null) return;
  // A syllable never runs across a hyphen: the given name's first one opens its first part.
  const h = head(`c${side}:`, s.letters);
  for (let end = 1; end <= Math.min(g.first.length, MAX_SPELLING); end++) {
    const syllable = g.first.slice(0, end);
    if (isSpelling(syllable)) buf.push(hashEnd(h, syllable));
  }
}

/** A word of a Latin name as cantonese-reading.ts reads it: its letters, and its first part. */
interface Letters {
  letters: string;
  first: string;
}

const SEPARATORS = "-‐‑'’";

/**
 * The word's letters in lower case, without one hyphen or apostrophe between them, by char
 * code; a word with other letters (marks) is read by wordOf when `marks`. Null for no Latin
 * word.
 */
function lettersOf(t: TokenInfo, marks: boolean): Letters | null {
  const raw = t.raw;
  let cut = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) continue;
    if (cut < 0 && i > 0 && SEPARATORS.includes(raw[i]!)) {
      cut = i;
      continue;
    }
    // Russian letters spell no Cantonese; nor do a double surname's letters have marks.
    if (!marks || (c >= 0x400 && c <= 0x4ff)) return null;
    const w = wordOf(t);
    return w ? { letters: w.parts.join(''), first: w.parts[0]! } : null;
  }
  const lower = raw.toLowerCase();
  if (cut < 0) return { letters: lower, first: lower };
  return { letters: lower.slice(0, cut) + lower.slice(cut + 1), first: lower.slice(0, cut) };
}

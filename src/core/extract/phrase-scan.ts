// Finds many fixed words and phrases in a text by looking each one up where it could start,
// for word lists too long for one regular expression. The country names of every language in
// uncased scripts (lexicons/countries.json: some 2,000 in Arabic, Georgian, Han...) were one
// alternation tried at every position: 12-26 ms per Arabic or Georgian report, ten times the
// rest of extraction. This gives the same matches as that alternation (wordsSource without its
// Arabic-script letter variants, which the country names were never read with: whole words
// for spaced scripts, anywhere for unspaced ones, '*' for an Arabic clitic prefix of up to three
// letters, any run of spaces inside a phrase), found by a map lookup per word.

import { classTest, codePointBefore } from './word-edge.ts';

const NO_SPACES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Myanmar}]/u;
// Tests of one code point (-1, before the text or past it, passes none).
const isLetter = classTest(/\p{L}/u);
const isLetterOrMark = classTest(/[\p{L}\p{M}]/u);
const isMark = classTest(/\p{M}/u);
const isArabic = classTest(/\p{sc=Arabic}/u);
const isSpace = classTest(/\s/u);

interface Entry {
  /** Lowercase words, matched with any run of spaces between them. */
  words: string[];
  /** The entry as given (lowercase), for the order of the alternation. */
  text: string;
  /** An Arabic clitic prefix of up to three letters may lead it. */
  clitic: boolean;
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** Longest first, then by code unit: the order wordsSource's alternation tries its entries in. */
function byLength(a: Entry, b: Entry): number {
  return b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/** The code point at `i` (a surrogate pair read whole), or -1 past the end. */
function codePointAt(s: string, i: number): number {
  return s.codePointAt(i) ?? -1;
}

/** How many code units the code point `cp` takes. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

function charAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Whether `words` stand in `s` from `at` (spaces between them); the end, or -1. */
function wordsAt(s: string, at: number, words: readonly string[]): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const from = i;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i === from) return -1;
    }
    if (!s.startsWith(words[w]!, i)) return -1;
    i += words[w]!.length;
  }
  return i;
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export class PhraseScanner {
  /** Whole-word entries by their first word. */
  private readonly bounded = new Map<string, Entry[]>();
  /** Entries of unspaced scripts by their first character. */
  private readonly open = new Map<string, Entry[]>();
  /**
   * Those first characters' code points: findAll asks at every character of a text, and making
   * a one-character string for each to look up in `open` was most of the scanner's time.
   */
  private readonly openFirst = new Set<number>();

  constructor(entries: readonly string[]) {
    for (const raw of new Set(entries.map((e) => e.trim().toLowerCase()).filter(Boolean))) {
      const clitic = raw.startsWith('*');
      const text = clitic ? raw.slice(1) : raw;
      const entry: Entry = { words: text.split(/\s+/), text: raw, clitic };
      if (NO_SPACES.test(raw)) {
        push(this.open, charAt(text, 0), entry);
        this.openFirst.add(codePointAt(text, 0));
      } else push(this.bounded, entry.words[0]!, entry);
    }
    for (const list of [...this.bounded.values(), ...this.open.values()]) list.sort(byLength);
  }

  /** Every match, left to right, none overlapping (as a global regex's exec loop finds them). */
  findAll(s: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let i = 0;
    while (i < s.length) {
      const m = this.matchAt(s, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i += width(codePointAt(s, i));
    }
    return out;
  }

  private matchAt(s: string, i: number): PhraseMatch | null {
    if (!isLetterOrMark(codePointBefore(s, i))) {
      const m = this.boundedAt(s, i);
      if (m) return m;
    }
    if (!this.openFirst.has(codePointAt(s, i))) return null;
    const list = this.open.get(charAt(s, i));
    if (!list) return null;
    for (const e of list) {
      const end = wordsAt(s, i, e.words);
      if (end >= 0) return { start: i, end };
    }
    return null;
  }

  /** The first entry in alternation order that stands whole at `i`, its prefix greediest. */
  private boundedAt(s: string, i: number): PhraseMatch | null {
    let best: { entry: Entry; end: number } | null = null;
    for (let k = 0; k <= 3; k++) {
      if (k > 0 && !isArabic(codePointAt(s, i + k - 1))) break;
      for (const key of this.firstWords(s, i + k))
        for (const e of this.bounded.get(key) ?? []) {
          if (k > 0 && !e.clitic) continue;
          if (best && byLength(best.entry, e) <= 0 && best.entry !== e) break;
          const end = wordsAt(s, i + k, e.words);
          if (end < 0 || isLetter(codePointAt(s, end))) continue;
          // The same entry with a longer prefix: the greedy prefix is the regex's.
          best = { entry: e, end };
          break;
        }
    }
    return best ? { start: i, end: best.end } : null;
  }

  /**
   * The words an entry may be from `i`: the letters and marks there, trailing marks left off,
   * and each part of it that ends before a mark (an entry may end where a mark follows it).
   */
  private firstWords(s: string, i: number): string[] {
    const out: string[] = [];
    let j = i;
    for (let cp = codePointAt(s, j); isLetterOrMark(cp); cp = codePointAt(s, j)) {
      if (j > i && isMark(cp) && !isMark(codePointBefore(s, j))) out.push(s.slice(i, j));
      j += width(cp);
    }
    while (j > i && isMark(codePointBefore(s, j))) j -= width(codePointBefore(s, j));
    if (j > i && out.at(-1) !== s.slice(i, j)) out.push(s.slice(i, j));
    return out;
  }
}

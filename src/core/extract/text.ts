// Sentences with offsets, and evidence spans that quote the text exactly.

import { isSpace } from '../names/char-codes.ts';
import type { Evidence } from './contract.ts';
import { ALL_LANGUAGES, abbreviationsOf, calendarOf, type Lexicon } from './lexicons/index.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** English month abbreviations: a stop after one does not end a sentence; too weak to date one. */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

// Tokens before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'prof',
  'no',
  'vs',
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  ...MONTH_ABBREVIATIONS,
  'г',
  'гг',
  'т.е',
  'т.д',
  'им',
  'ул',
]);

// A dash may open the next sentence: Polish and Russian quotes ('Bialacki. – Razem ...').
// '。', '！', '？' end a Chinese or Japanese sentence with no space or capital after them.
// Arabic, Persian and Georgian have no capitals either: a stop before a word in their letters
// ends one. Armenian ends a sentence with its own stop, '։', which its online press types as ':'
// (a colon before a capital Armenian letter).
// Some pages glue a sentence to the next with no space ('bị bắt.Bản án'): a stop right before a
// capital and a small letter ends one too (the 'glued' group), unless it closes an abbreviation or
// an initial, or stands in a web address (gluedInWord).
const BOUNDARY =
  /[.!?…؟։]+["'”’»)]*(?=\s+(?:[–—-]\s+)?["'“‘«(]?[\p{Lu}\d\u0621-\u064a\u067e-\u06d3\u10d0-\u10fa])|(?<glued>[.!?]+[”’»)]*)(?=\p{Lu}\p{Ll})|:(?=\s+["'“‘«(]?[\u0531-\u0556])|[。！？]+[」』”’）)]*|\n\s*\n|\n(?=\s*\S)/gu;

function endsWithAbbreviation(text: string, at: number, own: ReadonlySet<string>): boolean {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, at).toLowerCase();
  if (word.length === 1) return true; // an initial: 'J. Smith'
  return ABBREVIATIONS.has(word) || own.has(word);
}

// Names written with a stop and no space: Radio Liberty's regional sites ('Крим.Реалії',
// 'Сибирь.Реалии', 'Sever.Realii').
const GLUED_NAME_ENDS = /^(?:Реалии|Реалії|Realii)(?!\p{L})/u;

/**
 * A glued stop that ends no sentence: after no letter or digit ('...Next'), or inside a web
 * address or a file name ('www.Example', 'site.org/News.Html', 'Example.com').
 */
function gluedInWord(text: string, at: number, end: number): boolean {
  if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  let i = at;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  const before = text.slice(i, at);
  if (/[/@=&_]|^(?:www|https?)\b/iu.test(before)) return true;
  // Initials run together: 'A.B.Carter'.
  if (/(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$/u.test(before)) return true;
  const after = text.slice(end, end + 64);
  // The word after is followed by a stop and a small letter: a domain ('Example.com').
  if (/^\p{L}+\.\p{Ll}/u.test(after)) return true;
  return GLUED_NAME_ENDS.test(after);
}

// '11. September', '1. August 2024': German writes the day as an ordinal with a stop.
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...'january february march april may june july august september october november december'.split(
    ' ',
  ),
  ...calendarOf('months').keys(),
]);

function isOrdinalDay(text: string, at: number, end: number): boolean {
  if (!/(?<!\d)\d{1,2}$/u.test(text.slice(Math.max(0, at - 3), at))) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24));
  return next !== null && MONTH_WORDS.has(next[1]!.toLowerCase());
}

/**
 * The text's sentences. The lists' abbreviations (lx, the report's languages; every language by
 * default) are stops that end none ('specjalny wysłannik ds. Białorusi').
 */
export function splitSentences(text: string, lx: Lexicon = ALL_LANGUAGES): Sentence[] {
  const out: Sentence[] = [];
  const wide = WIDE.test(text);
  const own = abbreviationsOf(lx);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // 'EE.UU.?': a question or exclamation mark after an abbreviation's stop still ends one.
    const isStop = m[0][0] === '.' && !/[!?]/.test(m[0]);
    if (isStop && endsWithAbbreviation(text, m.index, own)) continue;
    if (m.groups?.glued && gluedInWord(text, m.index, m.index + m[0].length)) continue;
    if (m[0] === '.' && isOrdinalDay(text, m.index, m.index + 1)) continue;
    push(out, text, start, m.index + m[0].length, wide);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length, wide);
  return out;
}

/** Longer runs without a stop are cut at a space so every rule stays linear in the text. */
const MAX_SENTENCE = 1500;

// V8 keeps a slice in its parent's form: in a text with one character above U+00FF anywhere (a
// curly quote) every sentence is stored two bytes a character, and the rules' regexes run their
// two-byte code, which also tries the words of other scripts (Cyrillic...) their one-byte code
// leaves out. A sentence whose characters all fit in one byte is copied into a one-byte string:
// the same text, every rule over it faster.
const WIDE = /[\u0100-\uffff]/;
const CODES = new Uint16Array(MAX_SENTENCE);

function narrow(s: string): string {
  if (WIDE.test(s)) return s;
  for (let i = 0; i < s.length; i++) CODES[i] = s.charCodeAt(i);
  return String.fromCharCode.apply(null, CODES.subarray(0, s.length) as unknown as number[]);
}

function push(out: Sentence[], text: string, from: number, to: number, wide: boolean): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
    const at = cut > s + MAX_SENTENCE / 2 ? cut : s + MAX_SENTENCE;
    push(out, text, s, at, wide);
    s = at;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) {
    const sentence = text.slice(s, e);
    out.push({ index: out.length, start: s, end: e, text: wide ? narrow(sentence) : sentence });
  }
}

/** A space, comma, semicolon or colon: cut off an evidence's ends. */
function trimmed(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isSpace(c);
}

/** Evidence for text[start, end), trimmed of surrounding spaces and trailing commas. */
export function evidence(text: string, start: number, end: number): Evidence {
  let s = start;
  let e = end;
  while (s < e && trimmed(text.charCodeAt(s))) s++;
  while (e > s && trimmed(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e, quote: text.slice(s, e) };
}

/** Evidence for a span given relative to a sentence. */
export function sentenceEvidence(text: string, s: Sentence, from: number, to: number): Evidence {
  return evidence(text, s.start + from, s.start + to);
}

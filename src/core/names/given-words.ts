/**
 * Given words of stored aliases (alias-forms.ts). The words that recur (a handful of names
 * across a million aliases) are stored by number: decoding a candidate then reads the word's
 * facts from a list instead of looking the word up by text, which hashed a new string per
 * candidate. Numbered once for every index of the process, up to MAX_WORDS; later words are
 * stored as text. Facts are built on first use and shared by every record that names them
 * (parses are never mutated).
 */
import { type GivenInfo, givenInfo } from './parse.ts';
import { tokenInfo } from './tokens.ts';

const WORDS: string[] = [];
const numbers = new Map<string, number>();
const infos: Array<GivenInfo | undefined> = [];
/** A number is one character from U+0100, below the surrogates. */
const FIRST = 0x100;
const MAX_WORDS = 0xd000;

/** `marker` and the word's number as one character, or the word itself past MAX_WORDS. */
export function numberedWord(raw: string, marker: string): string {
  let n = numbers.get(raw);
  if (n === undefined) {
    if (WORDS.length >= MAX_WORDS) return raw;
    n = WORDS.push(raw) - 1;
    numbers.set(raw, n);
  }
  return marker + String.fromCharCode(FIRST + n);
}

/** The facts of the word numbered by character `code`. */
export function numberedGiven(code: number): GivenInfo {
  const n = code - FIRST;
  let info = infos[n];
  if (!info) {
    info = givenInfo(tokenInfo(WORDS[n]!));
    infos[n] = info;
  }
  return info;
}

/** Facts of a given word stored as text (past MAX_WORDS), by text. */
const byWord = new Map<string, GivenInfo>();

export function storedGiven(word: string): GivenInfo {
  const hit = byWord.get(word);
  if (hit) return hit;
  const token = tokenInfo(word);
  const info = givenInfo(token);
  if (token.givenLike || token.initial) {
    if (byWord.size > 20_000) byWord.clear();
    byWord.set(word, info);
  }
  return info;
}

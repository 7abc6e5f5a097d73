/**
 * Cantonese readings of Han characters (data/cantonese.ts, from Unihan's kCantonese) and the
 * Hong Kong spellings of each (hk-romanisation.ts); and the fit of Latin words to a run of
 * characters, one spelling a character, hyphens and spaces between syllables or none
 * (Chi-fung, Chi Fung, Chifung, Szeto).
 */
import { CANTONESE_READINGS } from './data/cantonese.ts';
import { hkSpellings } from './hk-romanisation.ts';

/** One reading of a character: its Jyutping syllable and how the press may spell it. */
interface Reading {
  jyutping: string;
  spellings: string[];
}

interface Tables {
  /** One entry a syllable of the table. */
  syllables: Reading[];
  /** A character's reading (its syllable's index); most characters have one. */
  first: Map<string, number>;
  /** The further readings of the few characters that have several. */
  more: Map<string, number[]>;
  /** Every spelling of every syllable: what a Latin word made of Cantonese syllables uses. */
  spellings: Set<string>;
}

let tables: Tables | null = null;

/**
 * Built on first use: most comparisons never meet a name in Han characters. Numbers rather
 * than arrays a character keep the table small (a Map of 18,000 small integers).
 */
function load(): Tables {
  if (tables) return tables;
  const t: Tables = {
    syllables: [],
    first: new Map(),
    more: new Map(),
    spellings: new Set(),
  };
  for (const entry of CANTONESE_READINGS.trim().split(/\s+/)) {
    const at = entry.indexOf(':');
    const jyutping = entry.slice(0, at);
    const index = t.syllables.push({ jyutping, spellings: hkSpellings(jyutping) }) - 1;
    for (const s of t.syllables[index]!.spellings) t.spellings.add(s);
    for (const c of entry.slice(at + 1)) {
      if (!t.first.has(c)) t.first.set(c, index);
      else t.more.set(c, [...(t.more.get(c) ?? []), index]);
    }
  }
  tables = t;
  return t;
}

const NONE: Reading[] = [];

/** The longest spelling of a syllable (tseung, cheung: seven letters at most). */
export const MAX_SPELLING = 7;

function readingsOf(t: Tables, c: string): Reading[] {
  const i = t.first.get(c);
  if (i === undefined) return NONE;
  const more = t.more.get(c);
  const one = t.syllables[i]!;
  return more ? [one, ...more.map((m) => t.syllables[m]!)] : [one];
}

/** Whether the table reads every character of a run. */
export function cantoneseReadable(chars: string[]): boolean {
  const t = load().first;
  for (const c of chars) if (!t.has(c)) return false;
  return true;
}

/** The Jyutping syllables of a character, for the evidence. */
export function jyutpingOf(char: string): string[] {
  return readingsOf(load(), char).map((r) => r.jyutping);
}

/**
 * Whether the syllables (letters only, lower case: one entry a written word or hyphenated
 * part) spell the characters in order, each syllable one or more whole characters: the
 * Jyutping read for each character, or null.
 */
export function fitSyllables(parts: string[], chars: string[]): string[] | null {
  if (parts.length === 0 || parts.length > chars.length) return null;
  const t = load();
  const used: string[] = [];
  const go = (pi: number, ci: number, at: number): boolean => {
    const part = parts[pi];
    if (part === undefined) return ci === chars.length;
    if (at === part.length) return go(pi + 1, ci, 0);
    if (ci === chars.length) return false;
    for (const r of readingsOf(t, chars[ci]!)) {
      for (const s of r.spellings) {
        if (!part.startsWith(s, at)) continue;
        used[ci] = r.jyutping;
        if (go(pi, ci + 1, at + s.length)) return true;
      }
    }
    return false;
  };
  return go(0, 0, 0) ? used : null;
}

/** Whether a word can be cut into Cantonese syllables as the press spells them. */
export function cantoneseSyllables(word: string): boolean {
  const all = load().spellings;
  const ok: boolean[] = [true];
  for (let end = 1; end <= word.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 7); start < end && !ok[end]; start++)
      ok[end] = !!ok[start] && all.has(word.slice(start, end));
  }
  return ok[word.length]!;
}

/**
 * Whether a word can be cut into one syllable a character with all of them but one spelling
 * its character: a run-together given name one syllable away from the characters' (Chihung
 * for 之鋒), which is another person's rather than an English name.
 */
export function fitsButOne(word: string, chars: string[]): boolean {
  const t = load();
  const go = (ci: number, at: number, missed: boolean): boolean => {
    if (ci === chars.length) return at === word.length;
    for (const r of readingsOf(t, chars[ci]!))
      for (const s of r.spellings)
        if (word.startsWith(s, at) && go(ci + 1, at + s.length, missed)) return true;
    if (missed) return false;
    for (let end = at + 1; end <= Math.min(word.length, at + 7); end++)
      if (t.spellings.has(word.slice(at, end)) && go(ci + 1, end, true)) return true;
    return false;
  };
  return go(0, 0, false);
}

/** Every spelling of every reading of a character (黃: wong, vong). */
export function spellingsOf(char: string): string[] {
  return readingsOf(load(), char).flatMap((r) => r.spellings);
}

/** Whether a run of letters is one syllable as the press spells it (chi, fung, yeung). */
export function isSpelling(s: string): boolean {
  return load().spellings.has(s);
}

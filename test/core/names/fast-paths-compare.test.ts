import { describe, expect, it } from 'vitest';
import { singleSpaced } from '../../../src/core/names/foreign.ts';
import { greekLetters } from '../../../src/core/names/greek.ts';
import { hasLongVowel } from '../../../src/core/names/long-vowels.ts';
import { isSwap, withinOneEdit } from '../../../src/core/names/similarity.ts';
import { syllables, syllablesApart, vowelsApart } from '../../../src/core/names/vowel-rules.ts';
import { pieceWords as words } from '../../support/random.ts';

/**
 * Fast paths of the comparison (docs/names.md, "Speed"), each checked against the plain
 * definition it stands for on generated words, as in fast-paths.test.ts.
 */

/** The vowel rules as regular expressions, before their ASCII paths. */
const LETTER = /\p{L}/u;
const SILENT_H = /(?<=[aeiouyw])h$/;
const FINAL_E = /(?<=[^aeiouyw])e$/;
const VOWEL_END = /(?:[aeiy]|(?<![aeo])[ou])$/;
const NOT_LATIN = /[\u0370-\uffff]/u;
const VOWELS = /[aeiouyäöüıəåæøéèáíóúâêîôûàòùë]/gu;
const MARKED = /[\u00c0-\u024f\u0259]/gu;

function plainSyllables(text: string): string {
  const t = text.toLowerCase().replace(SILENT_H, '');
  let out = '';
  for (const ch of t) {
    if (!LETTER.test(ch)) continue;
    const k = 'aeiouyw'.includes(ch) ? 'V' : 'C';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

function plainSyllablesApart(x: string, y: string): boolean {
  if (NOT_LATIN.test(x) || NOT_LATIN.test(y)) return false;
  const sx = [plainSyllables(x), plainSyllables(x.replace(FINAL_E, ''))];
  const sy = [plainSyllables(y), plainSyllables(y.replace(FINAL_E, ''))];
  return !sx.some((p) => sy.includes(p));
}

function endsInVowel(t: string): boolean {
  const base = t.slice(-2).normalize('NFD').replace(/\p{M}/gu, '');
  return VOWEL_END.test(base.replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/ø/g, 'o'));
}

function plainVowelsApart(x: string, y: string): boolean {
  if (NOT_LATIN.test(x) || NOT_LATIN.test(y)) return false;
  const a = x.toLowerCase().replace(SILENT_H, '');
  const b = y.toLowerCase().replace(SILENT_H, '');
  if (endsInVowel(a) !== endsInVowel(b) && !FINAL_E.test(a) && !FINAL_E.test(b)) return true;
  const ma = a.match(MARKED);
  if (!ma) return false;
  const mb = b.match(MARKED);
  if (!mb || [...new Set(ma)].sort().join('') !== [...new Set(mb)].sort().join('')) return false;
  return (a.match(VOWELS) ?? []).join('') !== (b.match(VOWELS) ?? []).join('');
}

const POOL = [
  'a',
  'e',
  'o',
  'u',
  'y',
  'w',
  'h',
  'H',
  'E',
  'd',
  'k',
  's',
  'ü',
  'ı',
  'ə',
  'ø',
  'é',
  'ŭ',
  'a\u0301',
  'K',
  '-',
  "'",
  ' ',
  'ж',
  'α',
  '😀',
];

/** The edit tests on slices, before they compared characters in place. */
function plainWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function plainIsSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The Greek pairs as three replacements, before greek.ts read them in one pass. */
const STOP_LATIN: Record<string, [string, string]> = {
  μ: ['b', 'mb'],
  ν: ['d', 'nd'],
  γ: ['g', 'ng'],
};

function plainGreekLetters(text: string): string {
  const ou = text.replace(/[οόΟ][υύΥ]/gu, (m) => (m === 'ΟΥ' ? 'OU' : 'ou'));
  const stops = ou.replace(/[μΜ][πΠ]|[νΝ][τΤ]|[γΓ][κΚ]/gu, (pair: string, at: number) => {
    const [initial, medial] = STOP_LATIN[pair[0]!.toLowerCase()]!;
    // At the end of a word the pair is a foreign d, b, g, as at the start (lead45).
    const last = !/\p{L}/u.test(ou[at + 2] ?? ' ');
    const word = at > 0 && /\p{L}/u.test(ou[at - 1]!) && !last ? medial : initial;
    return pair[0] === pair[0]!.toLowerCase() ? word : word[0]!.toUpperCase() + word.slice(1);
  });
  return stops.replace(/φ(?!\p{L})/gu, 'β');
}

describe('fast paths of the comparison answer as the definitions they replace', () => {
  it('Greek pairs and a final φ in one pass', () => {
    const pool = [...'οόΟυύΥμΜπΠνΝτΤγΓκΚφαa -', '😀', '\ud800'];
    for (const w of words(41, pool, 30_000, 7)) expect(greekLetters(w)).toBe(plainGreekLetters(w));
  });

  it('one edit and a swap, on every pair of words of up to four letters a, b, c', () => {
    let ws = [''];
    for (let n = 0; n < 4; n++)
      ws = [...ws, ...ws.filter((w) => w.length === n).flatMap((w) => [`${w}a`, `${w}b`, `${w}c`])];
    for (const x of ws) {
      for (const y of ws) {
        expect(withinOneEdit(x, y)).toBe(plainWithinOneEdit(x, y));
        expect(isSwap(x, y)).toBe(plainIsSwap(x, y));
      }
    }
  });

  it('syllables, and syllables apart, with and without a final e', () => {
    const ws = words(29, POOL, 4_000, 6);
    for (const w of ws) expect(syllables(w)).toBe(plainSyllables(w));
    for (let i = 1; i < ws.length; i++) {
      const [x, y] = [ws[i - 1]!, ws[i]!];
      expect(syllablesApart(x, y)).toBe(plainSyllablesApart(x, y));
    }
  });

  it('vowels apart: final vowels, silent h and e, marked letters', () => {
    const ws = words(31, POOL, 20_000, 5);
    for (let i = 1; i < ws.length; i++) {
      const [x, y] = [ws[i - 1]!, ws[i]!];
      expect(vowelsApart(x, y)).toBe(plainVowelsApart(x, y));
      // With the same ending, only the marked letters and vowels decide.
      expect(vowelsApart(`${x}ü`, `${y}ü`)).toBe(plainVowelsApart(`${x}ü`, `${y}ü`));
    }
  });

  /** Every string of up to `n` characters of `letters`. */
  function strings(letters: string, n: number): string[] {
    let all = [''];
    let last = [''];
    for (let k = 0; k < n; k++) {
      last = last.flatMap((w) => [...letters].map((c) => w + c));
      all = all.concat(last);
    }
    return all;
  }

  it('a long vowel by char code, on every word of up to five of the letters it reads', () => {
    for (const w of strings('ouhaeyx', 5))
      expect(hasLongVowel(w)).toBe(/ou|oo|uu|oh(?![aeiouy])/.test(w));
  });

  it('single spacing seen without the regular expression, on every string of up to five characters', () => {
    for (const w of strings('a \t\u00a0\u3000\ufeff', 5))
      expect(singleSpaced(w)).toBe(w.replace(/\s+/g, ' ').trim() === w);
  });
});

import { describe, expect, it } from 'vitest';
import { syllables, syllablesApart, vowelsApart } from '../../../src/core/names/vowel-rules.ts';
import { Rng } from '../../support/random.ts';

/**
 * Fast paths of the comparison (docs/names.md, "Speed"), each checked against the plain
 * definition it stands for on generated words, as in fast-paths.test.ts.
 */

function words(seed: number, pool: string[], count: number, maxParts: number): string[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, () => {
    let w = '';
    const n = Math.floor(rng.next() * (maxParts + 1));
    for (let i = 0; i < n; i++) w += pool[Math.floor(rng.next() * pool.length)]!;
    return w;
  });
}

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

describe('fast paths of the comparison answer as the definitions they replace', () => {
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
});

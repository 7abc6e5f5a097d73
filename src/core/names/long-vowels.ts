/**
 * Japanese long vowels as the press writes them beside Hepburn's macrons: ō as o, ou, oh or oo
 * and ū as u or uu (Itō / Itoh, Sanzō / Sanzou, Ōno / Ohno). Folding drops the macron, so Itō
 * and Ito already agree; Itoh and Sanzou need this. Only for two words that could both be
 * Japanese readings (kanji-reading.ts), so that oh and ou in other languages' names (Mohammad,
 * Kohl) keep their letters.
 */
import { mayBeJapaneseWord } from './kanji-reading.ts';

/**
 * A long vowel written with a second letter: ou, oo, uu, or oh before a consonant or the end
 * (/ou|oo|uu|oh(?![aeiouy])/, by char code: it is asked of most pairs of surnames compared).
 */
export function hasLongVowel(word: string): boolean {
  for (let i = 0; i + 1 < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 0x6f && c !== 0x75) continue;
    const d = word.charCodeAt(i + 1);
    if (d === 0x75 || (c === 0x6f && (d === 0x6f || (d === 0x68 && !vowelAfter(word, i + 2)))))
      return true;
  }
  return false;
}

/** Whether word[i] is one of a, e, i, o, u, y. */
function vowelAfter(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
}

/** The word with each long vowel written once, without macrons. */
function once(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/oh(?![aeiouy])/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u');
}

/**
 * Whether two words (as written, lower case: folds spell sh as š, which no reading has) differ
 * only in how they write Japanese long vowels.
 */
export function sameLongVowels(x: string, y: string): boolean {
  if (x === y || !(hasLongVowel(x) || hasLongVowel(y))) return false;
  if (!mayBeJapaneseWord(x) || !mayBeJapaneseWord(y)) return false;
  const k = once(x);
  return k.length >= 3 && k === once(y);
}

/**
 * Japanese long vowels as the press writes them beside Hepburn's macrons: ō as o, ou, oh or oo
 * and ū as u or uu (Itō / Itoh, Sanzō / Sanzou, Ōno / Ohno). Folding drops the macron, so Itō
 * and Ito already agree; Itoh and Sanzou need this. Only for two words that could both be
 * Japanese readings (kanji-reading.ts), so that oh and ou in other languages' names (Mohammad,
 * Kohl) keep their letters.
 */
import { mayBeJapaneseWord } from './kanji-reading.ts';

/** A long vowel written with a second letter: ou, oo, uu, or oh before a consonant or the end. */
const LONG = /ou|oo|uu|oh(?![aeiouy])/;

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
  if (x === y || !(LONG.test(x) || LONG.test(y))) return false;
  if (!mayBeJapaneseWord(x) || !mayBeJapaneseWord(y)) return false;
  const k = once(x);
  return k.length >= 3 && k === once(y);
}

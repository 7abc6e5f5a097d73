import { isCyrillicChar } from './fold.ts';
import { CYRILLIC, LATIN } from './fold-tables.ts';

/** Keys derived from a fold: consonant skeleton, phonetic key, vowel pattern, initial class. */

/**
 * Consonant skeleton: vowels dropped (Belarusian akanne writes unstressed o as a: Kalesnikava
 * / Kolesnikova), ў after a vowel read as v (-ouski / -ovsky), ц as т and дз as д (Belarusian
 * tsekanne and dzekanne: Tsikhanouski / Tikhanovsky), doubled consonants collapsed.
 */
export function skeleton(fold: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < fold.length; i++) {
    let ch = fold[i]!;
    if (ch === 'u' && i > 0 && isVowel(fold.charCodeAt(i - 1))) ch = 'v';
    else if (isVowel(fold.charCodeAt(i))) continue;
    else if (ch === 'z' && last === 'd') continue;
    // щ is often written as plain sh in the press (Yushchenko / Yushenko).
    else if (ch === 'č' && last === 'š') continue;
    else if (ch === 'c') ch = 't';
    if (ch !== last) {
      out += ch;
      last = ch;
    }
  }
  return out;
}

function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

const PHONETIC: Record<string, string> = { g: 'k', x: 'k', w: 'v', f: 'v', c: 't', z: 's', ž: 'š' };

/**
 * Coarser key: г/х/к merged (ISO 9 writes х as h; English drops h: Kohl / Coale), v/f, and
 * s/z (German writes з as s: Selenskyj, Kara-Mursa). Other voiced and voiceless pairs stay
 * apart: romanisation never confuses б and п, and merging them would equate different
 * surnames (Peskov / Baskov).
 */
export function phoneticKey(skel: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < skel.length; i++) {
    const ch = skel[i]!;
    const m = PHONETIC[ch] ?? ch;
    if (m !== last) {
      out += m;
      last = m;
    }
  }
  return out;
}

const INITIAL_CLASS: Record<string, string> = {
  a: 'V',
  e: 'V',
  i: 'V',
  o: 'V',
  y: 'V',
  j: 'V',
  u: 'v',
  w: 'v',
  v: 'v',
  h: 'g',
  g: 'g',
  c: 't',
  t: 't',
  x: 'k',
  k: 'k',
  q: 'k',
};

/**
 * The class of a name's first letter, so that initials can be checked across scripts:
 * Y./E./J./Я./Е. are one vowel class (Yauhen, Evgeny), U./V./У./В. one (Uladzimir, Vladimir).
 */
export function initialClass(token: string): string {
  const t = token.toLowerCase();
  const two = t.slice(0, 2);
  if (two === 'zh' || two === 'ž') return 'ž';
  if (two === 'sh' || two === 'sz') return 'š';
  if (two === 'ch' || two === 'cz') return 'č';
  if (two === 'kh') return 'k';
  if (two === 'ts') return 't';
  const first = t[0] ?? '';
  if (isCyrillicChar(first)) {
    const f = CYRILLIC[first] ?? '';
    const c = f[0] ?? '';
    if (first === 'ч') return 'č';
    if (first === 'ш' || first === 'щ') return 'š';
    if (first === 'ж') return 'ž';
    return INITIAL_CLASS[c] ?? c;
  }
  const mapped = LATIN[first]?.[0] ?? first;
  if (mapped === 'š' || mapped === 'č' || mapped === 'ž') return mapped;
  return INITIAL_CLASS[mapped] ?? mapped;
}

/**
 * Vowel pattern with a, o and e merged (Belarusian akanne and yakanne: Kolesnikova /
 * Kalesnikava, Lebedko / Liabedzka). Short skeletons must also agree on it: Losik / Lisak
 * share 'lsk' but not 'ai' / 'ia'.
 */
export function vowelPattern(fold: string): string {
  let out = '';
  for (const ch of fold) {
    const v = ch === 'a' || ch === 'o' || ch === 'e' ? 'a' : ch === 'i' || ch === 'u' ? ch : '';
    if (v && v !== out[out.length - 1]) out += v;
  }
  return out;
}

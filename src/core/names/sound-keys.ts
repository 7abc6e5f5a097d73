import { codesFor, stringOfCodes } from './char-codes.ts';
import { isCyrillicChar } from './fold.ts';
import { CYRILLIC, LATIN } from './fold-tables.ts';

/** Keys derived from a fold: consonant skeleton, phonetic key, vowel pattern, initial class. */

/** Letters by char code. */
const U = 0x75;
const V = 0x76;
const Z = 0x7a;
const D = 0x64;
const C = 0x63;
const T = 0x74;
/** č and š */
const CH = 0x10d;
const SH = 0x161;

/**
 * Consonant skeleton: vowels dropped (Belarusian akanne writes unstressed o as a: Kalesnikava
 * / Kolesnikova), ў after a vowel read as v (-ouski / -ovsky), ц as т and дз as д (Belarusian
 * tsekanne and dzekanne: Tsikhanouski / Tikhanovsky), doubled consonants collapsed.
 */
export function skeleton(fold: string): string {
  // Char codes into a reused buffer: this runs for every alias indexed and scored.
  keyCodes = codesFor(keyCodes, fold.length);
  const out = keyCodes;
  let n = 0;
  let last = -1;
  for (let i = 0; i < fold.length; i++) {
    let c = fold.charCodeAt(i);
    if (c === U && i > 0 && isVowel(fold.charCodeAt(i - 1))) c = V;
    else if (isVowel(c)) continue;
    else if (c === Z && last === D) continue;
    // щ is often written as plain sh in the press (Yushchenko / Yushenko).
    else if (c === CH && last === SH) continue;
    else if (c === C) c = T;
    if (c !== last) {
      out[n++] = c;
      last = c;
    }
  }
  return stringOfCodes(out, n);
}

/** Scratch for skeleton and phoneticKey. */
let keyCodes = new Uint16Array(64);

function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

/** The phonetic key's merges, by char code: g x -> k, w f -> v, c -> t, z -> s, ž -> š. */
function phoneticCode(c: number): number {
  switch (c) {
    case 0x67: // g
    case 0x78: // x
      return 0x6b; // k
    case 0x77: // w
    case 0x66: // f
      return V;
    case C:
      return T;
    case Z:
      return 0x73; // s
    case 0x17e: // ž
      return SH;
    default:
      return c;
  }
}

/**
 * Coarser key: г/х/к merged (ISO 9 writes х as h; English drops h: Kohl / Coale), v/f, and
 * s/z (German writes з as s: Selenskyj, Kara-Mursa). Other voiced and voiceless pairs stay
 * apart: romanisation never confuses б and п, and merging them would equate different
 * surnames (Peskov / Baskov).
 */
export function phoneticKey(skel: string): string {
  keyCodes = codesFor(keyCodes, skel.length);
  const out = keyCodes;
  let n = 0;
  let last = -1;
  for (let i = 0; i < skel.length; i++) {
    const m = phoneticCode(skel.charCodeAt(i));
    if (m !== last) {
      out[n++] = m;
      last = m;
    }
  }
  // Most skeletons have nothing to merge: the key is the skeleton itself.
  return n === skel.length && sameCodes(out, skel) ? skel : stringOfCodes(out, n);
}

function sameCodes(codes: Uint16Array, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (codes[i] !== s.charCodeAt(i)) return false;
  return true;
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
  return initialClassOfLower(token.toLowerCase());
}

/**
 * initialClass of a token already in lower case (normaliseToken's output), without lowering
 * it again: toLowerCase of a Cyrillic or accented word goes through ICU and costs more than
 * the rest of this function.
 */
export function initialClassOfLower(t: string): string {
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
  let last = 0;
  for (let i = 0; i < fold.length; i++) {
    const c = fold.charCodeAt(i);
    // a, o and e as a; i and u as themselves; anything else is no vowel.
    const v = c === 0x61 || c === 0x6f || c === 0x65 ? 0x61 : c === 0x69 || c === 0x75 ? c : 0;
    if (v && v !== last) {
      out += v === 0x61 ? 'a' : v === 0x69 ? 'i' : 'u';
      last = v;
    }
  }
  return out;
}

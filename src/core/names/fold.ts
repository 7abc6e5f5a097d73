/**
 * Folding: maps any spelling of a name token (Belarusian, Russian or Ukrainian Cyrillic, or a
 * Latin romanisation of it: national systems, BGN/PCGN, ICAO, ISO 9, Łacinka, Polish, German,
 * English press) to one comparable form, and derives coarser keys from it.
 *
 * The fold keeps sounds apart that romanisation systems agree on (š, č, ž, x = kh, c = ts) and
 * merges what they disagree on: sh/š/sz, ya/ia/ja/â, й/y/j/i, г = h = g, ў/ŭ/w/u, soft signs.
 * A palatalising 'i' between a consonant and a vowel (Sia-, -lia, -ie-) is dropped, because
 * systems write it inconsistently (Aleh/Alieh/Alyeh, Natalia/Natallia/Natalya).
 *
 * Generic folding libraries turn š into s and ў into u at best; they would merge Šuškevič with
 * Suskevic but not with Shushkevich. This table-driven fold does the opposite.
 */

import { CYRILLIC, LATIN } from './fold-tables.ts';

export function isCyrillicChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x400 && c <= 0x4ff;
}

/** Latin spellings where ch is х and c is ц: Łacinka, 2007 national, Polish, Czech, German. */
export function hasSlavicLatinMarks(token: string): boolean {
  return /[šžčŭłśćźńżóěřǔ]|sz|cz|rz|sch/.test(token);
}

function foldCyrillic(token: string): string {
  // English names in Russian spelling write /oʊ/ as оу (Коул = Coale); Slavic names use оў.
  const t = token.replace(/оу/g, 'о');
  let out = '';
  for (const ch of t) {
    const m = CYRILLIC[ch];
    if (m !== undefined) out += m;
    else if (ch >= 'a' && ch <= 'z') out += ch;
  }
  return out.replace(/ts/g, 'c');
}

const DIGRAPHS: Array<[string, string]> = [
  ['schtsch', 'šč'],
  ['shch', 'šč'],
  ['szcz', 'šč'],
  ['tsch', 'č'],
  ['sch', 'š'],
  ['sh', 'š'],
  ['sz', 'š'],
  ['cz', 'č'],
  ['tch', 'č'],
  ['zh', 'ž'],
  ['kh', 'x'],
  ['ts', 'c'],
  ['tz', 'c'],
  ['ph', 'f'],
  ['qu', 'kv'],
];

/** Digraphs grouped by first letter, so each position checks only the few that can apply. */
const DIGRAPHS_BY_FIRST = new Map<string, Array<[string, string]>>();
for (const d of DIGRAPHS) {
  const list = DIGRAPHS_BY_FIRST.get(d[0][0]!) ?? [];
  list.push(d);
  DIGRAPHS_BY_FIRST.set(d[0][0]!, list);
}

function foldLatin(t: string, chAsKh: boolean): string {
  let s = '';
  for (const ch of t) {
    // A stray Cyrillic letter in a Latin word (Yaraslaў) is read by the Cyrillic table.
    const m = LATIN[ch] ?? CYRILLIC[ch];
    if (m !== undefined) s += m;
    else if ((ch >= 'a' && ch <= 'z') || ch === 'š' || ch === 'č' || ch === 'ž') s += ch;
  }
  const slavic = hasSlavicLatinMarks(t);
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    for (const [from, to] of DIGRAPHS_BY_FIRST.get(s[i]!) ?? []) {
      if (s.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    const ch = s[i]!;
    const next = s[i + 1] ?? '';
    if (ch === 'c' && next === 'h') {
      out += chAsKh || slavic ? 'x' : 'č';
      i += 2;
      continue;
    }
    if (ch === 'r' && next === 'z' && /[łśćźńżó]|sz|cz/.test(t)) {
      out += 'ž';
      i += 2;
      continue;
    }
    // Bare c is ц in Slavic spellings, before e/i/y/k (-cki) and between vowels or after a
    // consonant (Niemcow); English c is k at the start and before consonants (Coale, Victor).
    if (ch === 'c')
      out += slavic || 'eiyk'.includes(next) || (i > 0 && 'aou'.includes(next)) ? 'c' : 'k';
    else if (ch === 'x') out += 'ks';
    else if (ch === 'w') out += 'v';
    else if (ch === 'q') out += 'k';
    else if (ch === 'y' || ch === 'j') out += 'i';
    else if (ch === 'h') out += 'g';
    else out += ch;
    i += 1;
  }
  return out;
}

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/**
 * Doubled letters collapsed, then an i before a vowel dropped (a palatalisation or iotation
 * mark that systems spell variously, also between vowels: -aya / -aia, Aseyev / Aseev), then
 * collapsed again. One pass over a character array: folding runs for every alias indexed.
 */
function finish(raw: string): string {
  const a: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== a[a.length - 1]) a.push(ch);
  }
  const b: string[] = [];
  for (let i = 0; i < a.length; i++) {
    const ch = a[i]!;
    if (ch === 'i' && isVowel(a[i + 1])) continue;
    if (ch !== b[b.length - 1]) b.push(ch);
  }
  return b.join('');
}

/**
 * The fold of one lower-case token. `chAsKh` forces Latin 'ch' to read as х (Łacinka).
 * Not cached here: callers cache whole tokens (tokens.ts), and a cache per layer cost more
 * than it saved when indexing a million distinct surnames.
 */
export function foldToken(token: string, chAsKh = false): string {
  let cyr = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
  }
  const hasCyr = cyr * 2 > token.length;
  const raw = hasCyr ? foldCyrillic(token) : foldLatin(token, chAsKh);
  return finish(raw);
}

/**
 * Every plausible fold of a token: English 'ch' is ч, Łacinka and Polish 'ch' is х; a bare
 * Latin token with 'ch' and no other marks could be either, so it gets both readings.
 */
export function foldVariants(token: string): string[] {
  const first = foldToken(token);
  let out = [first];
  // Only a 'ch' inside the word is ambiguous: a final -ch (Statkevich) is always ч.
  const ch = token.indexOf('ch');
  if (
    ch >= 0 &&
    ch < token.length - 2 &&
    !hasSlavicLatinMarks(token) &&
    !/[\u0400-\u04ff]/.test(token)
  ) {
    const second = foldToken(token, true);
    if (second !== first) out = [first, second];
  }
  return out;
}

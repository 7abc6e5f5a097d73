/**
 * Consonant frames of Latin spellings of Arabic, Persian and Hebrew names (families.ts): what
 * those scripts write of a name, so that romanisations that disagree on vowels compare.
 */
import { codesFor, isSpace, stringOfCodes } from './char-codes.ts';

/**
 * The consonant frame of a name written in Latin letters (a romanisation, or the reading of
 * an Arabic, Persian or Hebrew spelling), as those scripts write it: no vowels, no w / y / v
 * (و and ي are consonants or long vowels), no final h, doubled letters once. Read from the
 * spelling, not from the Slavic fold, which reads h as g and j as i.
 *
 * Latin spellings of one sound are one letter: kh = x, th = t (ث read t or th), dh = d, dj =
 * dzh = zh = j (French and Russian spellings of ج, Persian ژ), q = gh = g = k = j (ق is q in
 * Arabic and gh in Persian spellings: Mosaddeq / Mosaddegh; ج is g in Egyptian ones: Bahgat),
 * x as ks (Alexei), German dsch for ج and sch for ش (Ahmadinedschad), p as b (Arabic writes a
 * foreign p as ب: Patrick / باتريك).
 *
 * Those rules were thirteen replacements applied one after another (x, dsch|dzh|dj, tsch, sch,
 * kh, sh, ch, th, dh, zh, ph, p, gh|q|g|c|j); they are read here in one pass, which gives the
 * same frame (test/core/names/fast-paths.test.ts checks it against the replacements): no
 * digraph ends with a letter that opens an earlier one, so trying them in that order at each
 * position finds what the replacements found, and the only letters a rule writes that a later
 * rule reads are the s of x = ks before h or ch (x + ch = kš).
 */
export function abjadFrame(text: string): string {
  let k = isAscii(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '');
  k = k.toLowerCase();
  if (hasGap(k)) k = k.replace(ABJAD_GAPS, '');
  return frameOf(k);
}

/**
 * French spellings of North African names write ش as ch (Ghannouchi, Hichem) and س as c
 * before e, i, y (al-Singace), where English and Turkish read ch as چ and c as ج: a Latin
 * spelling with either also gets the frame of the French reading. Empty when it has none.
 */
export function frenchFrame(text: string): string {
  if (!text.includes('c') && !text.includes('C')) return '';
  if (!FRENCH_CUES.test(text)) return '';
  return abjadFrame(
    text
      .toLowerCase()
      .replace(/ch/g, 'sh')
      .replace(/c(?=[eiy])/g, 's'),
  );
}

const FRENCH_CUES = /ch|c[eiy]/i;

/** Apostrophes, hyphens and white space, which the frame leaves out first. */
const ABJAD_GAPS = /['’ʼʿʾ`\-\s]/gu;

const A = 0x61;
const C = 0x63;
const D = 0x64;
const G = 0x67;
const H = 0x68;
const J = 0x6a;
const K = 0x6b;
const P = 0x70;
const Q = 0x71;
const S = 0x73;
const T = 0x74;
const X = 0x78;
const Z = 0x7a;
const SH = 0x161; // š
const CH = 0x10d; // č

let codes = new Uint16Array(64);
let size = 0;

/** Appends a frame letter: vowels (and w, y, v) are left out, a letter doubled is one. */
function put(c: number): void {
  if (c === A || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75) return;
  if (c === 0x77 || c === 0x79 || c === 0x76) return;
  if (size > 0 && codes[size - 1] === c) return;
  codes[size++] = c;
}

/** The frame of a lower-case spelling without gaps. */
function frameOf(k: string): string {
  const n = k.length;
  codes = codesFor(codes, 2 * n + 2);
  size = 0;
  for (let i = 0; i < n; i++) {
    const c = k.charCodeAt(i);
    const next = codeAt(k, i + 1);
    const sch = next === S && codeAt(k, i + 2) === C && codeAt(k, i + 3) === H;
    if (c === X) {
      // x = ks, and that s reads an h or ch after it as sh or sch.
      put(K);
      if (next === H) i++;
      else if (next === C && codeAt(k, i + 2) === H) i += 2;
      else {
        put(S);
        continue;
      }
      put(SH);
    } else if (c === D) {
      if (sch) i += 3;
      else if (next === Z && codeAt(k, i + 2) === H) i += 2;
      else if (next === J) i++;
      else {
        if (next === H) i++;
        put(D);
        continue;
      }
      put(K); // j, which is k
    } else if (c === T) {
      if (sch) {
        put(CH);
        i += 3;
      } else {
        if (next === H) i++;
        put(T);
      }
    } else if (c === S) {
      if (next === C && codeAt(k, i + 2) === H) i += 2;
      else if (next === H) i++;
      else {
        put(S);
        continue;
      }
      put(SH);
    } else if (next === H && (c === K || c === C || c === Z || c === P || c === G)) {
      i++;
      put(c === K ? X : c === C ? CH : c === P ? 0x66 : K);
    } else if (c === P) put(0x62);
    else if (c === G || c === Q || c === C || c === J) put(K);
    // A final h is not written (a long vowel's or a silent one).
    else if (c !== H || i < n - 1) put(c);
  }
  return stringOfCodes(codes, size);
}

/** The code at `i`, 0 past the end (read out of bounds, charCodeAt costs a deoptimisation). */
function codeAt(k: string, i: number): number {
  return i < k.length ? k.charCodeAt(i) : 0;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether ABJAD_GAPS finds anything in `text`. */
function hasGap(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x27 || c === 0x2d || c === 0x60) return true;
    if (c === 0x2019 || c === 0x2bc || c === 0x2bf || c === 0x2be) return true;
  }
  return false;
}

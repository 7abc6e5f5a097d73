/**
 * Vowels that tell two Latin spellings apart where their consonants agree: what no
 * romanisation explains is another name, not another spelling of one.
 */

/**
 * Consonants and vowels of a Latin spelling as C and V, runs merged (Salih CVCVC, Yousef
 * VCVC, Khayer CVC): y and w count as vowels, a final h after a vowel is silent (Sadah).
 */
export function syllables(text: string): string {
  if (isAscii(text)) return asciiSyllables(text);
  const t = text.toLowerCase().replace(SILENT_H, '');
  let out = '';
  for (const ch of t) {
    if (!LETTER.test(ch)) continue;
    const k = 'aeiouyw'.includes(ch) ? 'V' : 'C';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

/** syllables of an ASCII spelling, by char code (most spellings compared are ASCII). */
function asciiSyllables(text: string): string {
  const end = silentHEnd(text);
  let out = '';
  let last = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    const k = isVowelW(c) ? 0x56 : 0x43;
    if (k === last) continue;
    out += k === 0x56 ? 'V' : 'C';
    last = k;
  }
  return out;
}

/** Two Latin spellings that write other syllables (Abdi / Abedi); false for other scripts. */
export function syllablesApart(x: string, y: string): boolean {
  if (notLatin(x) || notLatin(y)) return false;
  // Each with and without a final e after a consonant, which may be silent.
  const x1 = syllables(x);
  const x2 = finalE(x) ? syllables(x.slice(0, -1)) : x1;
  const y1 = syllables(y);
  const y2 = finalE(y) ? syllables(y.slice(0, -1)) : y1;
  return x1 !== y1 && x1 !== y2 && x2 !== y1 && x2 !== y2;
}

const LETTER = /\p{L}/u;
/** A final h after a vowel is silent (Sadah). */
const SILENT_H = /(?<=[aeiouyw])h$/;
/** A final vowel; u after a, e or o is Belarusian ў (Arlou / Orlov), a consonant. */
const VOWEL_END = /(?:[aeiy]|(?<![aeo])[ou])$/;
const MARKS = /\p{M}/gu;

/** On the letters without their marks (Tichanovský ends in y, Bağırzadə in e). */
function endsInVowel(t: string): boolean {
  const n = t.length;
  const c = n > 0 ? t.charCodeAt(n - 1) : 0;
  const p = n > 1 ? t.charCodeAt(n - 2) : 0;
  // Two ASCII characters have no marks to strip: VOWEL_END by char code.
  if (c < 0x80 && p < 0x80) {
    if (c === 0x61 || c === 0x65 || c === 0x69 || c === 0x79) return true;
    // The Slavic adjective ending -ий, -ый written -ij, -yj (Czech, ISO 9, Hungarian:
    // Rymaševskij = Rymashevsky) ends in its vowel, as -i and -y do: translit:-ij.
    if (c === 0x6a && (p === 0x69 || p === 0x79)) return true;
    return (c === 0x6f || c === 0x75) && p !== 0x61 && p !== 0x65 && p !== 0x6f;
  }
  const base = t.slice(-2).normalize('NFD').replace(MARKS, '');
  return VOWEL_END.test(base.replace(/ı/g, 'i').replace(/ə/g, 'e').replace(/ø/g, 'o'));
}
const NOT_LATIN = /[\u0370-\uffff]/u;
const VOWELS = /[aeiouyäöüıəåæøéèáíóúâêîôûàòùë]/gu;
const MARKED = /[\u00c0-\u024f\u0259]/gu;

/**
 * Two spellings whose consonants agree but whose vowels say two names: a final vowel on one
 * side only (Movahed / Movahedi; a final h after a vowel is silent, Khawaja / Khawajah,
 * and a final e after a consonant may be, Coale / Kohl), or two spellings that write the same marked letters (one Latin orthography, Turkish Gültan /
 * Gülten), where vowels are written as said and so differ only between two names. Spellings
 * with other marks on each side (Łacinka, Czech, Polish transliterations) are not compared so.
 */
export function vowelsApart(x: string, y: string): boolean {
  if (notLatin(x) || notLatin(y)) return false;
  const a = lowerWithoutSilentH(x);
  const b = lowerWithoutSilentH(y);
  if (endsInVowel(a) !== endsInVowel(b) && !finalE(a) && !finalE(b)) return true;
  // An ASCII spelling has no letter MARKED finds.
  const ma = isAscii(a) ? null : a.match(MARKED);
  if (!ma) return false;
  const mb = isAscii(b) ? null : b.match(MARKED);
  if (!mb || [...new Set(ma)].sort().join('') !== [...new Set(mb)].sort().join('')) return false;
  return (a.match(VOWELS) ?? []).join('') !== (b.match(VOWELS) ?? []).join('');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** NOT_LATIN, which only a character from U+0370 on can match. */
function notLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 0x370) return NOT_LATIN.test(text);
  return false;
}

/** a, e, i, o, u, y or w, lower case. */
function isVowelW(c: number): boolean {
  return (
    c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0x77
  );
}

/** Where an ASCII text ends without a final h after a vowel (SILENT_H), in either case. */
function silentHEnd(text: string): number {
  const n = text.length;
  if (n < 2 || (text.charCodeAt(n - 1) | 0x20) !== 0x68) return n;
  return isVowelW(text.charCodeAt(n - 2) | 0x20) ? n - 1 : n;
}

/** `text.toLowerCase().replace(SILENT_H, '')`, ASCII without the expression. */
function lowerWithoutSilentH(text: string): string {
  const lower = text.toLowerCase();
  if (!isAscii(lower)) return lower.replace(SILENT_H, '');
  const end = silentHEnd(lower);
  return end === lower.length ? lower : lower.slice(0, end);
}

/**
 * A final e after a character other than a, e, i, o, u, y, w (/(?<=[^aeiouyw])e$/): after a
 * consonant it may be silent, as in English (Coale / Kohl), or said (Rahile).
 */
function finalE(t: string): boolean {
  const n = t.length;
  return n >= 2 && t.charCodeAt(n - 1) === 0x65 && !isVowelW(t.charCodeAt(n - 2));
}

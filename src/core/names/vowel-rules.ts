/**
 * Vowels that tell two Latin spellings apart where their consonants agree: what no
 * romanisation explains is another name, not another spelling of one.
 */

/**
 * Consonants and vowels of a Latin spelling as C and V, runs merged (Salih CVCVC, Yousef
 * VCVC, Khayer CVC): y and w count as vowels, a final h after a vowel is silent (Sadah).
 */
export function syllables(text: string): string {
  const t = text.toLowerCase().replace(SILENT_H, '');
  let out = '';
  for (const ch of t) {
    if (!LETTER.test(ch)) continue;
    const k = 'aeiouyw'.includes(ch) ? 'V' : 'C';
    if (out[out.length - 1] !== k) out += k;
  }
  return out;
}

/** Two Latin spellings that write other syllables (Abdi / Abedi); false for other scripts. */
export function syllablesApart(x: string, y: string): boolean {
  if (NOT_LATIN.test(x) || NOT_LATIN.test(y)) return false;
  const sx = [syllables(x), syllables(x.replace(FINAL_E, ''))];
  const sy = [syllables(y), syllables(y.replace(FINAL_E, ''))];
  return !sx.some((p) => sy.includes(p));
}

const LETTER = /\p{L}/u;
/** A final h after a vowel is silent (Sadah). */
const SILENT_H = /(?<=[aeiouyw])h$/;
/** A final e after a consonant may be silent, as in English (Coale / Kohl), or said (Rahile). */
const FINAL_E = /(?<=[^aeiouyw])e$/;
/** A final vowel; u after a, e or o is Belarusian ў (Arlou / Orlov), a consonant. */
const VOWEL_END = /(?:[aeiy]|(?<![aeo])[ou])$/;
const MARKS = /\p{M}/gu;

/** On the letters without their marks (Tichanovský ends in y, Bağırzadə in e). */
function endsInVowel(t: string): boolean {
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

/**
 * English names in Russian letters. Russian writes an English name as it sounds, not as it is
 * spelt: Paul Whelan is Пол Уилан, Walker Уокер, Leake Лик, Tater Тейтер, Hughes Хьюз, Smith
 * Смит. The fold reads a Latin word letter by letter and cannot see silent letters (wh, gh, the
 * l of -alk, a final e), English c, g and j (Eugene Юджин), or vowels read as Russian writes
 * them (a as эй, i as ай). Here both sides are compared on their consonants as they sound:
 * the English spelling read by a few rules of English orthography, the Cyrillic one as written.
 * Sibilants s, z and ц are one consonant (Hughes Хьюз, Zimmermann Циммерман).
 *
 * Only a Latin word that looks English is read so (th, wh, gh, ck, ee, oo, ea, tch, ph, w at
 * the start, oh before a consonant, a silent final e, a final double consonant): Slavic
 * spellings keep their rules, where vowels tell Losik from Lisak and Bykov from Baikov.
 */

import { Recent } from './recent.ts';

const ENGLISH_MARKS =
  /th|wh|gh|ck|ee|oo|ea|tch|ph|^w|oh(?![aeiou])|[^aeiouy][aeiouy][^aeiouy]e$|(?:ll|ss|ff|nn|tt)$/;

/** Whether a lower-case Latin word is spelt as English spells (see ENGLISH_MARKS). */
export function looksEnglish(word: string): boolean {
  return isLatin(word) && ENGLISH_MARKS.test(word);
}

function isLatin(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

export function isCyrillic(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x400 || c > 0x4ff) return false;
  }
  return true;
}

/**
 * English spellings as sounds, in order; each rule rewrites letters into the consonant letters
 * of the frame (č for ч, š for ш, ž for ж, x for х). Two readings where English has two: w as
 * у (Walker Уокер) or в (Woodland Вудленд), g before e, i, y as дж (Eugene) or г (Gilman).
 */
const RULES: Array<[RegExp, string]> = [
  [/^kn/, 'n'],
  [/^wr/, 'r'],
  [/mb$/, 'm'],
  [/tch/g, 'č'],
  [/ch/g, 'č'],
  [/sh/g, 'š'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/^gh/, 'g'],
  [/gh/g, ''],
  [/ck/g, 'k'],
  [/wh/g, 'w'],
  [/alk/g, 'ak'],
  [/qu/g, 'kv'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/j/g, 'dž'],
  [/^h/, 'x'],
  [/h/g, ''],
  [/z/g, 's'],
];

const CYRILLIC: Record<string, string> = {
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'ž',
  з: 's',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ф: 'f',
  х: 'x',
  ц: 's',
  ч: 'č',
  ш: 'š',
  щ: 'š',
};

/**
 * A spelling as consonants and the vowels between them: `gaps[i]` stands before `cons[i]`,
 * the last gap after the last consonant. A doubled consonant is one (Hubbard, Митчелл).
 */
interface Sounds {
  cons: string;
  gaps: string[];
}

function sounds(
  word: string,
  vowel: (ch: string) => boolean,
  letter: (ch: string) => string,
): Sounds {
  let cons = '';
  const gaps: string[] = [''];
  for (const ch of word) {
    if (vowel(ch)) {
      gaps[gaps.length - 1] += ch;
      continue;
    }
    const c = letter(ch);
    for (const x of c) {
      if (gaps[gaps.length - 1] === '' && cons.endsWith(x)) continue;
      cons += x;
      gaps.push('');
    }
  }
  return { cons, gaps };
}

const LATIN_VOWELS = 'aeiouy';
const isLatinVowel = (ch: string) => LATIN_VOWELS.includes(ch);
const same = (ch: string) => ch;

/** The readings of an English spelling: one or two (w as у or в, g before e, i, y as дж or г). */
export function englishSounds(word: string): Sounds[] {
  let k = word;
  for (const [re, to] of RULES) k = k.replace(re, to);
  // A final e after a consonant is silent (Mike, Leake, Barnes).
  k = k.replace(/([^aeiouy])e(s?)$/, '$1$2');
  const gs = /g(?=[eiy])/.test(k) ? [k, k.replace(/g(?=[eiy])/g, 'dž')] : [k];
  const out: Sounds[] = [];
  for (const g of gs) {
    out.push(sounds(g.replace(/w/g, 'u'), isLatinVowel, same));
    if (g.includes('w')) out.push(sounds(g.replace(/w/g, 'v'), isLatinVowel, same));
  }
  return out;
}

const CYRILLIC_VOWELS = 'аеёиоуыэюяй';

/** A Cyrillic spelling's consonants (дж as dž) and the vowels between them. */
export function cyrillicSounds(word: string): Sounds {
  return sounds(
    word.replace(/тч/g, 'ч'),
    (ch) => CYRILLIC_VOWELS.includes(ch),
    (ch) => CYRILLIC[ch] ?? '',
  );
}

/**
 * The Russian vowels an English vowel letter is written with (a as а, э, эй, о: Davis Дэвис,
 * Tater Тейтер, Walker Уокер; i as ай: Mike Майк; ee and ea as и: Reed Рид, Leake Лик).
 */
const VOWELS_AS: Record<string, string> = {
  a: 'аэеоя',
  e: 'еэиёю',
  i: 'иаеы',
  o: 'оуа',
  u: 'уюаы',
  y: 'иаыю',
};

/** Whether the vowels of one gap can be the same sounds in both spellings. */
function gapsAgree(latin: string, cyrillic: string): boolean {
  if (latin === '' || cyrillic === '') return latin === cyrillic;
  // First letters: Hughes / Хьюз, not Hughes / Хейс.
  return VOWELS_AS[latin[0]!]?.includes(cyrillic[0]!) ?? false;
}

function soundsAgree(x: Sounds, y: Sounds): boolean {
  if (x.cons !== y.cons) return false;
  for (let i = 0; i < x.gaps.length; i++) if (!gapsAgree(x.gaps[i]!, y.gaps[i]!)) return false;
  return true;
}

/**
 * Whether an English spelling and a Cyrillic one sound alike consonant by consonant (Whelan /
 * Уилан, Walker / Уокер): the Latin word must look English and the frame keep two consonants.
 */
export function soundsAlike(latin: string, cyrillic: string, english = false): boolean {
  // The Cyrillic test first: it stops at the first letter of most words.
  if (!isCyrillic(cyrillic)) return false;
  if (!looksEnglish(latin) && !(english && isLatin(latin) && !SLAVIC_END.test(latin))) return false;
  const y = cyrillicReadings.get(cyrillic, cyrillicSounds);
  if (y.cons.length < 2) return false;
  for (const x of englishReadings.get(latin, englishSounds)) if (soundsAgree(x, y)) return true;
  return false;
}

/** Sounds of the last words read, kept: a search reads its query's word for each candidate. */
const englishReadings = new Recent<Sounds[]>(4);
const cyrillicReadings = new Recent<Sounds>(4);

/** One word opening with a-z and the other with a Cyrillic letter (first letters only). */
export function latinAndCyrillic(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  const cx = x >= 0x400 && x <= 0x4ff;
  const cy = y >= 0x400 && y <= 0x4ff;
  return (cx && y >= 0x61 && y <= 0x7a) || (cy && x >= 0x61 && x <= 0x7a);
}

/**
 * Endings of Slavic surnames, whose vowels the English rules must not loosen (Bykov / Байков),
 * even beside an English given name.
 */
const SLAVIC_END = /(?:ov|ev|in|yn|sky|ski|skiy|enko|uk|yk|ich|vich|ova|eva|ina|aya)$/;

/**
 * soundsAlike in either order: one word in a-z, the other in Cyrillic. `english` when the
 * person's given name is English on both sides (Joseph / Джозеф): then a surname need not look
 * English to be read so (Tater / Тейтер), unless it ends as a Slavic one.
 */
export function englishAlike(a: string, b: string, english = false): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  if (x >= 0x400 && x <= 0x4ff) return y >= 0x61 && y <= 0x7a && soundsAlike(b, a, english);
  if (y >= 0x400 && y <= 0x4ff) return x >= 0x61 && x <= 0x7a && soundsAlike(a, b, english);
  return false;
}

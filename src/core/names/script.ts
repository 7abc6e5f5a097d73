/**
 * Token normalisation and the script / language guess per token.
 * Pure string work; the guesses are heuristics and say so ('cyrl' / 'latn' when unsure).
 */

export type Script = 'Cyrl' | 'Latn' | 'mixed' | 'other';

export type TokenLanguage =
  | 'be'
  | 'ru'
  | 'uk'
  | 'cyrl'
  | 'be-lacinka'
  | 'be-2007'
  | 'iso9'
  | 'pl'
  | 'de'
  | 'latn'
  | 'other';

export interface ScriptGuess {
  script: Script;
  lang: TokenLanguage;
}

const APOSTROPHES = /[’ʼ`´ʹʺ′‘"″]/g;

/** Latin letters that look like Cyrillic ones, for repairing mixed-script tokens. */
const LATIN_TO_CYR: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  h: 'н',
  t: 'т',
  b: 'в',
};
const CYR_TO_LATIN: Record<string, string> = {
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  н: 'h',
};

function isLatinCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

function countScripts(token: string): { cyr: number; lat: number } {
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (isLatinCode(c)) lat++;
  }
  return { cyr, lat };
}

/**
 * Lower case, NFC, one apostrophe, and look-alike letters of the other script replaced when a
 * token is mostly one script ('Kолесникова' typed with a Latin K).
 */
export function normaliseToken(token: string): string {
  const lower = token.toLowerCase();
  // Letters that are already NFC and no apostrophe-like marks (the usual case): no rewriting.
  const t = isPlain(lower)
    ? lower
    : /^[\x20-\x7f]*$/.test(lower)
      ? lower.replace(/[`"]/g, "'")
      : lower.normalize('NFC').replace(APOSTROPHES, "'");
  const { cyr, lat } = countScripts(t);
  if (cyr === 0 || lat === 0) return t;
  const table = cyr >= lat ? LATIN_TO_CYR : CYR_TO_LATIN;
  return [...t].map((ch) => table[ch] ?? ch).join('');
}

/**
 * True when `text` has only characters that NFC leaves alone and no apostrophe-like marks:
 * ASCII other than ` and ", Latin-1 (but ´) and Latin Extended-A/B letters (below U+02B0,
 * before the modifier letters ʹ ʺ ʼ; no character there changes under NFC), and Cyrillic
 * letters (not the combining marks U+0483-U+0489). Such text needs neither normalisation nor apostrophe mapping.
 */
export function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x60 || c === 0x22) return false;
    } else if (c < 0x2b0) {
      if (c === 0xb4) return false; // ´
    } else if (c < 0x400 || c > 0x4ff || (c >= 0x483 && c <= 0x489)) return false;
  }
  return true;
}

/**
 * Belarusian has no и, щ, ъ; Russian has no і, ў, апостроф; Ukrainian has no ы, э, ё, ў.
 * A token carrying none of the telling letters stays 'cyrl'.
 */
function guessCyrillic(t: string): TokenLanguage {
  const has = (re: RegExp) => re.test(t);
  if (has(/ў/) || (has(/і/) && has(/[ыэё]/))) return 'be';
  if (has(/[ґєї]/) || (has(/і/) && has(/[ищ]/))) return 'uk';
  if (has(/ъ/) || (has(/[ищ]/) && has(/[ыэё]/))) return 'ru';
  if (has(/[ищ]/)) return 'ru';
  return 'cyrl';
}

function guessLatin(t: string): TokenLanguage {
  if (/[âûŝêìï]|[ʹʺ]/.test(t)) return 'iso9';
  if (/ł/.test(t) || (/[ŭ]/.test(t) && /[ćśźń]/.test(t))) return 'be-lacinka';
  if (/[ŭ]/.test(t) || /[čšž]/.test(t)) return 'be-2007';
  if (/[ąęóżź]|sz|cz|rz/.test(t)) return 'pl';
  if (/sch|tsch|ow$|ew$/.test(t)) return 'de';
  return 'latn';
}

/** Which script a token is written in and, where the letters tell, which language/system. */
export function guessScript(token: string): ScriptGuess {
  const t = token.normalize('NFC').toLowerCase();
  const { cyr, lat } = countScripts(t);
  if (cyr > 0 && lat > 0) return { script: 'mixed', lang: cyr >= lat ? guessCyrillic(t) : 'latn' };
  if (cyr > 0) return { script: 'Cyrl', lang: guessCyrillic(t) };
  if (lat > 0) return { script: 'Latn', lang: guessLatin(t) };
  return { script: 'other', lang: 'other' };
}

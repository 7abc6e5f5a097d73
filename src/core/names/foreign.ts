/**
 * Names in scripts other than Latin and Cyrillic, read into Latin letters the fold understands.
 *
 * - Arabic and Persian: the team's tables (`ARABIC` below). Short vowels are not written, so
 *   the letters give a consonant frame with long vowels; Persian letters (پ چ ژ گ ک ی) are read
 *   and the zero-width non-joiner (احمدی‌نژاد) joins the word as the script does.
 * - Greek, Georgian, Armenian, Devanagari, Bengali, Ethiopic, Khmer, Hangul (Revised
 *   Romanisation), kana (Hepburn) and Chinese characters (Pinyin without tones, one reading
 *   per character): the any-ascii library (docs/names.md says why it and not `transliteration`).
 * - Burmese: the team's syllable table (burmese.ts); a name with a syllable it lacks is not read.
 * - Thai: not read. any-ascii reads it letter by letter: leading vowels stay in front, silent
 *   letters are read, and what tells two names apart is dropped (tone marks, a vowel's length,
 *   ใ against ไ), so two different names read alike (สมชาย, สมชัย: smchay). Against a Latin
 *   spelling only, thai.ts compares a consonant key of each word (translit:th, unreadable.ts).
 * - Every script not listed: not read. Such a name matches only its own spelling.
 *
 * Chinese and Korean names are written surname first without a space: the first character
 * (syllable) is read as the surname, the rest as one given name.
 */
import anyAscii from 'any-ascii';
import { arabicWord, uyghurWord } from './arabic-letters.ts';
import { readBurmese } from './burmese.ts';
import { isSpace } from './char-codes.ts';
import type { ForeignScript } from './foreign-scripts.ts';
import { greekLetters } from './greek.ts';
import { hangulName, hanName } from './han-names.ts';
import { HEBREW_RUN, hebrewWord } from './hebrew.ts';

/** The space between a word and الله after it (the ZWNJ of Persian compound names). */
const ALLAH_APART = /(?<=[\u0600-\u06ff])\s+(?=الله(?:\s|$))/gu;
const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]+/gu;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const HANGUL_RUN = /[\uac00-\ud7af]+/gu;
/** Runs of the scripts any-ascii reads; Latin, Cyrillic and the rest are left as they are. */
const OTHER_RUN =
  /[\u1200-\u139f\u2d80-\u2ddf\u1780-\u17ff\u0370-\u03ff\u1f00-\u1fff\u0530-\u058f\u0590-\u05ff\u0900-\u09ff\u10a0-\u10ff\u1c90-\u1cbf\u3040-\u30ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/**
 * `text.replace(OTHER_RUN, anyAscii)` without the regular expression: the runs of OTHER_RUN's
 * characters (all below U+FFFF) read by any-ascii, everything else left as it is.
 */
function otherRuns(text: string): string {
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; ) {
    if (!isOtherRunCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isOtherRunCode(text.charCodeAt(end))) end++;
    out += text.slice(done, i) + anyAscii(text.slice(i, end));
    done = end;
    i = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** OTHER_RUN's character class, by char code. */
function isOtherRunCode(c: number): boolean {
  if (c < 0x370) return false;
  return (
    (c >= 0x1200 && c <= 0x139f) ||
    (c >= 0x2d80 && c <= 0x2ddf) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x0370 && c <= 0x03ff) ||
    (c >= 0x1f00 && c <= 0x1fff) ||
    (c >= 0x0530 && c <= 0x058f) ||
    (c >= 0x0590 && c <= 0x05ff) ||
    (c >= 0x0900 && c <= 0x09ff) ||
    (c >= 0x10a0 && c <= 0x10ff) ||
    (c >= 0x1c90 && c <= 0x1cbf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * Devanagari श and ष are sh in names (शरजील Sharjeel), as Bengali শ and ষ (শহিদুল Shahidul); any-ascii
 * writes s. The Devanagari anusvara is n
 * before most consonants (आनंद Anand) and m before p, ph, b, bh, m; any-ascii writes m.
 */
function devanagari(text: string): string {
  return (
    text
      .replace(/[शषশষ]/gu, 'sh')
      // A nukta marks the Persian and Arabic sounds (ज़ z, फ़ f, क़ q, ख़ kh, ग़ gh: परवेज़ Parvez);
      // any-ascii reads it as an apostrophe after the plain letter.
      // Bengali য with a nukta (য়, the y of পুরকায়স্থ) is y; any-ascii adds an apostrophe.
      .replace(/য\u09bc|\u09df/gu, 'y')
      .replace(/ज\u093c|\u095b/gu, 'z')
      .replace(/फ\u093c|\u095e/gu, 'f')
      .replace(/क\u093c|\u0958/gu, 'q')
      .replace(/ख\u093c|\u0959/gu, 'kh')
      .replace(/ग\u093c|\u095a/gu, 'gh')
      .replace(/\u0902(?=[पफबभम])/gu, 'm')
      .replace(/\u0902/gu, 'n')
  );
}

/**
 * Ethiopic ኘ ኙ ኚ ኛ ኜ ኝ ኞ (ñ) are gn in the press, after the Italian and French spelling
 * (ደሳለኝ Desalegn, ተገኝ Tegegn); any-ascii writes ny (translit:et gn).
 */
function ethiopic(text: string): string {
  return text.replace(/[\u1298-\u129f]/gu, (c) => anyAscii(c).replace(/^ny/, 'gn'));
}

/**
 * The name with its foreign letters in Latin, East Asian names as 'Surname, Given' (a comma
 * fixes the order for the parser). Latin and Cyrillic letters are left to the fold.
 */
export function romaniseName(text: string, scripts: ForeignScript[]): string {
  let out = text;
  if (scripts.includes('ug')) out = out.replace(ARABIC_RUN, (w) => uyghurWord(w));
  if (scripts.includes('ar') || scripts.includes('fa')) {
    const persian = scripts.includes('fa');
    // A compound given name in الله written with a space for the ZWNJ (روح الله for روح‌الله,
    // Ruhollah) is one word, as with the ZWNJ.
    if (out.includes('الله')) out = out.replace(ALLAH_APART, '\u200c');
    const several = /\s/u.test(out.trim());
    out = out.replace(ARABIC_RUN, (w, at: number) =>
      arabicWord(w, persian, several && out.slice(0, at).trim() === ''),
    );
  }
  // Vowel points and cantillation marks are not letters of the name.
  if (scripts.includes('he'))
    out = out.replace(/[\u0591-\u05c7]/gu, '').replace(HEBREW_RUN, (w) => hebrewWord(w));
  // A single run without spaces is a whole name in surname-first order (asked for Chinese
  // and Korean only).
  const single = (scripts.includes('zh') || scripts.includes('ko')) && !/\s/u.test(text.trim());
  if (scripts.includes('zt'))
    out = out
      .replace(/[\u00b7\u2027\u30fb]/gu, ' ')
      .replace(HAN_RUN, (r) => ` ${anyAscii(r).toLowerCase()} `);
  // Japanese has one r for r and l; a foreign name's l is written with it (ナワリヌイ Navalny).
  if (scripts.includes('jt'))
    out = out
      .replace(/[\u00b7\u2027\u30fb]/gu, ' ')
      .replace(OTHER_RUN, (r) => ` ${anyAscii(r).toLowerCase().replace(/r/g, 'l')} `);
  if (scripts.includes('zh'))
    out = single ? out.replace(HAN_RUN, hanName) : out.replace(HAN_RUN, (r) => anyAscii(r));
  if (scripts.includes('ko'))
    out = single
      ? out.replace(HANGUL_RUN, hangulName)
      : out.replace(HANGUL_RUN, (r) => anyAscii(r));
  // A Greek word does not end in φ; a name that does is a Slavic -ov, -ev (Νεμτσόφ = Nemtsov).
  if (scripts.includes('el')) out = greekLetters(out);
  // Armenian ու is u and ռ r in names (Ruben, Harutyunyan); any-ascii writes ow and rr.
  if (scripts.includes('hy')) out = armenianLetters(out);
  if (scripts.includes('hi') || scripts.includes('bn')) out = devanagari(out);
  if (scripts.includes('et')) out = ethiopic(out);
  if (scripts.includes('my')) out = readBurmese(out);
  out = otherRuns(out);
  // Greek χ is kh in names (Χατζής = Khatzis); any-ascii writes ch, which English reads as ч.
  if (scripts.includes('el') && out.includes('h'))
    out = out.replace(/ch/g, 'kh').replace(/Ch/g, 'Kh');
  return singleSpaced(out) ? out : out.replace(/\s+/g, ' ').trim();
}

/** Armenian ու as u, Ու as U, ռ and Ռ as ր; each replacement only where its letters occur. */
function armenianLetters(text: string): string {
  let out = text;
  if (out.includes('ու')) out = out.replace(/ու/g, 'u');
  if (out.includes('Ու')) out = out.replace(/Ու/g, 'U');
  if (out.includes('ռ') || out.includes('Ռ')) out = out.replace(/[Ռռ]/g, 'ր');
  return out;
}

/**
 * Whether `text.replace(/\s+/g, ' ').trim()` is `text` itself: white space only as single
 * plain spaces between other characters (most names), so no regular expression is run.
 */
export function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 0x20) return false;
    } else if (isSpace(c)) return false;
  }
  return true;
}

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
 *   ใ against ไ), so two different names read alike (สมชาย, สมชัย: smchay).
 * - Every script not listed: not read. Such a name matches only its own spelling.
 *
 * Chinese and Korean names are written surname first without a space: the first character
 * (syllable) is read as the surname, the rest as one given name.
 */
import anyAscii from 'any-ascii';
import { burmeseReadable, readBurmese } from './burmese.ts';
import { greekLetters } from './greek.ts';

export type ForeignScript =
  | 'ar'
  | 'fa'
  | 'he'
  | 'el'
  | 'ka'
  | 'hy'
  | 'hi'
  | 'bn'
  | 'et'
  | 'km'
  | 'my'
  | 'ko'
  | 'ja'
  | 'zh'
  | 'zt'
  | 'jt'
  | 'ug'
  | 'unread';

/** The script of one character outside Latin and Cyrillic, or null for those two and non-letters. */
export function scriptOfChar(c: number): ForeignScript | null {
  if (c < 0x370) return null;
  if (c < 0x400) return 'el';
  if (c < 0x530) return null; // Cyrillic
  if (c < 0x590) return 'hy';
  if (c < 0x600) return 'he';
  if (c < 0x700 || (c >= 0x750 && c < 0x780)) return isPersianLetter(c) ? 'fa' : 'ar';
  if (c >= 0x900 && c < 0x980) return 'hi';
  if (c >= 0x980 && c < 0xa00) return 'bn';
  if (c >= 0xe00 && c < 0xe80) return 'unread'; // Thai (see above)
  if ((c >= 0x1200 && c < 0x13a0) || (c >= 0x2d80 && c < 0x2de0)) return 'et';
  if (c >= 0x1780 && c < 0x1800) return 'km';
  if (c >= 0x1000 && c < 0x10a0) return 'my';
  if ((c >= 0x10a0 && c < 0x1100) || (c >= 0x1c90 && c < 0x1cc0)) return 'ka';
  if ((c >= 0x1100 && c < 0x1200) || (c >= 0x3130 && c < 0x3190) || (c >= 0xac00 && c < 0xd7b0))
    return 'ko';
  if (c >= 0x1e00 && c < 0x1f00) return null; // Latin Extended Additional
  if (c >= 0x1f00 && c < 0x2000) return 'el';
  if (c >= 0x2000 && c < 0x3000) return null; // punctuation, marks, joiners
  if (c >= 0x3040 && c < 0x3100) return 'ja';
  if ((c >= 0x3400 && c < 0x4dc0) || (c >= 0x4e00 && c < 0xa000) || (c >= 0xf900 && c < 0xfb00))
    return 'zh';
  if (c >= 0xfb50 && c < 0xff00) return 'ar'; // Arabic presentation forms
  if (c >= 0xff00) return null;
  return /\p{L}/u.test(String.fromCharCode(c)) ? 'unread' : null;
}

/** Letters only Uyghur uses among Arabic-script languages, or ئى opening a word. */
const UYGHUR = /[\u06d0\u06c6\u06c8\u06c7\u06cb\u06ad\u06d5]|(?:^|\s)\u0626\u0649/u;

/** Uyghur letters as the press writes them (ئ carries a vowel and is not read). */
const UYGHUR_LETTERS: Record<string, string> = {
  ئ: '',
  ا: 'a',
  ە: 'e',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ج: 'j',
  چ: 'ch',
  خ: 'kh',
  د: 'd',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  گ: 'g',
  ڭ: 'ng',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ھ: 'h',
  و: 'o',
  ۇ: 'u',
  ۆ: 'o',
  ۈ: 'u',
  ۋ: 'w',
  ې: 'e',
  ى: 'i',
  ي: 'y',
};

function uyghurWord(word: string): string {
  let out = '';
  for (const ch of word) out += UYGHUR_LETTERS[ch] ?? '';
  return out;
}

const FOREIGN_DOT = /[\u00b7\u2027\u30fb]/u;

/** پ چ ژ گ ک ی and Persian digits mark a name as Persian. */
function isPersianLetter(c: number): boolean {
  return c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6a9 || c === 0x6cc;
}

/** The foreign scripts a text uses; empty for Latin and Cyrillic only. Persian wins over Arabic. */
export function foreignScripts(text: string): ForeignScript[] {
  const out = new Set<ForeignScript>();
  // A name's letters come in runs of one script: the set is asked only when the script changes.
  let last: ForeignScript | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    const s = scriptOfChar(c);
    if (s && s !== last) {
      out.add(s);
      last = s;
    }
  }
  if (out.has('fa')) out.delete('ar');
  // Chinese characters with a middle dot between the parts transcribe a foreign name syllable
  // by syllable (伊力哈木·土赫提 Ilham Tohti): read as sounds, not as a Chinese name.
  if (out.has('zh') && FOREIGN_DOT.test(text)) {
    out.delete('zh');
    out.add('zt');
  }
  // Katakana with a middle dot likewise (アレクセイ・ナワリヌイ Alexei Navalny).
  if (out.has('ja') && !out.has('zh') && FOREIGN_DOT.test(text)) {
    out.delete('ja');
    out.add('jt');
  }
  // Uyghur is written in Arabic letters with every vowel: read letter by letter, not as an abjad.
  if ((out.has('ar') || out.has('fa')) && UYGHUR.test(text)) {
    out.delete('ar');
    out.delete('fa');
    out.add('ug');
  }
  // Burmese is read only when the table knows every syllable (burmese.ts).
  if (out.has('my') && !burmeseReadable(text)) {
    out.delete('my');
    out.add('unread');
  }
  // Chinese characters with kana are Japanese: the characters' Chinese reading would be wrong.
  if (out.has('ja') && out.has('zh')) {
    out.delete('zh');
    out.add('unread');
  }
  return [...out];
}

export function hasForeignLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && scriptOfChar(c) !== null) return true;
  }
  return false;
}

/** Arabic and Persian letters as Latin the fold reads (h, kh, sh, th, dh, gh as written in names). */
const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  // ذ is dh in transcription, th in most press spellings (al-Hathloul).
  ذ: 'th',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'u',
  ي: 'i',
  ى: 'a',
  ء: '',
  ؤ: '',
  ئ: '',
  پ: 'p',
  چ: 'ch',
  // ژ is zh in transcription and j in most press spellings (Ahmadinejad); j keeps the frame.
  ژ: 'j',
  گ: 'g',
  ک: 'k',
  ی: 'i',
  ۀ: 'e',
};

/**
 * Persian reads ض ظ ذ as z, ث ص as s and ق as gh (Reza, Sadeghi, Mosaddegh); Arabic reads them
 * d, z, th, th, s and q.
 */
const PERSIAN: Record<string, string> = { ض: 'z', ظ: 'z', ذ: 'z', ث: 's', ص: 's', ق: 'gh' };

/**
 * و and ي / ی are consonants (w, y) at the start of a word and after a long a; Persian ه
 * closing a syllable (before the zero-width non-joiner or at the end) is the vowel e.
 */
/** ARABIC and PERSIAN by char code (every key is one character below U+0700). */
const ARABIC_BY_CODE = byCode(ARABIC);
const PERSIAN_BY_CODE = byCode(PERSIAN);

function byCode(table: Record<string, string>): Array<string | undefined> {
  const out = new Array<string | undefined>(0x700).fill(undefined);
  for (const [ch, m] of Object.entries(table)) out[ch.charCodeAt(0)] = m;
  return out;
}

const ALEF = 0x627;
const LAM = 0x644;
const AIN = 0x639;
const WAW = 0x648;
const YEH = 0x64a;
const FARSI_YEH = 0x6cc;
const HEH = 0x647;
const ZWNJ = 0x200c;

/** A letter of an Arabic-script word as Latin (the tables, else any-ascii). */
function arabicLetter(word: string, i: number, c: number, persian: boolean): string {
  const m =
    c < 0x700 ? ((persian ? PERSIAN_BY_CODE[c] : undefined) ?? ARABIC_BY_CODE[c]) : undefined;
  return m ?? anyAscii(word[i]!).toLowerCase();
}

/**
 * Read by char code: a word of ARABIC_RUN holds only characters below U+FFFF, one code unit
 * each, so its code units are its letters.
 */
function arabicWord(word: string, persian: boolean, first: boolean): string {
  let out = '';
  let prev = -1;
  // The article al- is written joined to the word (الهذلول): read it as a separate particle.
  // Not in the first word of a name: given names begin with ال (الهه Elaheh, الهام Elham).
  const start =
    !first && word.length > 3 && word.charCodeAt(0) === ALEF && word.charCodeAt(1) === LAM ? 2 : 0;
  for (let i = start; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Short-vowel marks, shadda, sukun, tatweel, zero-width joiners: not letters of the name.
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || c === ZWNJ || c === 0x200d)
      continue;
    let m = arabicLetter(word, i, c, persian);
    // A word-initial ع carries the first vowel (عمر Umar, علي Ali, عهد Ahed).
    if (c === AIN && out === '') m = 'a';
    if ((c === WAW || c === YEH || c === FARSI_YEH) && (out === '' || prev === ALEF)) {
      m = c === WAW ? 'w' : 'y';
    }
    const last = i + 1 >= word.length || word.charCodeAt(i + 1) === ZWNJ;
    if (c === HEH && persian && out !== '' && last) m = 'e';
    out += m;
    prev = c;
  }
  return out;
}

/**
 * Hebrew letters as Latin, read the way names of other languages are written in Hebrew: ו and
 * י are vowels inside a word and v, y at its start; ב is b at the start of a word and v after
 * it (נבלני Navalny), פ p and f likewise; א and ע carry a vowel at the start and are silent
 * inside; ג׳ ז׳ צ׳ (with a geresh) are j, zh, ch.
 */
const HEBREW: Record<string, string> = {
  א: '',
  ב: 'v',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ו: 'u',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  י: 'i',
  כ: 'k',
  ך: 'kh',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: '',
  פ: 'f',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};
const HEBREW_START: Record<string, string> = { א: 'a', ע: 'a', ב: 'b', פ: 'p', ו: 'v', י: 'y' };
const GERESH: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch', ץ: 'ch' };
const HEBREW_RUN = /[\u05d0-\u05ea\u05f3'’]+/gu;

function hebrewWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    if (next === '\u05f3' || next === "'" || next === '’') {
      if (GERESH[ch]) {
        out += GERESH[ch];
        i++;
        continue;
      }
    }
    // An opening א carries the vowel after it: אי i, או o (איליה Ilya, אורי Uri).
    if (out === '' && ch === 'א' && (next === 'י' || next === 'ו')) {
      out = next === 'י' ? 'i' : 'o';
      i++;
      continue;
    }
    // A final ה after a letter is a vowel, mostly a (יהודה Yehuda, קרה-מורזה Kara-Murza).
    if (ch === 'ה' && out !== '' && i === word.length - 1) {
      out += 'a';
      continue;
    }
    const m = (out === '' ? HEBREW_START[ch] : undefined) ?? HEBREW[ch];
    out += m ?? '';
  }
  return out;
}

/** Which rule read a script, for evidence: the team's table or the library. */
export function readerOf(s: ForeignScript): string {
  if (s === 'zt') return 'translit:zh (any-ascii, a foreign name in Chinese characters)';
  if (s === 'jt') return 'translit:ja (any-ascii, a foreign name in katakana)';
  return s === 'ar' || s === 'fa' || s === 'he' || s === 'my' || s === 'ug'
    ? `translit:${s} (team table)`
    : `translit:${s} (any-ascii)`;
}

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
      .replace(/ज\u093c|\u095b/gu, 'z')
      .replace(/फ\u093c|\u095e/gu, 'f')
      .replace(/क\u093c|\u0958/gu, 'q')
      .replace(/ख\u093c|\u0959/gu, 'kh')
      .replace(/ग\u093c|\u095a/gu, 'gh')
      .replace(/\u0902(?=[पफबभम])/gu, 'm')
      .replace(/\u0902/gu, 'n')
  );
}

/** Chinese double surnames: the first two characters are the surname. */
export const HAN_DOUBLE_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '令狐',
  '司徒',
]);

/** Whether two Han characters are a double surname (歐陽, 司徒). */
export function isHanDoubleSurname(two: string): boolean {
  return HAN_DOUBLE_SURNAMES.has(two);
}

function syllables(latin: string): string[] {
  return latin.match(/[A-Z][a-z]*/g) ?? [latin];
}

/** A run of Chinese characters as 'Surname, Given' in Pinyin (no tones). */
function hanName(run: string): string {
  const chars = [...run];
  const n = chars.length >= 3 && HAN_DOUBLE_SURNAMES.has(chars.slice(0, 2).join('')) ? 2 : 1;
  const surname = chars
    .slice(0, n)
    .map((c) => anyAscii(c))
    .join('');
  const given = chars
    .slice(n)
    .map((c) => anyAscii(c))
    .join('');
  if (chars.length < 2 || chars.length > 4) return ` ${chars.map((c) => anyAscii(c)).join('')} `;
  return ` ${surname}, ${given} `;
}

/** A run of Hangul syllables (a name written without a space) as 'Surname, Given'. */
function hangulName(run: string): string {
  const parts = syllables(anyAscii(run));
  if (parts.length < 2 || parts.length > 4) return ` ${parts.join('')} `;
  return ` ${parts[0]}, ${parts.slice(1).join('')} `;
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
    const several = /\s/u.test(text.trim());
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
  if (scripts.includes('hy'))
    out = out.replace(/ու/g, 'u').replace(/Ու/g, 'U').replace(/[Ռռ]/g, 'ր');
  if (scripts.includes('hi') || scripts.includes('bn')) out = devanagari(out);
  if (scripts.includes('my')) out = readBurmese(out);
  out = otherRuns(out);
  // Greek χ is kh in names (Χατζής = Khatzis); any-ascii writes ch, which English reads as ч.
  if (scripts.includes('el') && out.includes('h'))
    out = out.replace(/ch/g, 'kh').replace(/Ch/g, 'Kh');
  return out.replace(/\s+/g, ' ').trim();
}

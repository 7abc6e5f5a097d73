// Arabic-script names as Latin letters: Arabic and Persian read as an abjad by the team's tables,
// Uyghur letter by letter (it writes every vowel). Used by foreign.ts.
import anyAscii from 'any-ascii';

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

export function uyghurWord(word: string): string {
  let out = '';
  for (const ch of word) out += UYGHUR_LETTERS[ch] ?? '';
  return out;
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
  // ئ inside a word carries the vowel i of its hamza (رائد Raed, قائد Qaed, فائزة Faeza):
  // translit:ar hamza.
  ئ: 'i',
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

const HAMZA_YEH = 0x626;
const isYeh = (c: number) => c === 0x64a || c === 0x6cc;
const ALEF = 0x627;
const LAM = 0x644;
const AIN = 0x639;
const WAW = 0x648;
const YEH = 0x64a;
const FARSI_YEH = 0x6cc;
const HEH = 0x647;
const ZWNJ = 0x200c;
/**
 * Letters read s, k, t, d, z, c before which an h would be read as one digraph (sh, kh, th, dh,
 * zh, ch) and so as another letter: ش خ ث ذ ژ. A ه after them is read with a vowel before it
 * (سهير Suhair, not Shir; سهام Siham; تهاني Tahani), as the names are said.
 */
const JOINS_H = new Set([
  0x62d, 0x67e, 0x6af, 0x633, 0x643, 0x6a9, 0x62a, 0x62f, 0x632, 0x635, 0x637, 0x636, 0x638,
]);

/** A letter of an Arabic-script word as Latin (the tables, else any-ascii). */
function arabicLetter(word: string, i: number, c: number, persian: boolean): string {
  // Before a yeh, ئ only marks the yeh's vowel (گلالئی Gulalai): nothing of its own.
  if (c === HAMZA_YEH && isYeh(word.charCodeAt(i + 1))) return '';
  const m =
    c < 0x700 ? ((persian ? PERSIAN_BY_CODE[c] : undefined) ?? ARABIC_BY_CODE[c]) : undefined;
  return m ?? anyAscii(word[i]!).toLowerCase();
}

/**
 * Read by char code: a word of ARABIC_RUN holds only characters below U+FFFF, one code unit
 * each, so its code units are its letters.
 */
export function arabicWord(word: string, persian: boolean, first: boolean): string {
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
    else if (c === HEH && out !== '' && JOINS_H.has(prev)) m = `a${m}`;
    out += m;
    prev = c;
  }
  return out;
}

// Hebrew names as Latin letters (the team's table). Used by foreign.ts.

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
export const HEBREW_RUN = /[\u05d0-\u05ea\u05f3'’]+/gu;

export function hebrewWord(word: string): string {
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
    // An opening א carries the vowel after it: אי i, או o (איליה Ilya, אורי Uri); so does an
    // opening ע in Arabic names (עיסא Issa, עומר Omar).
    if (out === '' && (ch === 'א' || ch === 'ע') && (next === 'י' || next === 'ו')) {
      out = next === 'י' ? 'i' : 'o';
      i++;
      continue;
    }
    // A final ה after a letter is a vowel, mostly a (יהודה Yehuda, קרה-מורזה Kara-Murza), and
    // so is a final א, the alif of an Arabic name (עיסא Issa, מוסא Musa).
    if ((ch === 'ה' || ch === 'א') && out !== '' && i === word.length - 1) {
      out += 'a';
      continue;
    }
    // A double yod inside a word is the diphthong ei, ai (אדלשטיין Edelstein, חיים Haim).
    if (ch === 'י' && next === 'י' && out !== '') {
      out += 'ei';
      i++;
      continue;
    }
    const m = (out === '' ? HEBREW_START[ch] : undefined) ?? HEBREW[ch];
    out += m ?? '';
  }
  return out;
}
